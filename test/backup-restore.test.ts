// docs/operations.md's backup and restore, done as written: every registry dumped while the graph
// serves, one registry's database lost and restored from its dump, and the graph answering as
// before, its audit trail whole, and taking new records after the restored ones.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { signLocalToken } from '@partnership/gateway';
import type { RegistryName } from '@partnership/kit/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGBIN, testPostgres } from './support/postgres-server.ts';
import { startProcessGraph, type ProcessGraph } from './support/processes.ts';

const run = promisify(execFile);
// pay-policies last: it owns every Enterprise the other two point at.
const DUMP_ORDER: RegistryName[] = ['master-studios', 'enterprise-classes', 'pay-policies'];
const pgTool = (tool: string, args: string[]) => run(path.join(PGBIN, tool), args);

const REGISTER = /* GraphQL */ `mutation ($input: RegisterMasterStudioInput!) { registerMasterStudio(input: $input) { id } }`;
// Each registry's records and the references between them, and master-studios' audit trail.
const EVERYTHING = /* GraphQL */ `{
  industry(code: "SMART_VEHICLES") { name enterpriseClasses { name partnerEnterprise { name studios { name level } } } }
  masterStudios(first: 1000) { totalCount edges { node { id name level hostEnterprise { name payPolicies { scope upliftMinPercent upliftMaxPercent } } } } }
  masterStudiosAuditLog(first: 100) { totalCount edges { node { operation recordId actorSubject } } }
}`;

describe('backing up every registry and restoring a lost one (PostgreSQL)', () => {
  let postgres: Awaited<ReturnType<typeof testPostgres>>;
  let graph: ProcessGraph;
  let backups: string;
  let headers: Record<string, string>;
  beforeAll(async () => {
    postgres = await testPostgres();
    graph = await startProcessGraph({ postgresUrl: postgres.url });
    backups = await mkdtemp(path.join(tmpdir(), 'registry-backups-'));
    headers = { authorization: `Bearer ${await signLocalToken({ subject: 'backup.drill', role: 'BUREAU_ADMIN' }, graph.secrets.jwt)}` };
  });
  afterAll(async () => {
    await graph?.stop();
    await postgres?.destroy();
    if (backups) await rm(backups, { recursive: true, force: true });
  });

  const register = async (name: string) => {
    const { data, errors } = await graph.query(REGISTER, { headers, variables: { input: { name, kind: 'SKILL_MASTER_STUDIO', level: 'DISTRICT', recognisedYear: 2025 } } });
    expect(errors).toBeUndefined();
    return Number(data.registerMasterStudio.id);
  };
  const dumpOf = (name: RegistryName) => path.join(backups, `${name}.dump`);
  const databaseName = (name: RegistryName) => new URL(graph.databaseUrls[name]).pathname.slice(1);

  it('answers as before from a restored master-studios database, and numbers new records after the restored ones', async () => {
    const kept = await register('备份演练工作室');
    const before = await graph.query(EVERYTHING, { headers });
    expect(before.errors).toBeUndefined();
    expect(before.data.masterStudios.edges.map((e: { node: { id: string } }) => Number(e.node.id))).toContain(kept);

    // While the graph serves: each dump is one consistent snapshot of its database.
    for (const name of DUMP_ORDER) await pgTool('pg_dump', ['--format=custom', `--file=${dumpOf(name)}`, graph.databaseUrls[name]]);

    // A record made after the backup is lost with the database.
    const lost = await register('备份之后的工作室');
    graph.subgraphs['master-studios'].kill('SIGKILL');
    await graph.subgraphs['master-studios'].exited;
    const maintenance = new URL('/postgres', postgres.url).toString();
    const database = databaseName('master-studios');
    await pgTool('dropdb', [`--maintenance-db=${maintenance}`, '--if-exists', '--force', database]);
    await pgTool('createdb', [`--maintenance-db=${maintenance}`, '-T', 'template0', '-E', 'UTF8', '--lc-ctype=C.UTF-8', database]);
    await pgTool('pg_restore', ['--no-owner', `--dbname=${graph.databaseUrls['master-studios']}`, dumpOf('master-studios')]);
    await graph.restart('master-studios');

    const after = await graph.query(EVERYTHING, { headers });
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    const next = await register('恢复之后的工作室');
    expect(next).toBeGreaterThan(kept);
    // Ids come from the restored sequence: the lost record's id is given out again.
    expect(next).toBe(lost);
  });
});
