import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Where test databases live. Unset: each subgraph gets an in-memory PGlite. Set
 * TEST_DATABASE_URL to a PostgreSQL server (CI does) and each graph gets fresh databases there.
 */
export const testPostgresUrl = process.env.TEST_DATABASE_URL;

/** Creates an empty PostgreSQL database for one subgraph of one test graph; drop() removes it. */
export async function createPostgresDatabase(adminUrl: string, label: string) {
  const name = `test_${label.replaceAll('-', '_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
