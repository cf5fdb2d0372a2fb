import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noTestPostgres, skipBecause, testPostgres } from './support/postgres-server.ts';
import { startProcessGraph, type ProcessGraph } from './support/processes.ts';
import { startStallProxy, type StallProxy } from './support/stall-proxy.ts';

const QUERY = /* GraphQL */ `{ enterprise(id: "5") { name } masterStudio(id: "1") { name } }`;
const TIMEOUT_MS = 1_000;

describe.skipIf(skipBecause(noTestPostgres))('a subgraph that stalls past its timeout', () => {
  let postgres: Awaited<ReturnType<typeof testPostgres>>;
  let proxy: StallProxy;
  let graph: ProcessGraph;
  beforeAll(async () => {
    postgres = await testPostgres();
    graph = await startProcessGraph({
      postgresUrl: postgres.url,
      // master-studios gets its own, shorter timeout than the rest.
      gatewayEnv: { GATEWAY_SUBGRAPH_TIMEOUT_MS: '5000', MASTER_STUDIOS_TIMEOUT_MS: String(TIMEOUT_MS) },
      // The gateway reaches master-studios through a proxy that can stop answering.
      routeVia: { 'master-studios': async (url) => (proxy = await startStallProxy(url)).url },
    });
  });
  afterAll(async () => {
    await graph?.stop();
    await proxy?.close();
    await postgres?.destroy();
  });

  it('answers within timeout + 1 s: the other subgraph’s data, null and GATEWAY_TIMEOUT for the stalled one', async () => {
    expect((await graph.query(QUERY)).errors).toBeUndefined();
    proxy.stall();

    const started = performance.now();
    const { status, data, errors } = await graph.query(QUERY);
    const elapsed = performance.now() - started;

    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1_000);
    expect(status).toBe(200);
    expect(data).toEqual({ enterprise: { name: '杭州正强传动股份有限公司' }, masterStudio: null });
    expect(errors).toEqual([
      {
        message: `The master-studios subgraph did not answer within ${TIMEOUT_MS} ms; the fields it serves are null. Retry shortly: a query is safe to retry, and so is a write sent with an idempotencyKey (retry it with the same key); a write sent without one may have been made, and retrying it may make it twice.`,
        extensions: { code: 'GATEWAY_TIMEOUT', serviceName: 'master-studios' },
        path: ['masterStudio'],
      },
    ]);
    // A field it adds to another registry's record: the runtime's path names that record (as for a
    // subgraph it cannot reach), which is served with the field null.
    const nested = await graph.query(`{ enterprise(id: "5") { name studios { name } } }`);
    expect(nested.data).toEqual({ enterprise: { name: '杭州正强传动股份有限公司', studios: null } });
    expect(nested.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['GATEWAY_TIMEOUT', ['enterprise']]]);
  });

  it('serves it again once it answers', async () => {
    proxy.resume();
    const { data, errors } = await graph.query(QUERY);
    expect(errors).toBeUndefined();
    expect(data.masterStudio).toEqual({ name: '陆立军大师工作室' });
  });
});
