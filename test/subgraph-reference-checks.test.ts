// A gateway run as production runs it (trusted documents only, a rate limit per client) still
// answers the subgraphs' own reference and filter-code checks, which they send as ad-hoc documents
// named and signed with their own secret; a client gets nothing from a wrong or borrowed pair.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type Graph } from './support/graph.ts';
import { startGateProxy, type GateProxy } from './support/gate-proxy.ts';

const REGISTER_CLASS = `mutation RegisterClass($input: RegisterEnterpriseClassInput!) { registerEnterpriseClass(input: $input) { id name partnerEnterprise { id } } }`;
const REGISTER_STUDIO = `mutation RegisterStudio($input: RegisterMasterStudioInput!) { registerMasterStudio(input: $input) { id hostEnterprise { id } } }`;
const STUDIOS_IN = `query StudiosIn($codes: [String!]) { masterStudios(filter: { industryCodes: $codes }) { totalCount } }`;
const INDUSTRIES = `query Industries { industries { code } }`;
const DOCUMENTS = [REGISTER_CLASS, REGISTER_STUDIO, STUDIOS_IN, INDUSTRIES];
const hashOf = (document: string) => createHash('sha256').update(document).digest('hex');

// Fewer operations than the checks below make from the subgraphs' one address.
const LIMIT = 4;
const STAFF = { subject: 'li.wei', role: 'COLLEGE_STAFF', schoolId: 1 } as const;
const ADMIN = { subject: 'bureau', role: 'BUREAU_ADMIN' } as const;

let graph: Graph;
// In front of pay-policies, which owns the enterprises the others' checks ask about.
let payPolicies!: GateProxy;
beforeAll(async () => {
  graph = await startGraph({
    gateway: {
      trustedDocuments: { manifest: Object.fromEntries(DOCUMENTS.map((d) => [hashOf(d), d])), only: true },
      rateLimit: { max: LIMIT, windowSeconds: 3600, clientIpHeader: 'x-forwarded-for' },
    },
    routeVia: { 'pay-policies': async (url) => (payPolicies = await startGateProxy(url)).url },
  });
});
afterAll(async () => {
  await graph?.stop();
  await payPolicies?.stop();
});

/** Each call is its own client address, so no budget runs out but the subgraphs'. */
let clients = 0;
const newClient = () => ({ 'x-forwarded-for': `198.51.100.${++clients}` });

/** Runs a trusted document by its hash, as the explorer does. */
async function run(document: string, variables: Record<string, unknown>, as?: typeof STAFF | typeof ADMIN) {
  const bearer = as && (await graph.token(as));
  const response = await fetch(graph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...newClient(), ...(bearer && { authorization: `Bearer ${bearer}` }) },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(document) } } }),
  });
  return { status: response.status, ...(await response.json()) };
}

describe("the subgraphs' own checks, under trusted documents only", () => {
  it('let a write naming an existing enterprise through, and refuse a missing one as missing', async () => {
    const classInput = { schoolId: '1', name: '参照检查订单班', cohortYear: 2025, seats: 30 };
    const written = await run(REGISTER_CLASS, { input: { ...classInput, partnerEnterpriseId: '5' } }, STAFF);
    expect(written.errors).toBeUndefined();
    expect(written.data.registerEnterpriseClass).toMatchObject({ name: '参照检查订单班', partnerEnterprise: { id: '5' } });

    const studio = await run(REGISTER_STUDIO, { input: { name: '参照检查工作室', kind: 'TECHNICIAN_STUDIO', level: 'DISTRICT', recognisedYear: 2025, hostEnterpriseId: '6' } }, ADMIN);
    expect(studio.errors).toBeUndefined();
    expect(studio.data.registerMasterStudio.hostEnterprise).toEqual({ id: '6' });

    const missing = await run(REGISTER_CLASS, { input: { ...classInput, name: '无企业订单班', partnerEnterpriseId: '99999' } }, STAFF);
    expect(missing.data?.registerEnterpriseClass ?? null).toBeNull();
    expect(missing.errors).toEqual([
      expect.objectContaining({
        message: 'input.partnerEnterpriseId refers to Enterprise 99999, which does not exist.',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.partnerEnterpriseId' }),
      }),
    ]);
  });

  it("say a write could not be checked, not that the gateway timed out, while the registry asked holds its answer, and carry the write's request id", async () => {
    payPolicies.close();
    const seen = payPolicies.received.length;
    try {
      const response = await fetch(graph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...newClient(), authorization: `Bearer ${await graph.token(STAFF)}`, 'x-request-id': 'write-held-0001' },
        body: JSON.stringify({
          variables: { input: { schoolId: '1', name: '等待核对的订单班', partnerEnterpriseId: '3' } },
          extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(REGISTER_CLASS) } },
        }),
      });
      const { errors } = await response.json();
      expect(errors?.[0].extensions).toMatchObject({ code: 'REFERENCE_CHECK_UNAVAILABLE', field: 'input.partnerEnterpriseId' });
      expect(payPolicies.received.slice(seen).map((r) => r.headers['x-request-id'])).toContain('write-held-0001');
    } finally {
      payPolicies.open();
    }
  });

  it('refuse an unknown industry code in a filter, naming the valid ones, however many checks the subgraphs make', async () => {
    const { data } = await run(INDUSTRIES, {});
    const codes = data.industries.map((i: { code: string }) => i.code).sort();
    // Each refusal asks the gateway twice (the codes, then the catalogue): past the limit, were they counted.
    for (let i = 0; i < LIMIT; i++) {
      const { errors } = await run(STUDIOS_IN, { codes: ['SMART_VEHICLES', `SMART_VEHICLE_${i}`] });
      expect(errors?.[0]).toMatchObject({
        message: `filter.industryCodes has unknown industry code(s) SMART_VEHICLE_${i}; valid industry codes: ${codes.join(', ')}.`,
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.industryCodes' },
      });
    }
    expect((await run(STUDIOS_IN, { codes: ['SMART_VEHICLES'] })).data.masterStudios.totalCount).toBeGreaterThan(0);
  });

  it("carry no caller's secret or name on to the subgraph they ask: only that subgraph's own secret", async () => {
    payPolicies.received.length = 0;
    const { errors } = await run(REGISTER_CLASS, { input: { schoolId: '1', name: '转发检查订单班', partnerEnterpriseId: '7', cohortYear: 2025, seats: 20 } }, STAFF);
    expect(errors).toBeUndefined();
    const checks = payPolicies.received.filter((r) => r.body.includes('enterprise(id:'));
    expect(checks.length).toBeGreaterThan(0);
    for (const { headers } of payPolicies.received) {
      expect(headers['x-subgraph-secret']).toBe(graph.secrets['pay-policies']);
      expect(headers['x-subgraph-name']).toBeUndefined();
    }
  });
});

describe('a client sending an ad-hoc document with a name and secret', () => {
  const query = '{ enterprise(id: "5") { __typename } }';

  it.each([
    ['a wrong secret', () => ({ 'x-subgraph-name': 'enterprise-classes', 'x-subgraph-secret': 'f'.repeat(64) })],
    ["another subgraph's secret", () => ({ 'x-subgraph-name': 'enterprise-classes', 'x-subgraph-secret': graph.secrets['master-studios'] })],
    ['an unknown name', () => ({ 'x-subgraph-name': 'gateway', 'x-subgraph-secret': graph.secrets['master-studios'] })],
  ])('is refused as any client with %s', async (_case, pair) => {
    const { status, data, errors } = await graph.query(query, {}, { headers: { ...newClient(), ...pair() } });
    expect(status).toBe(400);
    expect(data ?? null).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
  });

  it('reads as PUBLIC even with the right pair: forged identity headers are ignored and writes refused', async () => {
    const pair = { 'x-subgraph-name': 'master-studios', 'x-subgraph-secret': graph.secrets['master-studios'] };
    const read = await graph.query(query, {}, { headers: { ...newClient(), ...pair } });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ enterprise: { __typename: 'Enterprise' } });
    const forged = { 'x-actor-role': 'BUREAU_ADMIN', 'x-actor-subject': 'mallory' };
    const write = await graph.query(`mutation { retireMasterStudio(input: { id: "8", version: 1, reason: "x" }) { id } }`, {}, { headers: { ...newClient(), ...pair, ...forged } });
    expect(write.data?.retireMasterStudio ?? null).toBeNull();
    expect(write.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
