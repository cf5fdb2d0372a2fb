// npm run seed:demo
// Loads the demo data (the article's records and the generated placeholders completing its
// totals) into the databases the environment names: <SUBGRAPH>_DATABASE_URL, else the PGlite
// folder <SUBGRAPH>_DATA_DIR or .data/<subgraph> (stop `npm start` first: PGlite has one owner).
// Migrations and catalogues first, as a subgraph does at start. Refuses, loading nothing
// anywhere, when any of the databases holds records that are not the demo's.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DemoRefused, registryEnv, seedDemo, type Database, type DatabaseOptions, type SubgraphSeeds } from '@partnership/kit';
import { open as openEnterpriseClassesDb } from '../../subgraphs/enterprise-classes/src/registry.ts';
import { open as openMasterStudiosDb } from '../../subgraphs/master-studios/src/registry.ts';
import { open as openPayPoliciesDb } from '../../subgraphs/pay-policies/src/registry.ts';
import { enterpriseClassesSeeds } from '../enterprise-classes/seed.ts';
import { masterStudiosSeeds } from '../master-studios/seed.ts';
import { payPoliciesSeeds } from '../pay-policies/seed.ts';

type Where = Omit<DatabaseOptions, 'migrationsDir'>;

/** One registry's database, opened and migrated, with its catalogues in. */
const registry = <Client>(name: string, open: (where: Where) => Promise<Database<Client>>, seeds: SubgraphSeeds<Client>) => ({
  name,
  async open(where: Where) {
    const database = await open(where);
    await seeds.catalogues(database.client);
    return {
      state: () => seeds.demoState(database.client),
      load: () => seedDemo(seeds, database.client),
      close: () => database.close(),
    };
  },
});

const REGISTRIES = [
  registry('enterprise-classes', openEnterpriseClassesDb, enterpriseClassesSeeds),
  registry('master-studios', openMasterStudiosDb, masterStudiosSeeds),
  registry('pay-policies', openPayPoliciesDb, payPoliciesSeeds),
];

/** Where a registry's database is, from the environment as its subgraph reads it; passwords left out. */
function locate(name: string, env: NodeJS.ProcessEnv) {
  const names = registryEnv(name);
  const url = env[names.databaseUrl];
  if (url) {
    const shown = new URL(url);
    shown.password = '';
    return { where: { url }, label: shown.toString() };
  }
  const dataDir = env[names.dataDir] ?? path.resolve(import.meta.dirname, '../../.data', name);
  return { where: { dataDir }, label: `PGlite ${dataDir}` };
}

/** Loads the demo into every registry, or into none when one holds other records. Returns a line per registry. */
export async function seedDemoData(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const opened = [];
  try {
    for (const r of REGISTRIES) {
      const { where, label } = locate(r.name, env);
      opened.push({ name: r.name, label, database: await r.open(where) });
    }
    const refusals = [];
    for (const { name, label, database } of opened) {
      const { demo, records } = await database.state();
      const held = Object.fromEntries(Object.entries(records).filter(([, count]) => count > 0));
      if (!demo && Object.keys(held).length) refusals.push(`${name} (${label}): ${new DemoRefused(held).message}`);
    }
    if (refusals.length) throw new Error(`refused, nothing was loaded:\n  ${refusals.join('\n  ')}`);
    const lines = [];
    for (const { name, label, database } of opened) {
      const outcome = await database.load();
      lines.push(`${name} (${label}): ${outcome === 'loaded' ? 'demo data loaded' : 'already holds the demo data, nothing to do'}`);
    }
    return lines;
  } finally {
    for (const { database } of opened) await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    for (const line of await seedDemoData()) console.log(line);
  } catch (error) {
    console.error(`seed:demo: ${(error as Error).message}`);
    process.exit(1);
  }
}
