// A production registry starts with migrations and catalogues only: no article records, no
// generated placeholders. `npm run seed:demo` loads them when asked, and never over real records.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, testPostgresUrl, withClient } from './support/databases.ts';
import { registryEnv } from '@partnership/kit/config';
import { repoRoot, spawnService, startProcessGraph, subgraphEntry, type ProcessGraph } from './support/processes.ts';

const production = { NODE_ENV: 'production' };

/** Runs `npm run seed:demo` against the graph's databases: its exit code and output. */
function seedDemo(graph: ProcessGraph): Promise<{ code: number | null; output: string }> {
  const urls = Object.fromEntries(Object.entries(graph.databaseUrls).map(([name, url]) => [registryEnv(name).databaseUrl, url]));
  const child = spawn('npm', ['run', '--silent', 'seed:demo'], { cwd: repoRoot, env: { ...process.env, ...urls }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

const STUDIOS = /* GraphQL */ `{
  masterStudios { totalCount }
  national: masterStudios(filter: { levels: [NATIONAL] }) { totalCount }
  provincial: masterStudios(filter: { levels: [PROVINCIAL] }) { totalCount }
  industries { code }
  enterprise(id: "5") { name }
}`;

describe.skipIf(!testPostgresUrl)('production data', () => {
  describe('a production subgraph without a good secret', () => {
    const drops: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const drop of drops) await drop();
    });

    it.each([
      ['no secret', undefined, /MASTER_STUDIOS_SECRET must be set in production/],
      ['one repeated letter', 'a'.repeat(32), /MASTER_STUDIOS_SECRET is too weak for production: it repeats one character \(rule: repetition\)/],
    ])('with %s stops before touching its database', async (_, secret, message) => {
      const database = await createPostgresDatabase(testPostgresUrl!, 'no_secret');
      drops.push(database.drop);
      const env = registryEnv('master-studios');
      const service = await spawnService('master-studios', subgraphEntry('master-studios'), {
        env: { ...production, [env.databaseUrl]: database.url, [env.port]: '0', [env.metricsPort]: '0', [env.secret]: secret ?? '' },
        readyWhen: (line) => line.level === 60,
      });
      expect((await service.exited).code).toBe(1);
      expect(service.logs.find((line) => line.level === 60)?.msg).toMatch(message);
      const tables = await withClient(database.url, (client) => client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`));
      expect(tables.rows[0].n).toBe(0);
    });
  });

  describe('on an empty database', () => {
    let graph: ProcessGraph;
    beforeAll(async () => {
      graph = await startProcessGraph({ postgresUrl: testPostgresUrl!, emptyDatabases: true, subgraphEnv: production, gatewayEnv: production });
    }, 180_000);
    afterAll(() => graph?.stop());

    it('serves the catalogues and no studio, enterprise or other record', async () => {
      const { data, errors } = await graph.query(STUDIOS);
      expect(errors).toBeUndefined();
      expect(data.masterStudios.totalCount).toBe(0);
      expect(data.enterprise).toBeNull();
      expect(data.industries).toHaveLength(9);
      const count = (name: keyof ProcessGraph['databaseUrls'], table: string) =>
        withClient(graph.databaseUrls[name], (client) => client.query(`SELECT count(*)::int AS n FROM "${table}"`)).then((r) => r.rows[0].n);
      expect(await count('enterprise-classes', 'School')).toBe(2);
      expect(await count('enterprise-classes', 'EnterpriseClass')).toBe(0);
      expect(await count('pay-policies', 'Enterprise')).toBe(0);
      expect(await count('pay-policies', 'DistrictIndicator')).toBe(0);
    });

    it('says it is ready without offering GraphiQL, which production turns off', async () => {
      const readyLine = () => graph.gateway.logs.map((line) => String(line.msg)).find((msg) => msg.startsWith('Partnership graph ready'));
      await expect.poll(readyLine, { timeout: 10_000 }).toMatch(/^Partnership graph ready: explorer at http:\/\/\S+\/, API at http:\/\/\S+\/graphql$/);
    });

    it('seed:demo refuses, loading nothing anywhere, while a registry holds records of its own', async () => {
      const pay = graph.databaseUrls['pay-policies'];
      await withClient(pay, (client) => client.query(`INSERT INTO "Enterprise" (name, provenance) VALUES ('登记企业 ${randomBytes(2).toString('hex')}', 'REGISTERED')`));
      const refused = await seedDemo(graph);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/seed:demo: refused, nothing was loaded:\n\s+pay-policies \(postgres.*\): it holds records that are not the demo's \(1 Enterprise\)/);
      expect((await graph.query(STUDIOS)).data.masterStudios.totalCount).toBe(0);
      await withClient(pay, (client) => client.query(`DELETE FROM "Enterprise"`));
    }, 120_000);

    it('seed:demo then loads the article\'s records, once', async () => {
      const loaded = await seedDemo(graph);
      expect(loaded.output).toMatch(/master-studios \(postgres.*\): demo data loaded/);
      expect(loaded.code).toBe(0);
      const { data, errors } = await graph.query(STUDIOS);
      expect(errors).toBeUndefined();
      // FACTS.md: 76 studios at district level or above, 1 national, 10 provincial.
      expect([data.masterStudios.totalCount, data.national.totalCount, data.provincial.totalCount]).toEqual([76, 1, 10]);
      expect(data.enterprise.name).toBe('杭州正强传动股份有限公司');
      const again = await seedDemo(graph);
      expect(again.code).toBe(0);
      expect(again.output).toMatch(/master-studios \(postgres.*\): already holds the demo data, nothing to do/);
      expect((await graph.query(STUDIOS)).data.masterStudios.totalCount).toBe(76);
    }, 180_000);
  });
});
