import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { masterStudios } from '@partnership/master-studios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from './support/databases.ts';
import { noTestPostgres, skipBecause, testPostgres } from './support/postgres-server.ts';
import { withClient } from './support/databases.ts';
import { registryEnv } from '@partnership/kit/config';
import { spawnService, subgraphEntry, type ServiceProcess } from './support/processes.ts';
import pg from 'pg';

// The key the migration runner (and Prisma's own migrate) locks while migrating.
const MIGRATION_LOCK = 72707369;
const secret = randomBytes(32).toString('hex');
const env = registryEnv('master-studios');

describe.skipIf(skipBecause(noTestPostgres))('a subgraph’s life: readiness while it migrates, graceful shutdown', () => {
  let postgres: Awaited<ReturnType<typeof testPostgres>>;
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let service: ServiceProcess;
  let url: string;
  beforeAll(async () => {
    postgres = await testPostgres();
    database = await createPostgresDatabase(postgres.url, 'lifecycle');
  });
  afterAll(async () => {
    service?.kill('SIGKILL');
    await database?.drop();
    await postgres?.destroy();
  });

  it('is live but not ready until its migrations are applied', async () => {
    // Another instance migrating holds the lock: this one waits behind it.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      service = await spawnService('master-studios', subgraphEntry('master-studios'), {
        env: { [env.port]: '0', [env.metricsPort]: '0', [env.databaseUrl]: database.url, [env.secret]: secret },
        readyWhen: (line) => typeof line.metricsUrl === 'string',
      });
      expect((await fetch(`${service.opsUrl}/healthcheck`)).status).toBe(200);
      const readiness = await fetch(`${service.opsUrl}/readiness`);
      expect(readiness.status).toBe(503);
      expect(await readiness.json()).toEqual({ status: 'unavailable', reason: 'starting: migrations and seed not applied yet' });
    } finally {
      await holder.end(); // releases the lock
    }
    url = (await service.waitForLog((line) => typeof line.url === 'string', 30_000)).url as string;
    const readiness = await fetch(`${service.opsUrl}/readiness`);
    expect([readiness.status, await readiness.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('on SIGTERM stops accepting, finishes the request in flight, closes the database and exits 0', async () => {
    // A request held in flight by a table lock, as a slow query would be.
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE "MasterStudio" IN ACCESS EXCLUSIVE MODE');
    const inFlight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-subgraph-secret': secret },
      body: JSON.stringify({ query: '{ masterStudio(id: "1") { name } }' }),
    });
    const waitingOnLock = () =>
      withClient(database.url, async (client) =>
        (await client.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows.length);
    await expect.poll(waitingOnLock, { timeout: 10_000, interval: 50 }).toBeGreaterThan(0);

    service.kill('SIGTERM');
    await service.waitForLog((line) => line.msg === 'stopping');
    const readiness = await fetch(`${service.opsUrl}/readiness`);
    expect([readiness.status, await readiness.json()]).toEqual([503, { status: 'unavailable', reason: 'shutting down' }]);
    await expect(fetch(url, { method: 'POST' })).rejects.toThrow(); // no new connections

    await locker.query('COMMIT');
    await locker.end();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { masterStudio: { name: '陆立军大师工作室' } } });

    expect(await service.exited).toEqual({ code: 0, signal: null });
    const order = service.logs.map((line) => line.msg).filter((msg) => ['stopping', 'database closed', 'stopped'].includes(String(msg)));
    expect(order).toEqual(['stopping', 'database closed', 'stopped']);
  });
});

describe('a subgraph on embedded PGlite', () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'partnership-pglite-')), 'master-studios');
  afterAll(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  it('closes PGlite on SIGTERM and exits 0, its data intact for the next start', async () => {
    const service = await spawnService('master-studios', subgraphEntry('master-studios'), {
      env: { [env.port]: '0', [env.metricsPort]: '0', [env.dataDir]: dataDir, [env.secret]: secret },
    });
    service.kill('SIGTERM');
    expect(await service.exited).toEqual({ code: 0, signal: null });
    expect(service.logs.map((line) => line.msg)).toContain('database closed');

    const reopened = await masterStudios.open({ dataDir });
    try {
      expect(await reopened.client.masterStudio.count()).toBe(76);
    } finally {
      await reopened.close();
    }
  });
});
