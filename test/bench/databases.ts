// The benchmark's databases on one PostgreSQL server: bench_<size>_<subgraph>. Small ones are
// made afresh each run (seconds); large ones are kept, since seeding them takes a while.
import { SCALE_SEEDERS, seedScale } from '../../prisma/seed/scale-seed.ts';
import { databaseUrl, withClient } from '../support/databases.ts';

export const SUBGRAPH_NAMES = SCALE_SEEDERS.map((s) => s.name);

/** The PostgreSQL server the bench's databases live on. */
export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:55432/postgres';

export const databaseName = (size: string, subgraph: string) => `bench_${size}_${subgraph.replaceAll('-', '_')}`;

export interface BenchDatabases {
  urls: Record<string, string>;
  /** What seeding did, for the log. */
  note: string;
}

/** Fresh databases with the article's records only. */
export async function smallDatabases(adminUrl: string): Promise<BenchDatabases> {
  const names = SUBGRAPH_NAMES.map((s) => databaseName('small', s));
  await withClient(adminUrl, async (admin) => {
    for (const name of names) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
    }
  });
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((s, i) => [s, databaseUrl(adminUrl, names[i])]));
  const started = performance.now();
  await Promise.all(SCALE_SEEDERS.map((seeder) => seeder.seedArticle(urls[seeder.name])));
  return { urls, note: `article seed in ${((performance.now() - started) / 1000).toFixed(1)} s` };
}

/** The article's records plus `scale`, reused when an earlier run left them (unless `fresh`). */
export async function largeDatabases(adminUrl: string, scale: number, fresh: boolean): Promise<BenchDatabases> {
  const names = SUBGRAPH_NAMES.map((s) => databaseName('large', s));
  await withClient(adminUrl, async (admin) => {
    for (const name of names) {
      if (fresh) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
    }
  });
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((s, i) => [s, databaseUrl(adminUrl, names[i])]));
  const started = performance.now();
  const results = await seedScale(urls, scale);
  const rows = results.reduce((sum, r) => sum + Object.values(r.rows ?? {}).reduce((a, b) => a + b, 0), 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const note = results.every((r) => r.rows === null)
    ? `scale ${scale} reused from an earlier run (--fresh reseeds)`
    : `scale ${scale}: ${rows.toLocaleString('en')} rows seeded in ${seconds} s`;
  return { urls, note };
}

export async function postgresVersion(adminUrl: string): Promise<string> {
  return withClient(adminUrl, async (admin) => (await admin.query('SHOW server_version')).rows[0].server_version);
}

/** Rows in every table of the databases, counted exactly (excluding Prisma's bookkeeping). */
export async function totalRows(urls: Record<string, string>): Promise<number> {
  let total = 0;
  for (const url of Object.values(urls)) {
    await withClient(url, async (client) => {
      const { rows: tables } = await client.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
      );
      for (const { name } of tables) total += Number((await client.query(`SELECT COUNT(*) FROM "${name}"`)).rows[0].count);
    });
  }
  return total;
}
