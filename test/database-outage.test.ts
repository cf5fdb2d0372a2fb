import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from './support/databases.ts';
import { noPostgresBinaries, skipBecause, startPostgresServer, type PostgresServer } from './support/postgres-server.ts';
import { withClient } from './support/databases.ts';
import { registryEnv } from '@partnership/kit/config';
import { gatewayEntry, spawnService, subgraphEntry, type ServiceProcess } from './support/processes.ts';

const QUERY = /* GraphQL */ `{ masterStudio(id: "1") { name } }`;
const secret = randomBytes(32).toString('hex');
const studios = registryEnv('master-studios');

// Stopping a server needs one of the test's own: never the shared one on 55432 or CI's.
describe.skipIf(skipBecause(noPostgresBinaries))('a database outage under a running subgraph', () => {
  let server: PostgresServer;
  let subgraph: ServiceProcess;
  let gateway: ServiceProcess;
  let databaseUrl: string;

  async function query() {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    return (await response.json()) as { data?: any; errors?: { message: string; path?: string[]; extensions?: any }[] };
  }
  const readiness = async () => {
    const response = await fetch(`${subgraph.opsUrl}/readiness`);
    return [response.status, await response.json()];
  };

  beforeAll(async () => {
    server = await startPostgresServer();
    databaseUrl = (await createPostgresDatabase(server.url, 'outage')).url;
    subgraph = await spawnService('master-studios', subgraphEntry('master-studios'), {
      env: { [studios.port]: '0', [studios.metricsPort]: '0', [studios.databaseUrl]: databaseUrl, [studios.secret]: secret },
    });
    // Only master-studios runs; the query needs nothing else.
    gateway = await spawnService('gateway', gatewayEntry, {
      // Uncached: the outage under test must reach the subgraph.
      env: { GATEWAY_PORT: '0', GATEWAY_METRICS_PORT: '0', GATEWAY_RESPONSE_CACHE: 'off', [studios.url]: subgraph.url, [studios.secret]: secret },
    });
  });
  afterAll(async () => {
    gateway?.kill('SIGKILL');
    subgraph?.kill('SIGKILL');
    await server?.destroy();
  });

  it('answers DATABASE_UNAVAILABLE while the server is down, and recovers when it returns', async () => {
    expect(await query()).toEqual({ data: { masterStudio: { name: '陆立军大师工作室' } } });

    await server.stop();
    const during = await query();
    expect(during.data).toEqual({ masterStudio: null });
    expect(during.errors).toHaveLength(1);
    expect(during.errors![0]).toMatchObject({
      message:
        'The database did not answer while resolving masterStudio; retry shortly. A query is safe to retry, and so is a write sent with an idempotencyKey (retry it with the same key); a write sent without one may have been made, and retrying it may make it twice.',
      path: ['masterStudio'],
      extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'master-studios' },
    });
    expect(await readiness()).toEqual([503, { status: 'unavailable', reason: 'database did not answer' }]);

    await server.start();
    // The pool opens new connections: the first query after the restart succeeds.
    expect(await query()).toEqual({ data: { masterStudio: { name: '陆立军大师工作室' } } });
    expect(await readiness()).toEqual([200, { status: 'ready' }]);
  });

  it('survives its connections being terminated (pg_terminate_backend)', async () => {
    await query(); // the pool holds an idle connection now
    const terminated = await withClient(server.url, async (admin) => {
      const { rows } = await admin.query(
        `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
          WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [new URL(databaseUrl).pathname.slice(1)],
      );
      return rows.length;
    });
    expect(terminated).toBeGreaterThan(0);
    expect(await query()).toEqual({ data: { masterStudio: { name: '陆立军大师工作室' } } });
    expect(subgraph.logs.some((line) => line.msg === 'idle database connection lost')).toBe(true);
  });

  it('waits for a database that is down when it starts, then becomes ready', async () => {
    await server.stop();
    const late = await spawnService('master-studios', subgraphEntry('master-studios'), {
      env: { [studios.port]: '0', [studios.metricsPort]: '0', [studios.databaseUrl]: databaseUrl, [studios.secret]: secret },
      readyWhen: (line) => line.msg === 'database unavailable at start; retrying',
    });
    try {
      const probe = await fetch(`${late.opsUrl}/readiness`);
      expect([probe.status, (await probe.json()).reason]).toEqual([503, 'starting: migrations and seed not applied yet']);
      await server.start();
      await late.waitForLog((line) => typeof line.url === 'string', 30_000);
      expect((await fetch(`${late.opsUrl}/readiness`)).status).toBe(200);
    } finally {
      late.kill('SIGKILL');
    }
  });

  it('never crashed: both processes still stop cleanly', async () => {
    gateway.kill('SIGTERM');
    subgraph.kill('SIGTERM');
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(await subgraph.exited).toEqual({ code: 0, signal: null });
  });
});
