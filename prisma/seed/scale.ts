// npm run seed:scale -- --scale N
// Adds a deterministic province-sized dataset (N = 1: about 1,000,000 rows) on top of the
// article's records, in the PostgreSQL databases named by ENTERPRISE_CLASSES_DATABASE_URL,
// MASTER_STUDIOS_DATABASE_URL and PAY_POLICIES_DATABASE_URL. Running it again is a no-op.
import { parseArgs } from 'node:util';
import { registryEnv } from '@partnership/kit/config';
import { SCALE_SEEDERS, seedScale } from './scale-seed.ts';

function fail(message: string): never {
  console.error(`seed:scale: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);
const names = SCALE_SEEDERS.map((s) => s.name);
const urls = Object.fromEntries(names.map((name) => [name, process.env[registryEnv(name).databaseUrl]]));
const missing = names.filter((name) => !urls[name]).map((name) => registryEnv(name).databaseUrl);
if (missing.length) fail(`set ${missing.join(', ')} to PostgreSQL connection strings (the embedded PGlite is not for this).`);

const started = performance.now();
try {
  const results = await seedScale(urls as Record<string, string>, scale);
  let total = 0;
  for (const { subgraph, rows, seconds } of results) {
    if (!rows) {
      console.log(`${subgraph}: already holds scale ${scale}, nothing to do`);
      continue;
    }
    console.log(`${subgraph} (${seconds.toFixed(1)} s)`);
    for (const [table, count] of Object.entries(rows)) console.log(`  ${table.padEnd(28)}${count.toLocaleString('en').padStart(10)}`);
    total += Object.values(rows).reduce((a, b) => a + b, 0);
  }
  console.log(`${total.toLocaleString('en')} rows at scale ${scale} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  fail((error as Error).message);
}
