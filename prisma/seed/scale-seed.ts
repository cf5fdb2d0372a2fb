// Seeds the three registries' PostgreSQL databases at a scale: migrations and the demo data
// first (as a development subgraph loads them at start), then the scale rows in one transaction
// per database, then VACUUM ANALYZE so the planner and index-only counts see the new rows.
import { seedDemo, type Database, type SubgraphSeeds } from '@partnership/kit';
import pg from 'pg';
import { open as openEnterpriseClassesDb } from '../../subgraphs/enterprise-classes/src/registry.ts';
import { open as openMasterStudiosDb } from '../../subgraphs/master-studios/src/registry.ts';
import { open as openPayPoliciesDb } from '../../subgraphs/pay-policies/src/registry.ts';
import { enterpriseClassesSeeds } from '../enterprise-classes/seed.ts';
import { masterStudiosSeeds } from '../master-studios/seed.ts';
import { payPoliciesSeeds } from '../pay-policies/seed.ts';
import { seedEnterpriseClassesScale } from './scale-enterprise-classes.ts';
import { seedMasterStudiosScale } from './scale-master-studios.ts';
import { seedPayPoliciesScale } from './scale-pay-policies.ts';
import { scalePlan, type ScalePlan } from './scale-plan.ts';

interface ScaleSeeder {
  name: string;
  /** Migrates the database and loads the article's records, as a development subgraph does at start. */
  seedArticle(url: string): Promise<void>;
  seedScale(client: pg.ClientBase, plan: ScalePlan): Promise<Record<string, number> | null>;
}

/** Opens with the subgraph's own migrations, seeds, closes. */
const articleSeeder = <Client>(open: (o: { url: string }) => Promise<Database<Client>>, seeds: SubgraphSeeds<Client>) =>
  async (url: string) => {
    const database = await open({ url });
    try {
      await seedDemo(seeds, database.client);
    } finally {
      await database.close();
    }
  };

// The subgraphs' database openers, not their programs: seeding needs no GraphQL schema.
export const SCALE_SEEDERS: ScaleSeeder[] = [
  { name: 'enterprise-classes', seedArticle: articleSeeder(openEnterpriseClassesDb, enterpriseClassesSeeds), seedScale: seedEnterpriseClassesScale },
  { name: 'master-studios', seedArticle: articleSeeder(openMasterStudiosDb, masterStudiosSeeds), seedScale: seedMasterStudiosScale },
  { name: 'pay-policies', seedArticle: articleSeeder(openPayPoliciesDb, payPoliciesSeeds), seedScale: seedPayPoliciesScale },
];

export interface ScaleResult {
  subgraph: string;
  /** Rows written per table; null when the database already held this scale. */
  rows: Record<string, number> | null;
  seconds: number;
}

async function seedOne(seeder: ScaleSeeder, url: string, plan: ScalePlan): Promise<ScaleResult> {
  const started = performance.now();
  await seeder.seedArticle(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const rows = await seeder.seedScale(client, plan);
    await client.query('COMMIT');
    // Sets the visibility map (index-only counts) and the statistics the planner needs.
    if (rows) await client.query('VACUUM (ANALYZE)');
    return { subgraph: seeder.name, rows, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Seeds every registry at `scale` (1 is about 1,000,000 rows), the databases side by side. */
export function seedScale(urls: Record<string, string>, scale: number): Promise<ScaleResult[]> {
  const plan = scalePlan(scale);
  return Promise.all(SCALE_SEEDERS.map((seeder) => seedOne(seeder, urls[seeder.name], plan)));
}
