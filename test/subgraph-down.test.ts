import { randomUUID } from 'node:crypto';
import { buildClientSchema, execute, getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noTestPostgres, skipBecause, testPostgres } from './support/postgres-server.ts';
import { startProcessGraph, type ProcessGraph } from './support/processes.ts';

// Needs pay-policies and enterprise-classes only.
const WITHOUT_STUDIOS = /* GraphQL */ `{ enterprise(id: "5") { name payPolicies { scope } } industries { code } }`;
// Also needs master-studios, the subgraph this test kills: at the root and inside an entity.
const WITH_STUDIOS = /* GraphQL */ `{ enterprise(id: "4") { name studios { name } } masterStudio(id: "1") { name } }`;

interface Outcome {
  query: 'without' | 'with';
  /** When it was sent (performance.now()). */
  sentAt: number;
  /** 0 when the gateway could not be reached at all. */
  status: number;
  body?: Awaited<ReturnType<ProcessGraph['query']>>;
}

/** Sends both queries from `workers` loops until stop(): bounded load, loopback only. */
function load(graph: ProcessGraph, workers = 4) {
  let outcomes: Outcome[] = [];
  let windowStart = 0;
  let running = true;
  const loops = Array.from({ length: workers }, async (_, worker) => {
    for (let i = 0; running; i++) {
      const query = (worker + i) % 2 === 0 ? 'without' : 'with';
      const sentAt = performance.now();
      try {
        const body = await graph.query(query === 'without' ? WITHOUT_STUDIOS : WITH_STUDIOS);
        outcomes.push({ query, sentAt, status: body.status, body });
      } catch {
        outcomes.push({ query, sentAt, status: 0 }); // a gateway that stopped answering: counted, never thrown
      }
    }
  });
  const inWindow = () => outcomes.filter((o) => o.sentAt >= windowStart);
  const count = (query: Outcome['query']) => inWindow().filter((o) => o.query === query).length;
  return {
    /** Starts a new window: only requests sent from now on count. */
    reset: () => void (windowStart = performance.now()),
    /** Waits until the window holds `each` answers to both queries (at most 20 s), and returns it. */
    async collect(each: number): Promise<Outcome[]> {
      const fewer = () => Math.min(count('with'), count('without'));
      await expect.poll(fewer, { timeout: 20_000, interval: 20, message: 'answers to both queries' }).toBeGreaterThanOrEqual(each);
      const window = inWindow();
      outcomes = [];
      windowStart = performance.now();
      return window;
    },
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

const failures = (outcomes: Outcome[]) => outcomes.filter((o) => o.status !== 200 || o.body?.errors);

/** Every error says the gateway could not reach `name`, and there is at least one. */
function expectUnavailable(errors: { message: string; extensions?: Record<string, unknown> }[] | undefined, name: string) {
  expect(errors?.length).toBeGreaterThanOrEqual(1);
  for (const error of errors!) {
    expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: name });
    expect(error.message).toMatch(new RegExp(`^The ${name} subgraph is unavailable`));
  }
}

/**
 * What a strict client rejects in `data`: each null where `schema` promises a value. The gateway
 * nulls a reference whose registry did not answer even where the schema says it cannot be null.
 */
async function nonNullViolations(schema: GraphQLSchema, query: string, data: unknown) {
  const { errors } = await execute({ schema, document: parse(query), rootValue: data });
  return errors?.map((e) => e.message) ?? [];
}

// enterprise-classes' own records with their references into pay-policies.
const CLASSES_AND_SCHOOL = /* GraphQL */ `{
  enterpriseClasses(filter: { nameContains: "电装" }) { edges { node { name nameEn school { name } major { name } occupations { code } partnerEnterprise { name } } } }
  industry(code: "SMART_VEHICLES") { enterpriseClasses { name cohortYear seats major { name } partnerEnterprise { name } } }
  school(id: "1") { name partnerEnterprises { name } }
}`;
// Root fields of all three registries in one answer, as the explorer's overview asks.
const OVERVIEW = /* GraphQL */ `{
  masterStudioCountsByLevel { level count }
  masterStudios(first: 1) { totalCount }
  certificationSummary { peopleCertified selfTrained }
  industries { code }
}`;
// A pay-policies record with its references into enterprise-classes.
const BODIES = /* GraphQL */ `{ certificationBodies(first: 6) { edges { node { name pilotSinceYear occupations { name } } } } }`;

describe.skipIf(skipBecause(noTestPostgres))('a subgraph killed with SIGKILL', () => {
  let postgres: Awaited<ReturnType<typeof testPostgres>>;
  let graph: ProcessGraph;
  /** The schema the gateway serves, as a client sees it. */
  let served: GraphQLSchema;
  beforeAll(async () => {
    postgres = await testPostgres();
    graph = await startProcessGraph({ postgresUrl: postgres.url });
    served = buildClientSchema((await graph.query(getIntrospectionQuery())).data);
  });
  afterAll(async () => {
    await graph?.stop();
    await postgres?.destroy();
  });

  /** Runs `check` while `name` is killed, then restarts it, whatever `check` found. */
  async function whileDown(name: keyof ProcessGraph['subgraphs'], check: () => Promise<void>) {
    graph.subgraphs[name].kill('SIGKILL');
    await graph.subgraphs[name].exited;
    try {
      await check();
    } finally {
      await graph.restart(name);
    }
  }

  it('keeps order classes and a school while pay-policies is down, nulling only their enterprises', async () => {
    const before = await graph.query(CLASSES_AND_SCHOOL);
    expect(before.errors).toBeUndefined();
    await whileDown('pay-policies', async () => {
      const { status, data, errors } = await graph.query(CLASSES_AND_SCHOOL);
      expect(status).toBe(200);
      const [denso] = data.enterpriseClasses.edges;
      expect(denso.node).toMatchObject({ name: '电装班', school: { name: before.data.school.name }, partnerEnterprise: null });
      // Everything enterprise-classes answered is as before; only the enterprises are null.
      expect(data).toEqual({
        enterpriseClasses: { edges: before.data.enterpriseClasses.edges.map(({ node }: any) => ({ node: { ...node, partnerEnterprise: null } })) },
        industry: { enterpriseClasses: before.data.industry.enterpriseClasses.map((c: any) => ({ ...c, partnerEnterprise: null })) },
        school: { name: before.data.school.name, partnerEnterprises: before.data.school.partnerEnterprises.map(() => null) },
      });
      expect(await nonNullViolations(served, CLASSES_AND_SCHOOL, data)).toEqual([]);
      expect(data.industry.enterpriseClasses.some((c: any) => c.major)).toBe(true);
      expect(data.school.partnerEnterprises.length).toBeGreaterThanOrEqual(3); // 先临三维, 宝盛集团, 电装
      expectUnavailable(errors, 'pay-policies');

      // The gateway's log line for the failed fetch names the request, as the client's answer does.
      const requestId = `down-${randomUUID()}`;
      await graph.query(CLASSES_AND_SCHOOL, { headers: { 'x-request-id': requestId } });
      const failed = await graph.gateway.waitForLog((line) => line.requestId === requestId && line.level === 50);
      expect(JSON.stringify(failed)).toContain('ECONNREFUSED');
    });
  });

  it('keeps certification bodies while enterprise-classes is down, nulling only their occupations', async () => {
    const before = await graph.query(BODIES);
    expect(before.errors).toBeUndefined();
    const bodies = before.data.certificationBodies.edges.map(({ node }: any) => node);
    expect(bodies.some((b: any) => b.occupations.length > 0)).toBe(true);
    await whileDown('enterprise-classes', async () => {
      const { status, data, errors } = await graph.query(BODIES);
      expect(status).toBe(200);
      expect(data.certificationBodies.edges.map(({ node }: any) => node)).toEqual(
        bodies.map((b: any) => ({ ...b, occupations: b.occupations.map(() => null) })),
      );
      expect(await nonNullViolations(served, BODIES, data)).toEqual([]);
      expectUnavailable(errors, 'enterprise-classes');
    });
  });

  it("keeps the other registries' root fields while master-studios is down, nulling only its own", async () => {
    const before = await graph.query(OVERVIEW);
    expect(before.errors).toBeUndefined();
    await whileDown('master-studios', async () => {
      const { status, data, errors } = await graph.query(OVERVIEW);
      expect(status).toBe(200);
      expect(data).toEqual({ ...before.data, masterStudioCountsByLevel: null, masterStudios: null });
      expect(await nonNullViolations(served, OVERVIEW, data)).toEqual([]);
      expectUnavailable(errors, 'master-studios');
    });
  });

  // Last: it stops the graph.
  it('under load, serves the other subgraphs, answers partial data naming it, and uses it again after restart', async () => {
    const traffic = load(graph);
    try {
      expect(failures(await traffic.collect(10))).toEqual([]);

      graph.subgraphs['master-studios'].kill('SIGKILL');
      await graph.subgraphs['master-studios'].exited;
      traffic.reset(); // requests in flight at the kill may have gone either way
      const during = await traffic.collect(10);

      expect(failures(during.filter((o) => o.query === 'without'))).toEqual([]);
      for (const { status, body } of during.filter((o) => o.query === 'with')) {
        expect(status).toBe(200);
        // The owner's fields survive; only the missing registry's fields are null.
        expect(body!.data).toEqual({ enterprise: { name: '杭齿集团', studios: null }, masterStudio: null });
        expectUnavailable(body!.errors, 'master-studios');
      }

      // Same port, same database: the gateway finds it again without a restart of its own.
      await graph.restart('master-studios');
      traffic.reset();
      expect(failures(await traffic.collect(10))).toEqual([]);
    } finally {
      await traffic.stop();
    }

    // No crash and no unhandled rejection: still up, and it stops cleanly.
    expect(graph.gateway.logs.filter((line) => /unhandled/i.test(String(line.msg)))).toEqual([]);
    const exits = await graph.stop();
    expect(exits.gateway).toEqual({ code: 0, signal: null });
  });
});
