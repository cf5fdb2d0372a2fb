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

describe('a gateway on SIGTERM with SHUTDOWN_DELAY_MS, behind a load balancer', () => {
  let postgres: Awaited<ReturnType<typeof testPostgres>>;
  let graph: ProcessGraph;
  beforeAll(async () => {
    postgres = await testPostgres();
    graph = await startProcessGraph({ postgresUrl: postgres.url, gatewayEnv: { SHUTDOWN_DELAY_MS: '1500' } });
  });
  afterAll(async () => {
    await graph?.stop();
    await postgres?.destroy();
  });

  it('fails its health check at once, answers for the delay with connection: close, then closes its port and exits 0', async () => {
    const health = new URL('/healthcheck', graph.gateway.url).href;
    expect((await fetch(health)).status).toBe(200);
    graph.gateway.kill('SIGTERM');
    await graph.gateway.waitForLog((line) => line.msg === 'gateway stopping');

    const unhealthy = await fetch(health);
    expect([unhealthy.status, await unhealthy.json()]).toEqual([503, { status: 'unavailable', reason: 'shutting down' }]);
    // A request the balancer sent before it took the gateway out is still answered, on a connection then closed.
    const late = await graph.query('{ masterStudioCountsByLevel { count } }');
    expect(late.errors).toBeUndefined();
    expect(late.headers.get('connection')).toBe('close');

    await expect.poll(() => fetch(health).then(() => 'open', () => 'closed'), { timeout: 5_000, interval: 100 }).toBe('closed');
    expect(await graph.gateway.stop()).toEqual({ code: 0, signal: null });
  });
});
