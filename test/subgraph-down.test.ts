import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPostgres } from './support/postgres-server.ts';
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
      for (const deadline = Date.now() + 20_000; count('with') < each || count('without') < each; ) {
        if (Date.now() > deadline) throw new Error(`only ${count('with')} + ${count('without')} answers within 20 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
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

describe('a subgraph killed with SIGKILL under load', () => {
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

  it('serves the other subgraphs, answers partial data naming it, and uses it again after restart', async () => {
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
        expect(body!.errors!.length).toBeGreaterThanOrEqual(1);
        for (const error of body!.errors!) {
          expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'master-studios' });
          expect(error.message).toMatch(/^The master-studios subgraph is unavailable/);
        }
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
