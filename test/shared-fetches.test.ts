// The gateway lets identical subgraph queries in flight share one fetch, but only for callers
// with the same identity: answers that depend on who asks (audit logs, own-school records) never
// cross from one caller to another.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateProxy, type GateProxy } from './support/gate-proxy.ts';
import { startGraph, type Graph, type QueryResult } from './support/graph.ts';

const STUDIO = /* GraphQL */ `{ masterStudio(id: "1") { name } }`;
const AUDIT = /* GraphQL */ `{ masterStudiosAuditLog(first: 1) { totalCount } }`;
const ADMIN_A = { subject: 'bureau-a', role: 'BUREAU_ADMIN' } as const;
const ADMIN_B = { subject: 'bureau-b', role: 'BUREAU_ADMIN' } as const;
// Time for every request sent to reach the gateway's subgraph fetch while the first one is held.
const SETTLE_MS = 500;

// Every gateway of the file reaches master-studios through the gate.
let graph: Graph;
let proxy: GateProxy;
beforeAll(async () => {
  graph = await startGraph({ routeVia: { 'master-studios': async (url) => (proxy = await startGateProxy(url)).url } });
});
afterAll(async () => {
  await graph?.stop();
  await proxy?.stop();
});

/** Sends the requests while the gate is closed, lets them pile up, then opens it. */
async function heldTogether<T>(proxy: GateProxy, expectedFetches: number, send: () => Promise<T>[]) {
  proxy.received.length = 0;
  proxy.close();
  const answers = Promise.all(send());
  // Bounded, so that too few fetches fail the assertions rather than time the test out.
  await Promise.race([proxy.arrived(expectedFetches), sleep(10_000)]);
  await sleep(SETTLE_MS);
  proxy.open();
  return answers;
}

describe('in-flight subgraph fetches, shared by default', () => {
  it('identical queries from one caller share one fetch, and each gets the whole answer', async () => {
    const answers = await heldTogether(proxy, 1, () => Array.from({ length: 5 }, () => graph.query(STUDIO)));
    expect(proxy.received).toHaveLength(1);
    for (const answer of answers) expect(answer).toMatchObject({ data: { masterStudio: { name: '陆立军大师工作室' } } });
  });

  it('callers with different identities never share: each gets the answer for who they are', async () => {
    const [publicCaller, adminA, adminB] = await heldTogether(proxy, 3, () => [
      graph.query(AUDIT),
      graph.query(AUDIT, {}, { as: ADMIN_A }),
      graph.query(AUDIT, {}, { as: ADMIN_B }),
    ]);
    expect(proxy.received.map((r) => r.headers['x-actor-subject'] ?? 'public').sort()).toEqual(['bureau-a', 'bureau-b', 'public']);
    expect(publicCaller.data).toEqual({ masterStudiosAuditLog: null });
    expect(publicCaller.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', field: 'masterStudiosAuditLog' });
    for (const admin of [adminA, adminB]) {
      expect(admin.errors).toBeUndefined();
      expect(admin.data.masterStudiosAuditLog.totalCount).toEqual(expect.any(Number));
    }
  });

  it('headers a client puts in the request extensions do not reach the subgraph', async () => {
    const [answer] = await heldTogether(proxy, 1, () => [
      fetch(graph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: AUDIT, extensions: { headers: { 'x-actor-role': 'BUREAU_ADMIN', 'x-actor-subject': 'eve' } } }),
      }).then((response) => response.json()),
    ]);
    expect(proxy.received[0].headers).not.toHaveProperty('x-actor-role');
    expect(answer.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a caller who gives up does not take the shared fetch down for the others', async () => {
    const quitter = new AbortController();
    const [gaveUp, stayed] = (await heldTogether<unknown>(proxy, 1, () => {
      const first = fetch(graph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: STUDIO }),
        signal: quitter.signal,
      }).then(() => 'answered', (error: Error) => error.name);
      setTimeout(() => quitter.abort(), SETTLE_MS / 2);
      return [first, graph.query(STUDIO)];
    })) as [string, QueryResult<any>];
    expect(gaveUp).toBe('AbortError');
    expect(stayed).toMatchObject({ data: { masterStudio: { name: '陆立军大师工作室' } } });
    expect(stayed.errors).toBeUndefined();
  });
});

describe('with sharing turned off', () => {
  let unshared: { url: string };
  beforeAll(async () => {
    unshared = await graph.addGateway({ deduplicateSubgraphRequests: false });
  });

  it('every request makes its own fetch', async () => {
    await heldTogether(proxy, 5, () => Array.from({ length: 5 }, () => graph.query(STUDIO, undefined, { via: unshared.url })));
    expect(proxy.received).toHaveLength(5);
  });
});
