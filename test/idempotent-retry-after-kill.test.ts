// The case idempotency keys exist for: a create whose answer never came because its subgraph
// died. The client retries with the same key once the subgraph is back, and ends with exactly one
// record, whether the first attempt died before its commit or after it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signLocalToken } from '@partnership/gateway';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from './support/databases.ts';
import { startGateProxy, type GateProxy } from './support/gate-proxy.ts';
import { testPostgres } from './support/postgres-server.ts';
import { registryEnv } from '@partnership/kit/config';
import { portOf, spawnService, startProcessGraph, subgraphEntry, type ProcessGraph, type ServiceProcess } from './support/processes.ts';

const REGISTER = /* GraphQL */ `mutation ($input: RegisterMasterStudioInput!, $key: String) {
  registerMasterStudio(input: $input, idempotencyKey: $key) { id name }
}`;

const RETRY_ADVICE =
  'Retry shortly: a query is safe to retry, and so is a write sent with an idempotencyKey (retry it with the same key); ' +
  'a write sent without one may have been made, and retrying it may make it twice.';

/** Polls `check` every 20 ms until it returns true (at most 20 s). */
async function until(what: string, check: () => Promise<boolean>) {
  for (const deadline = Date.now() + 20_000; !(await check()); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() > deadline) throw new Error(`${what}: not within 20 s`);
  }
}

describe('a keyed create retried after its subgraph was SIGKILLed mid-request (PostgreSQL)', () => {
  let postgres: Awaited<ReturnType<typeof testPostgres>>;
  let graph: ProcessGraph;
  let proxy: GateProxy;
  let headers: Record<string, string>;
  let studiosDb: string;
  beforeAll(async () => {
    postgres = await testPostgres();
    graph = await startProcessGraph({
      postgresUrl: postgres.url,
      routeVia: { 'master-studios': async (url) => (proxy = await startGateProxy(url)).url },
    });
    headers = { authorization: `Bearer ${await signLocalToken({ subject: 'kill.retry', role: 'BUREAU_ADMIN' }, graph.secrets.jwt)}` };
    studiosDb = graph.databaseUrls['master-studios'];
  });
  afterAll(async () => {
    await graph?.stop();
    await proxy?.stop();
    await postgres?.destroy();
  });

  /** The rows the write touches, for studios of that name and the key. */
  const rowsFor = (name: string, key: string) =>
    withClient(studiosDb, async (client) => ({
      studios: (await client.query(`SELECT id FROM "MasterStudio" WHERE name = $1`, [name])).rows.map((r) => String(r.id)),
      levels: Number((await client.query(`SELECT count(*) FROM "StudioLevelChange" l JOIN "MasterStudio" s ON s.id = l."studioId" WHERE s.name = $1`, [name])).rows[0].count),
      audits: Number((await client.query(`SELECT count(*) FROM "AuditEntry" WHERE operation = 'registerMasterStudio' AND after->>'name' = $1`, [name])).rows[0].count),
      keys: (await client.query(`SELECT "recordId" FROM "IdempotencyKey" WHERE key = $1`, [key])).rows.map((r) => r.recordId as string),
    }));

  /** SIGKILL master-studios, wait until PostgreSQL has let go of its sessions, start it again. */
  async function killAndRestart(midway?: () => Promise<void>) {
    graph.subgraphs['master-studios'].kill('SIGKILL');
    expect(await graph.subgraphs['master-studios'].exited).toEqual({ code: null, signal: 'SIGKILL' });
    await midway?.();
    await until('the killed sessions end', () =>
      withClient(studiosDb, async (client) => {
        const { rows } = await client.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
        return Number(rows[0].n) === 0;
      }),
    );
    await graph.restart('master-studios');
  }

  it('killed inside the transaction: nothing is left of it, and the retry makes the one record', async () => {
    const name = '断电重试工作室 甲';
    const variables = { input: { name, kind: 'SKILL_MASTER_STUDIO', level: 'DISTRICT', recognisedYear: 2025 }, key: 'kill-before-commit-1' };
    // The transaction has claimed the key and inserted the studio, and waits to append its audit row.
    const locker = new pg.Client({ connectionString: studiosDb });
    await locker.connect();
    let locked = true;
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "AuditEntry" IN SHARE MODE');
      const pending = graph.query(REGISTER, { variables, headers });
      await until('the write waits for the audit table', () =>
        withClient(studiosDb, async (client) => {
          const { rows } = await client.query(`SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'AuditEntry' AND NOT l.granted`);
          return rows.length > 0;
        }),
      );
      await killAndRestart(async () => {
        const lost = await pending;
        expect(lost.data?.registerMasterStudio ?? null).toBeNull();
        expect(lost.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'master-studios' });
        expect(lost.errors?.[0].message).toContain(RETRY_ADVICE);
        await locker.end(); // releases the lock: the dead session finds no client and rolls back
        locked = false;
      });
    } finally {
      if (locked) await locker.end();
    }
    expect(await rowsFor(name, variables.key)).toEqual({ studios: [], levels: 0, audits: 0, keys: [] });

    const retry = await graph.query(REGISTER, { variables, headers });
    expect(retry.errors).toBeUndefined();
    const id = retry.data.registerMasterStudio.id;
    expect(await rowsFor(name, variables.key)).toEqual({ studios: [id], levels: 1, audits: 1, keys: [id] });
  });

  it('killed after the commit, its answer lost: the retry answers with the record it made', async () => {
    const name = '断电重试工作室 乙';
    const variables = { input: { name, kind: 'TECHNICIAN_STUDIO', level: 'CITY', recognisedYear: 2025 }, key: 'kill-after-commit-1' };
    proxy.dropAnswers(true);
    const lost = await graph.query(REGISTER, { variables, headers });
    proxy.dropAnswers(false);
    expect(lost.data?.registerMasterStudio ?? null).toBeNull();
    expect(lost.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'master-studios' });
    expect(lost.errors?.[0].message).toContain(RETRY_ADVICE);
    const committed = await rowsFor(name, variables.key);
    expect(committed.studios).toHaveLength(1);

    await killAndRestart();
    const retry = await graph.query(REGISTER, { variables, headers });
    expect(retry.errors).toBeUndefined();
    expect(retry.data.registerMasterStudio).toEqual({ id: committed.studios[0], name });
    expect(await rowsFor(name, variables.key)).toEqual({ studios: committed.studios, levels: 1, audits: 1, keys: committed.studios });
  });
});

// PGlite is one process's embedded database: nothing outside can hold its transaction open, so
// the subgraph is killed once its answer is lost (committed), or the moment the request reaches it.
describe('a keyed create retried after its subgraph was SIGKILLed mid-request (embedded PGlite)', () => {
  const secret = randomBytes(32).toString('hex');
  const env = registryEnv('master-studios');
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'partnership-idem-')), 'master-studios');
  let service: ServiceProcess;
  let proxy: GateProxy;
  const start = (port = '0') =>
    spawnService('master-studios', subgraphEntry('master-studios'), {
      env: { [env.port]: port, [env.metricsPort]: '0', [env.dataDir]: dataDir, [env.secret]: secret },
    });
  beforeAll(async () => {
    service = await start();
    proxy = await startGateProxy(service.url);
  });
  afterAll(async () => {
    await service?.stop();
    await proxy?.stop();
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  /** Posts to the subgraph through the proxy as the gateway would, for a BUREAU_ADMIN; null when the connection was cut. */
  async function send(query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: { message: string }[] } | null> {
    try {
      const response = await fetch(proxy.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-subgraph-secret': secret, 'x-actor-subject': 'kill.pglite', 'x-actor-role': 'BUREAU_ADMIN' },
        body: JSON.stringify({ query, variables }),
      });
      return await response.json();
    } catch {
      return null;
    }
  }

  async function counts(name: string) {
    const answer = await send(
      `query ($name: String!) {
        masterStudios(filter: { nameContains: $name }) { edges { node { id } } }
        masterStudiosAuditLog(filter: { operation: "registerMasterStudio", actorSubject: "kill.pglite" }) { edges { node { after } } }
      }`,
      { name },
    );
    expect(answer?.errors).toBeUndefined();
    return {
      studios: answer!.data.masterStudios.edges.map((e: { node: { id: string } }) => e.node.id) as string[],
      audits: answer!.data.masterStudiosAuditLog.edges.filter((e: { node: { after: { name: string } } }) => e.node.after.name === name).length,
    };
  }

  async function killAndRestart() {
    service.kill('SIGKILL');
    expect(await service.exited).toEqual({ code: null, signal: 'SIGKILL' });
    service = await start(portOf(service.url));
  }

  it('killed after the commit, its answer lost: the retry after a restart answers with that record', async () => {
    const name = 'PGlite 断电工作室 甲';
    const variables = { input: { name, kind: 'SKILL_MASTER_STUDIO', level: 'DISTRICT', recognisedYear: 2025 }, key: 'pglite-after-commit' };
    proxy.dropAnswers(true);
    expect(await send(REGISTER, variables)).toBeNull();
    proxy.dropAnswers(false);
    const committed = await counts(name);
    expect(committed).toMatchObject({ studios: [expect.any(String)], audits: 1 });

    await killAndRestart();
    const retry = await send(REGISTER, variables);
    expect(retry?.errors).toBeUndefined();
    expect(retry?.data.registerMasterStudio).toEqual({ id: committed.studios[0], name });
    expect(await counts(name)).toEqual(committed);
  });

  it('killed the moment the request reaches it: after a restart the retry leaves exactly one record, and answers with it', async () => {
    const name = 'PGlite 断电工作室 乙';
    const variables = { input: { name, kind: 'TECHNICIAN_STUDIO', level: 'CITY', recognisedYear: 2025 }, key: 'pglite-in-flight' };
    const received = proxy.received.length;
    proxy.close();
    const lost = send(REGISTER, variables);
    await proxy.arrived(received + 1);
    proxy.open();
    await killAndRestart();
    // Whatever it had done when it died: a whole registration committed, or none of it.
    expect(await lost).toBeNull();
    const retry = await send(REGISTER, variables);
    expect(retry?.errors).toBeUndefined();
    expect(await counts(name)).toEqual({ studios: [retry?.data.registerMasterStudio.id], audits: 1 });
  });
});
