// The gateway as production configures it: no introspection, no GraphiQL, no form-encoded or
// multipart posts, and a budget of operations per client (anonymous by IP, signed in by subject).
import { loadManifest } from '@partnership/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type Graph } from './support/graph.ts';

const LIMIT = 100;
// Long enough that no burst outlasts it, however slow the machine.
const WINDOW_SECONDS = 3600;
let graph: Graph;
beforeAll(async () => {
  graph = await startGraph({
    gateway: { introspection: false, graphiql: false, rateLimit: { max: LIMIT, windowSeconds: WINDOW_SECONDS, clientIpHeader: 'x-forwarded-for' } },
  });
});
afterAll(() => graph?.stop());

/** Each test is its own client address, so budgets do not leak between tests. */
let clients = 0;
const newClient = () => ({ 'x-forwarded-for': `203.0.113.7, 198.51.100.${++clients}` });

async function post(body: string, headers: Record<string, string>) {
  const response = await fetch(graph.url, { method: 'POST', headers, body });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('introspection and GraphiQL', () => {
  it('are refused, while __typename and the explorer\'s trusted operations still run', async () => {
    const headers = newClient();
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "MasterStudio") { fields { name } } }']) {
      const { status, errors } = await graph.query(query, {}, { headers });
      expect(status).toBe(400);
      expect(errors![0].message).toMatch(/GraphQL introspection has been disabled/);
    }
    expect((await graph.query('{ __typename }', {}, { headers })).data).toEqual({ __typename: 'Query' });
    const overview = Object.entries(loadManifest()).find(([, text]) => /\bquery Overview\b/.test(text))![0];
    const response = await fetch(graph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: overview } } }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.certificationSummary.peopleCertified).toBe(5926);
  });

  it('GraphiQL is not served to a browser', async () => {
    const response = await fetch(graph.url, { headers: { accept: 'text/html', ...newClient() } });
    expect(await response.text()).not.toMatch(/graphiql/i);
    expect(response.status).not.toBe(200);
  });
});

describe('cross-site requests', () => {
  const query = '{ masterStudios { totalCount } }';

  it.each([
    ['form-encoded', 'application/x-www-form-urlencoded', `query=${encodeURIComponent(query)}`],
    ['multipart', 'multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query })}\r\n--x--\r\n`],
    ['text/plain', 'text/plain', JSON.stringify({ query })],
  ])('a %s post is refused with 403 and runs nothing', async (_, contentType, body) => {
    const { status, text } = await post(body, { 'content-type': contentType, ...newClient() });
    expect(status).toBe(403);
    expect(text).toMatch(/Required CSRF header/);
    expect(text).not.toMatch(/totalCount/);
  });

  it('a GET needs the CSRF header, and a mutation by GET stays refused with it', async () => {
    const url = (q: string) => `${graph.url}?query=${encodeURIComponent(q)}`;
    expect((await fetch(url(query), { headers: newClient() })).status).toBe(403);
    const read = await fetch(url(query), { headers: { 'x-graphql-csrf': '1', accept: 'application/json', ...newClient() } });
    expect(read.status).toBe(200);
    const mutation = await fetch(url('mutation { retireMasterStudio(input: { id: "3", version: 1 }) { id } }'), {
      headers: { 'x-graphql-csrf': '1', accept: 'application/json', ...newClient() },
    });
    expect(mutation.status).toBe(405);
  });

  it('a JSON post needs no header', async () => {
    const { data, status } = await graph.query(query, {}, { headers: newClient() });
    expect(status).toBe(200);
    expect(data.masterStudios.totalCount).toBe(76);
  });
});

describe('rate limiting', () => {
  /** Sends `count` requests at once; their HTTP statuses and bodies. */
  const burst = (count: number, headers: Record<string, string>) =>
    Promise.all(Array.from({ length: count }, () => post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json', ...headers })));

  it(`lets ${LIMIT} anonymous operations from one address through in a burst of 500 and answers the rest 429, saying when to retry`, async () => {
    const results = await burst(500, newClient());
    const limited = results.filter((r) => r.status === 429);
    expect(results.filter((r) => r.status === 200)).toHaveLength(LIMIT);
    expect(limited).toHaveLength(500 - LIMIT);
    const error = JSON.parse(limited[0].text).errors[0];
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(error.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.message).toMatch(new RegExp(`^Too many requests from IP 198\\.51\\.100\\.\\d+: at most ${LIMIT} root fields per ${WINDOW_SECONDS} s\\. Retry in \\d+ s\\.$`));
    expect(Number(limited[0].headers.get('retry-after'))).toBe(error.extensions.retryAfterSeconds);
  });

  it('throttles 500 forged tokens: 401 while the budget lasts, then 429', async () => {
    const results = await burst(500, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged', ...newClient() });
    expect(results.filter((r) => r.status === 401)).toHaveLength(LIMIT);
    expect(results.filter((r) => r.status === 429)).toHaveLength(500 - LIMIT);
  });

  it('counts each root field, in fragments too, and not the fields they select', async () => {
    // Four root fields: masterStudios, b, c and d; what masterStudios selects is not counted.
    const query = `query Four { masterStudios(first: 1) { totalCount edges { node { id name } } } ... on Query { b: __typename } ...CD }
      fragment CD on Query { c: __typename d: __typename }`;
    const headers = { 'content-type': 'application/json', ...newClient() };
    const statuses: number[] = [];
    const first = await post(JSON.stringify({ query }), headers);
    expect(JSON.parse(first.text)).toMatchObject({ data: { masterStudios: { totalCount: expect.any(Number) }, b: 'Query', c: 'Query', d: 'Query' } });
    statuses.push(first.status);
    for (let i = 1; i <= LIMIT / 4; i++) statuses.push((await post(JSON.stringify({ query }), headers)).status);
    expect(statuses.slice(0, LIMIT / 4).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('gives each signed-in subject its own budget, wherever it calls from', async () => {
    const address = newClient();
    const first = { authorization: `Bearer ${await graph.token({ subject: 'zhang.min', role: 'BUREAU_ADMIN' })}`, ...address };
    const second = { authorization: `Bearer ${await graph.token({ subject: 'li.wei', role: 'COLLEGE_STAFF', schoolId: 1 })}`, ...address };
    const spent = await burst(LIMIT + 20, first);
    expect(spent.filter((r) => r.status === 429)).toHaveLength(20);
    expect(JSON.parse(spent.find((r) => r.status === 429)!.text).errors[0].message).toMatch(/^Too many requests from subject zhang\.min/);
    expect((await burst(LIMIT, second)).every((r) => r.status === 200)).toBe(true);
    // Anonymous callers from the same address have theirs too.
    expect((await burst(1, address))[0].status).toBe(200);
  });
});
