import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { ProvidedContext } from 'vitest';

/**
 * Where test databases live. Unset: each subgraph gets an in-memory PGlite. Set
 * TEST_DATABASE_URL to a PostgreSQL server (CI does) and each graph gets fresh databases there.
 */
export const testPostgresUrl = process.env.TEST_DATABASE_URL;

/** Runs `fn` with one connection to `url`, closed afterwards. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the server `serverUrl` points at. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * What the run's globalSetup provided (support/global-setup.ts), when under vitest; undefined
 * for the bench and scripts, which import these helpers outside a run.
 */
export async function provided<Key extends keyof ProvidedContext>(key: Key): Promise<ProvidedContext[Key] | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  return inject(key);
}

/**
 * The run's migrated and seeded template database of each registry on the server `serverUrl`
 * points at (TEST_DATABASE_URL's or the throwaway one), if the run made them there.
 */
export async function seededTemplates(serverUrl: string): Promise<Record<string, string> | undefined> {
  for (const seeded of [await provided('seededDatabases'), await provided('throwawayPostgres')]) {
    if (seeded?.engine === 'postgresql' && seeded.serverUrl === serverUrl) return seeded.templates;
  }
  return undefined;
}

/** The test run's mark, set by its globalSetup for the workers it starts (empty outside vitest). */
export const TEST_RUN_VARIABLE = 'PARTNERSHIP_TEST_RUN';

/**
 * Creates a PostgreSQL database for one subgraph of one test graph: empty, or a copy of
 * `template` (a migrated and seeded one, see seeded-databases.ts); drop() removes it. Its name
 * carries the run's mark, so that the run's end drops what no afterAll did (dropRunDatabases).
 */
export async function createPostgresDatabase(adminUrl: string, label: string, template?: string) {
  const run = process.env[TEST_RUN_VARIABLE] ?? '';
  const name = `test_${run}${label.replaceAll('-', '_')}_${randomBytes(4).toString('hex')}`;
  // pg_trgm takes trigrams only from characters LC_CTYPE calls alphanumeric: under 'C' none of
  // Chinese, so nameContains could not use its index. Explicit whatever the server's default;
  // a copy keeps its template's.
  const source = template ? `"${template}"` : `template0 ENCODING 'UTF8' LC_CTYPE 'C.UTF-8'`;
  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE ${source}`));
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () => withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/** Drops every database a run created on the server that is still there (connections closed by force). */
export async function dropRunDatabases(adminUrl: string, run: string): Promise<void> {
  await withClient(adminUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [`test_${run}`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
