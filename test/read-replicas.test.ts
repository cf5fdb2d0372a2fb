// The graph on a PostgreSQL primary with a hot standby as every subgraph's read replica: queries
// read the standby, while a mutation reads back what it wrote from the primary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenario } from './bench/scenarios.ts';
import { withClient } from './support/databases.ts';
import { startGraph, type Graph } from './support/graph.ts';
import { noPostgresBinaries, skipBecause, startPostgresServer, startStandby, type PostgresServer, type StandbyServer } from './support/postgres-server.ts';

const ADMIN = { subject: 'bureau', role: 'BUREAU_ADMIN' } as const;
const STUDIO = /* GraphQL */ `{ masterStudio(id: "3") { version town } }`;
const UPDATE = /* GraphQL */ `
  mutation ($version: Int!) {
    updateMasterStudio(input: { id: "3", version: $version, town: "开发区" }) { version town leader { name } levelHistory { level } }
  }
`;

// A standby is a copy of a primary of the test's own; like database-outage.test.ts, this runs
// wherever PostgreSQL 15 is installed, whatever the suite's engine.
describe.skipIf(skipBecause(noPostgresBinaries))('a graph reading from a hot standby', () => {
  let primary: PostgresServer;
  let standby: StandbyServer;
  let graph: Graph;
  beforeAll(async () => {
    primary = await startPostgresServer();
    standby = await startStandby(primary);
    graph = await startGraph({ replication: { primaryUrl: primary.url, standby } });
  });
  afterAll(async () => {
    await graph?.stop();
    await standby?.destroy();
    await primary?.destroy();
  });

  it.each([
    ['the studio directory', scenario('1')],
    ['the planner', scenario('2')],
    ['the research summary (raw SQL)', { query: '{ researchOutcomeSummary { students patents } }', variables: undefined }],
  ])('serves %s from the replica alone', async (_name, { query, variables }) => {
    const { errors, statements, replicaStatements } = await graph.query(query, variables);
    expect(errors).toBeUndefined();
    expect(Object.values(replicaStatements).reduce((a, b) => a + b)).toBeGreaterThan(0);
    expect(replicaStatements).toEqual(statements);
  });

  it('answers a mutation from the primary while the replica lags, and queries from the replica', async () => {
    const before = (await graph.query(STUDIO)).data.masterStudio;
    await withClient(standby.url, (client) => client.query('SELECT pg_wal_replay_pause()'));
    try {
      const { data, errors, replicaStatements } = await graph.query(UPDATE, { version: before.version }, { as: ADMIN });
      expect(errors).toBeUndefined();
      expect(data.updateMasterStudio).toMatchObject({ version: before.version + 1, town: '开发区' });
      // The loaders behind leader and levelHistory read the primary too.
      expect(replicaStatements['master-studios']).toBe(0);
      expect((await graph.query(STUDIO)).data.masterStudio).toEqual(before);
      // A client that has just written can ask to read it back.
      const fromPrimary = await graph.query(STUDIO, {}, { headers: { 'x-read-from': 'primary' } });
      expect(fromPrimary.data.masterStudio).toEqual({ version: before.version + 1, town: '开发区' });
      expect(fromPrimary.replicaStatements['master-studios']).toBe(0);
    } finally {
      await withClient(standby.url, (client) => client.query('SELECT pg_wal_replay_resume()'));
    }
    await standby.caughtUp();
    expect((await graph.query(STUDIO)).data.masterStudio).toEqual({ version: before.version + 1, town: '开发区' });
  });

  it('checks a reference into another registry on its primary, so a record just registered there counts', async () => {
    await withClient(standby.url, (client) => client.query('SELECT pg_wal_replay_pause()'));
    try {
      const registered = await graph.query(`mutation { registerEnterprise(input: { name: "回放企业" }) { id } }`, {}, { as: ADMIN });
      expect(registered.errors).toBeUndefined();
      const hostId = registered.data.registerEnterprise.id;
      const studio = await graph.query(
        `mutation ($host: ID!) { registerMasterStudio(input: { name: "回放工作室", kind: TECHNICIAN_STUDIO, level: DISTRICT, recognisedYear: 2026, hostEnterpriseId: $host }) { hostEnterprise { id name } } }`,
        { host: hostId },
        { as: ADMIN },
      );
      expect(studio.errors).toBeUndefined();
      expect(studio.data.registerMasterStudio.hostEnterprise.id).toBe(hostId);
    } finally {
      await withClient(standby.url, (client) => client.query('SELECT pg_wal_replay_resume()'));
    }
  });
});
