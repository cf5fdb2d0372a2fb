// A gateway told to stop (SIGTERM, as systemd and a rolling restart send) finishes the requests
// it holds before it exits, as its subgraphs do (lifecycle.test.ts): a load balancer cannot resend
// a request that was already answered, even with an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateProxy, type GateProxy } from './support/gate-proxy.ts';
import { testPostgres } from './support/postgres-server.ts';
import { startProcessGraph, type ProcessGraph } from './support/processes.ts';

describe('a gateway on SIGTERM', () => {
  let postgres: Awaited<ReturnType<typeof testPostgres>>;
  let graph: ProcessGraph;
  let proxy: GateProxy;
  beforeAll(async () => {
    postgres = await testPostgres();
    graph = await startProcessGraph({
      postgresUrl: postgres.url,
      routeVia: { 'master-studios': async (url) => (proxy = await startGateProxy(url)).url },
    });
  });
  afterAll(async () => {
    await graph?.stop();
    await proxy?.stop();
    await postgres?.destroy();
  });

  it('stops taking connections, answers the request in flight in full, then exits 0', async () => {
    // The request's second fetch waits at master-studios, as behind a slow query.
    proxy.close();
    const inFlight = graph.query('{ industry(code: "SMART_VEHICLES") { name studios { name } } }');
    // (The gateway's own health checks pass the proxy too.)
    await expect.poll(() => proxy.received.some((request) => request.body.includes('_entities')), { timeout: 10_000, interval: 20 }).toBe(true);

    graph.gateway.kill('SIGTERM');
    await graph.gateway.waitForLog((line) => line.msg === 'gateway stopping');
    await expect(fetch(graph.gateway.url, { method: 'POST' })).rejects.toThrow(); // no new connections

    proxy.open();
    const answer = await inFlight;
    expect(answer.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.data.industry.studios.length).toBeGreaterThan(0);
    expect(await graph.gateway.stop()).toEqual({ code: 0, signal: null });
  });
});
