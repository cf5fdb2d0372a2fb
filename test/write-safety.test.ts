import { signLocalToken } from '@partnership/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from './support/databases.ts';
import { noTestPostgres, skipBecause, testPostgres } from './support/postgres-server.ts';
import { withClient } from './support/databases.ts';
import { spawnService, startProcessGraph, type ProcessGraph, type ServiceProcess } from './support/processes.ts';

/** Rows in every table of the database but the migrations' own. */
function tableCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
        ORDER BY table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of rows) {
      counts[table_name] = Number((await client.query(`SELECT count(*) FROM "${table_name}"`)).rows[0].count);
    }
    return counts;
  });
}

/** Resolves once a session other than ours has written to `table` in a transaction still open. */
async function writingTo(url: string, table: string): Promise<void> {
  await withClient(url, async (client) => {
    const writers = async () =>
      (await client.query(
        `SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          WHERE c.relname = $1 AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()`,
        [table],
      )).rows.length;
    await expect.poll(writers, { timeout: 20_000, interval: 20, message: `a write to ${table}` }).toBeGreaterThan(0);
  });
}

const seedChild = (url: string, extra: number): Promise<ServiceProcess> =>
  spawnService('seed', 'test/support/seed-child.ts', {
    env: { DATABASE_URL: url, SEED_EXTRA: String(extra) },
    readyWhen: (line) => line.msg === 'migrated',
  });

const withoutPostgres = skipBecause(noTestPostgres);

// The seed is the largest write a subgraph makes: one transaction of thousands of inserts over
// six tables. Killed mid-way, none of it may remain.
describe.skipIf(withoutPostgres)('SIGKILL in the middle of a write on PostgreSQL', () => {
  let postgres: Awaited<ReturnType<typeof testPostgres>>;
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  beforeAll(async () => {
    postgres = await testPostgres();
    database = await createPostgresDatabase(postgres.url, 'write_safety');
  });
  afterAll(async () => {
    await database?.drop();
    await postgres?.destroy();
  });

  it('leaves no half-applied write, and the next run applies all of it', async () => {
    const writer = await seedChild(database.url, 3_000);
    const empty = await tableCounts(database.url);
    await writingTo(database.url, 'MasterStudio');
    writer.kill('SIGKILL');
    expect(await writer.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(writer.logs.some((line) => line.msg === 'seeded')).toBe(false);

    // The server rolls the dead session's transaction back: nothing of it is visible, then or later.
    expect(await tableCounts(database.url)).toEqual(empty);
    await withClient(database.url, async (client) => {
      const sessions = `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`;
      const open = async () => Number((await client.query(sessions)).rows[0].n);
      await expect.poll(open, { timeout: 10_000, interval: 20, message: 'the killed session closed' }).toBe(0);
    });
    expect(await tableCounts(database.url)).toEqual(empty);

    const again = await seedChild(database.url, 0);
    await again.waitForLog((line) => line.msg === 'seeded', 30_000);
    expect(await again.exited).toEqual({ code: 0, signal: null });
    const seeded = await tableCounts(database.url);
    expect(seeded.MasterStudio).toBe(76); // the article's 76 studios, whole
  });
});

const REGISTER = /* GraphQL */ `mutation Register($input: RegisterMasterStudioInput!) {
  registerMasterStudio(input: $input) { id }
}`;

// Each registration writes three rows in one transaction: the studio, its first level, its audit entry.
describe.skipIf(withoutPostgres)('SIGKILL of a subgraph in the middle of a burst of mutations', () => {
  let postgres: Awaited<ReturnType<typeof testPostgres>>;
  let graph: ProcessGraph;
  beforeAll(async () => {
    postgres = await testPostgres();
    graph = await startProcessGraph({ postgresUrl: postgres.url });
  });
  afterAll(async () => {
    await graph?.stop();
    await postgres?.destroy();
  });

  it('leaves every registration whole (studio, level, audit row) or absent', async () => {
    const token = await signLocalToken({ subject: 'burst-writer', role: 'BUREAU_ADMIN' }, graph.secrets.jwt);
    const acknowledged: number[] = [];
    let failed = 0;
    let running = true;
    const writers = Array.from({ length: 6 }, async (_, writer) => {
      for (let i = 0; running; i++) {
        const input = { name: `Burst studio ${writer}-${i}`, kind: 'SKILL_MASTER_STUDIO', level: 'DISTRICT', recognisedYear: 2024 };
        try {
          const { data, errors } = await graph.query(REGISTER, { variables: { input }, headers: { authorization: `Bearer ${token}` } });
          if (errors) failed += 1;
          else acknowledged.push(Number(data.registerMasterStudio.id));
        } catch {
          failed += 1; // the gateway itself did not answer: counted, never thrown
        }
      }
    });
    try {
      await expect.poll(() => acknowledged.length, { timeout: 20_000, interval: 10 }).toBeGreaterThanOrEqual(30);
      graph.subgraphs['master-studios'].kill('SIGKILL');
      await graph.subgraphs['master-studios'].exited;
      // The writers go on until some of them have met the dead subgraph.
      await expect.poll(() => failed, { timeout: 10_000, interval: 10 }).toBeGreaterThan(0);
    } finally {
      running = false;
      await Promise.all(writers);
    }
    expect(failed).toBeGreaterThan(0); // writes were still coming when it died

    const rows = await withClient(graph.databaseUrls['master-studios'], async (client) => ({
      studios: (await client.query(`SELECT id FROM "MasterStudio" WHERE name LIKE 'Burst studio %'`)).rows.map((r) => Number(r.id)),
      levels: (await client.query(`SELECT "studioId" AS id FROM "StudioLevelChange" WHERE provenance = 'REGISTERED'`)).rows.map((r) => Number(r.id)),
      audits: (await client.query(`SELECT "recordId" AS id FROM "AuditEntry" WHERE operation = 'registerMasterStudio'`)).rows.map((r) => Number(r.id)),
    }));
    const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
    expect(sorted(rows.levels)).toEqual(sorted(rows.studios));
    expect(sorted(rows.audits)).toEqual(sorted(rows.studios));
    // Every write the client was told succeeded is there.
    expect(rows.studios).toEqual(expect.arrayContaining(acknowledged));
  });
});
