// The PostgreSQL path a deployment takes: `npm run db:migrate` as the release step, and the
// pool settings every subgraph process reads from its environment.
import { readdirSync } from 'node:fs';
import { poolConfig } from '@partnership/kit';
import { masterStudios } from '@partnership/master-studios';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRY_NAMES } from '@partnership/kit/config';
import { migrateAll, migrationsDir } from '../prisma/migrate.ts';
import { createPostgresDatabase, testPostgresUrl } from './support/databases.ts';

describe('pool settings', () => {
  it('default to 10 connections, 5 s to connect and 10 s per statement', () => {
    expect(poolConfig('postgres://x', undefined, {})).toMatchObject({
      max: 10, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 5_000, statement_timeout: 10_000,
    });
  });

  it('come from the environment, and a bad value names its variable', () => {
    const env = { DATABASE_POOL_MAX: '25', DATABASE_STATEMENT_TIMEOUT_MS: '0' };
    expect(poolConfig('postgres://x', undefined, env)).toMatchObject({ max: 25, statement_timeout: 0 });
    expect(() => poolConfig('postgres://x', undefined, { DATABASE_POOL_MAX: '0' })).toThrow(/DATABASE_POOL_MAX must be a whole number of at least 1/);
    expect(() => poolConfig('postgres://x', undefined, { DATABASE_CONNECT_TIMEOUT_MS: '5s' })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS/);
  });
});

describe.skipIf(!testPostgresUrl)('on PostgreSQL', () => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });
  const freshDatabase = async (label: string) => {
    const database = await createPostgresDatabase(testPostgresUrl!, label);
    drops.push(database.drop);
    return database.url;
  };

  it('db:migrate applies every registry\'s migrations once, as Prisma records them', async () => {
    const urls = Object.fromEntries(await Promise.all(REGISTRY_NAMES.map(async (r) => [r, await freshDatabase(r)])));
    const first = await migrateAll(urls);
    for (const { registry, applied } of first) {
      const folders = readdirSync(migrationsDir(registry), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
      expect(applied).toEqual(folders);
      const client = new pg.Client({ connectionString: urls[registry] });
      await client.connect();
      const { rows } = await client.query('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1');
      await client.end();
      expect(rows.map((r) => r.migration_name)).toEqual(folders);
    }
    expect((await migrateAll(urls)).map((r) => r.applied)).toEqual(REGISTRY_NAMES.map(() => []));
  });

  it('a subgraph\'s connections carry DATABASE_STATEMENT_TIMEOUT_MS', async () => {
    const url = await freshDatabase('pool');
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = '300';
    const database = await masterStudios.open({ url }).finally(() => delete process.env.DATABASE_STATEMENT_TIMEOUT_MS);
    try {
      const db = database.client;
      expect(await db.$queryRawUnsafe('SHOW statement_timeout')).toEqual([{ statement_timeout: '300ms' }]);
      await expect(db.$queryRawUnsafe('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
    } finally {
      await database.close();
    }
  });
});
