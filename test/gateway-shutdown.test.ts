// A gateway told to stop (SIGTERM, as systemd and a rolling restart send) finishes the requests
// it holds before it exits, as its subgraphs do (lifecycle.test.ts): a load balancer cannot resend
// a request that was already answered, even with an error. Its /healthcheck, where the balancer
// routes, passes only while it can serve the graph, so a restarted gateway rejoins when it can.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REGISTRY_NAMES, registryEnv } from '@partnership/kit/config';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.ts';
import { startGateProxy, type GateProxy } from './support/gate-proxy.ts';
import { testPostgres } from './support/postgres-server.ts';
import { gatewayEntry, repoRoot, spawnService, startProcessGraph, type ProcessGraph, type ServiceProcess } from './support/processes.ts';

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

describe("a gateway's /healthcheck, where a load balancer routes", () => {
  const secret = () => randomBytes(32).toString('hex');
  /** A gateway on its own: every registry's URL is a port nothing listens on. */
  async function gatewayAlone(env: Record<string, string> = {}) {
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    const registries = REGISTRY_NAMES.flatMap((name) => [[registryEnv(name).url, nowhere], [registryEnv(name).secret, secret()]]);
    return spawnService('gateway', gatewayEntry, {
      env: { GATEWAY_PORT: '0', GATEWAY_METRICS_PORT: '0', GATEWAY_RESPONSE_CACHE: 'off', JWT_SECRET: secret(), ...Object.fromEntries(registries), ...env },
    });
  }
  const probe = async (url: string) => {
    const response = await fetch(url);
    return [response.status, await response.json()];
  };
  let gateway: ServiceProcess | undefined;
  afterEach(async () => {
    await gateway?.stop();
    gateway = undefined;
  });

  it('passes once the supergraph is loaded, though no registry answers (readiness fails)', async () => {
    gateway = await gatewayAlone();
    expect(await probe(new URL('/healthcheck', gateway.url).href)).toEqual([200, { status: 'ready' }]);
    expect(await probe(`${gateway.opsUrl}/readiness`)).toEqual([503, { status: 'unavailable', reason: expect.stringMatching(/^subgraphs not answering: /) }]);
  });

  it('fails, its port open, while the gateway cannot load its supergraph', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'supergraph-'));
    try {
      // Composed text that parses but cannot be planned: a type joined to a graph there is not.
      const supergraph = readFileSync(path.join(repoRoot, 'schema/supergraph.graphql'), 'utf8');
      writeFileSync(path.join(dir, 'supergraph.graphql'), supergraph.replace('@join__type(graph: PAY_POLICIES)', '@join__type(graph: NOWHERE)'));
      gateway = await gatewayAlone({ SUPERGRAPH_PATH: path.join(dir, 'supergraph.graphql') });
      const unhealthy = [503, { status: 'unavailable', reason: expect.stringMatching(/^supergraph not loaded: .*NOWHERE/) }];
      expect(await probe(new URL('/healthcheck', gateway.url).href)).toEqual(unhealthy);
      expect(await probe(`${gateway.opsUrl}/readiness`)).toEqual(unhealthy);
      // Alive all the same (a restart would load the same file): liveness passes.
      expect((await fetch(`${gateway.opsUrl}/healthcheck`)).status).toBe(200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
