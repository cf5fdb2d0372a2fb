// Reads are cached at the gateway, each caller's apart (anonymous callers share theirs); a mutation
// through any gateway drops every cached answer that read a registry it writes, before its response
// is sent; signed-in callers never see or fill a PUBLIC entry. With Redis, several gateways share
// the cache.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileGraph } from './support/file-graph.ts';
import { redisInstalled, startRedis, type RedisServer } from './support/redis-server.ts';

const ADMIN = { subject: 'zhang.min', role: 'BUREAU_ADMIN' } as const;
const OTHER_ADMIN = { subject: 'li.na', role: 'BUREAU_ADMIN' } as const;
const SAME_SUBJECT_AS_STAFF = { subject: 'zhang.min', role: 'COLLEGE_STAFF', schoolId: 1 } as const;
const STUDIO = /* GraphQL */ `query Studio($id: ID!) { masterStudio(id: $id) { name version hostEnterprise { name } } }`;
// No `id` selected: the cache adds `__typename` and `id` to the mutation itself.
const RENAME = /* GraphQL */ `mutation Rename($id: ID!, $version: Int!, $name: String!) {
  updateMasterStudio(input: { id: $id, version: $version, name: $name }) { name }
}`;

const REGISTER = /* GraphQL */ `mutation Register($name: String!) {
  registerMasterStudio(input: { name: $name, kind: TECHNICIAN_STUDIO, level: DISTRICT, recognisedYear: 2025 }) { id }
}`;
const NAMED = /* GraphQL */ `query Named($name: String!) { masterStudios(filter: { nameContains: $name }, first: 10) { totalCount } }`;

const sqlOf = (statements: Record<string, number>) => Object.values(statements).reduce((a, b) => a + b, 0);

/** A request as any client sends it, to read the response's status and headers. */
const post = (url: string, query: string, variables: object = {}, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body: JSON.stringify({ query, variables }) });

async function metric(opsUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${opsUrl}/metrics`)).text();
  return Number(text.match(new RegExp(`^${name} (\\d+)$`, 'm'))?.[1] ?? NaN);
}

// One set of subgraphs; each test reads and changes studios of its own through gateways of its describe.
const graph = fileGraph();

describe('response cache in memory (the default of npm start)', () => {
  let gateway: { url: string; opsUrl?: string };
  beforeAll(async () => {
    gateway = await graph.addGateway({ responseCache: { mode: 'memory', ttlMs: 60_000 }, metricsPort: 0 });
  });

  it('answers a repeated anonymous read without asking the subgraphs, and counts hits and misses', async () => {
    const first = await graph.query(STUDIO, { id: '1' }, { via: gateway.url });
    expect(first.errors).toBeUndefined();
    expect(sqlOf(first.statements)).toBeGreaterThan(0);
    const second = await graph.query(STUDIO, { id: '1' }, { via: gateway.url });
    expect(second.data).toEqual(first.data);
    expect(sqlOf(second.statements)).toBe(0);
    expect(await metric(gateway.opsUrl!, 'gateway_response_cache_hits_total')).toBeGreaterThanOrEqual(1);
    expect(await metric(gateway.opsUrl!, 'gateway_response_cache_misses_total')).toBeGreaterThanOrEqual(1);
  });

  it('reads the new value right after a mutation response, though the mutation selected no id', async () => {
    const before = await graph.query(STUDIO, { id: '4' }, { via: gateway.url });
    await graph.query(STUDIO, { id: '4' }, { via: gateway.url });
    const renamed = await graph.query(RENAME, { id: '4', version: before.data.masterStudio.version, name: '缓存后改名' }, { as: ADMIN, via: gateway.url });
    expect(renamed.errors).toBeUndefined();
    const after = await graph.query(STUDIO, { id: '4' }, { via: gateway.url });
    expect(after.data.masterStudio.name).toBe('缓存后改名');
    expect(sqlOf(after.statements)).toBeGreaterThan(0);
    expect(await metric(gateway.opsUrl!, 'gateway_response_cache_invalidations_total')).toBeGreaterThanOrEqual(1);
  });

  it('never serves a PUBLIC entry to a signed-in caller', async () => {
    await graph.query(STUDIO, { id: '5' }, { via: gateway.url });
    const cached = await graph.query(STUDIO, { id: '5' }, { via: gateway.url });
    expect(sqlOf(cached.statements)).toBe(0);
    const signedIn = await graph.query(STUDIO, { id: '5' }, { as: ADMIN, via: gateway.url });
    expect(signedIn.data).toEqual(cached.data);
    expect(sqlOf(signedIn.statements)).toBeGreaterThan(0);
  });

  it('never fills a PUBLIC entry from a signed-in caller, nor from a read from the primary', async () => {
    await graph.query(STUDIO, { id: '6' }, { as: ADMIN, via: gateway.url });
    await graph.query(STUDIO, { id: '6' }, { via: gateway.url, headers: { 'x-read-from': 'primary' } });
    const anonymous = await graph.query(STUDIO, { id: '6' }, { via: gateway.url });
    expect(sqlOf(anonymous.statements)).toBeGreaterThan(0);
  });

  it("keeps a signed-in caller's answers to that caller alone", async () => {
    expect(sqlOf((await graph.query(STUDIO, { id: '8' }, { as: ADMIN, via: gateway.url })).statements)).toBeGreaterThan(0);
    const again = await graph.query(STUDIO, { id: '8' }, { as: ADMIN, via: gateway.url });
    expect(again.errors).toBeUndefined();
    expect(sqlOf(again.statements)).toBe(0);
    for (const other of [{ as: OTHER_ADMIN }, { as: SAME_SUBJECT_AS_STAFF }, {}]) {
      expect(sqlOf((await graph.query(STUDIO, { id: '8' }, { ...other, via: gateway.url })).statements)).toBeGreaterThan(0);
    }
  });

  it("shows every caller a record created by another in their next read of its list, which the mutation's result does not name", async () => {
    const name = '缓存新建工作室甲';
    const callers = [{}, { as: OTHER_ADMIN }, { as: ADMIN }];
    for (const caller of callers) {
      expect((await graph.query(NAMED, { name }, { ...caller, via: gateway.url })).data.masterStudios.totalCount).toBe(0);
      expect(sqlOf((await graph.query(NAMED, { name }, { ...caller, via: gateway.url })).statements)).toBe(0);
    }
    expect((await graph.query(REGISTER, { name }, { as: ADMIN, via: gateway.url })).errors).toBeUndefined();
    for (const caller of callers) {
      expect((await graph.query(NAMED, { name }, { ...caller, via: gateway.url })).data.masterStudios.totalCount).toBe(1);
    }
  });

  it('drops once more, a while after a mutation, the answers stored meanwhile of the registries it wrote', async () => {
    const quick = await graph.addGateway({ responseCache: { mode: 'memory', ttlMs: 60_000, reinvalidateAfterMs: 300 } });
    const name = '缓存新建工作室丙';
    const read = async () => sqlOf((await graph.query(NAMED, { name }, { via: quick.url })).statements);
    expect((await graph.query(REGISTER, { name }, { as: ADMIN, via: quick.url })).errors).toBeUndefined();
    // Stands for a read in flight across the write, or answered by a replica yet to apply it.
    expect(await read()).toBeGreaterThan(0);
    expect(await read()).toBe(0);
    await expect.poll(read).toBeGreaterThan(0);
  });

  it("sends no cache key as an ETag, and marks every answer, a cached one too, for no shared cache", async () => {
    for (let i = 0; i < 2; i++) {
      const response = await post(gateway.url, STUDIO, { id: '9' });
      expect((await response.json()).data.masterStudio).toBeTruthy();
      expect([response.headers.get('etag'), response.headers.get('last-modified')]).toEqual([null, null]);
      expect([response.headers.get('cache-control'), response.headers.get('x-content-type-options')]).toEqual(['no-store', 'nosniff']);
    }
  });

  it('drops nothing for a mutation an anonymous caller sends: it is refused, and wrote nothing', async () => {
    await graph.query(STUDIO, { id: '10' }, { via: gateway.url });
    const before = await metric(gateway.opsUrl!, 'gateway_response_cache_invalidations_total');
    const refused = await graph.query(RENAME, { id: '10', version: 1, name: '匿名改名' }, { via: gateway.url });
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await metric(gateway.opsUrl!, 'gateway_response_cache_invalidations_total')).toBe(before);
    expect(sqlOf((await graph.query(STUDIO, { id: '10' }, { via: gateway.url })).statements)).toBe(0);
  });

  it('never caches an audit log', async () => {
    const AUDIT = `{ masterStudiosAuditLog(first: 5) { totalCount } }`;
    await graph.query(AUDIT, undefined, { as: ADMIN, via: gateway.url });
    const again = await graph.query(AUDIT, undefined, { as: ADMIN, via: gateway.url });
    expect(again.errors).toBeUndefined();
    expect(sqlOf(again.statements)).toBeGreaterThan(0);
  });

  it("counts answers from the cache against the caller's rate limit", async () => {
    const limited = await graph.addGateway({
      responseCache: { mode: 'memory', ttlMs: 60_000 },
      rateLimit: { max: 3, windowSeconds: 3600, clientIpHeader: 'x-forwarded-for' },
    });
    const send = () => graph.query(STUDIO, { id: '9' }, { via: limited.url, headers: { 'x-forwarded-for': '198.51.100.9' } });
    const answers = [await send(), await send(), await send(), await send()];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(answers.slice(1, 3).map((answer) => sqlOf(answer.statements))).toEqual([0, 0]);
    expect(answers[3].errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(answers[3].errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('is off unless asked for: the graph of the other tests caches nothing', async () => {
    await graph.query(STUDIO, { id: '1' });
    const again = await graph.query(STUDIO, { id: '1' });
    expect(sqlOf(again.statements)).toBeGreaterThan(0);
  });
});

describe.skipIf(!redisInstalled)('response cache in Redis, shared by two gateways', () => {
  let redis: RedisServer;
  let a: { url: string };
  let b: { url: string };
  beforeAll(async () => {
    redis = await startRedis();
    const responseCache = { mode: 'redis' as const, redisUrl: redis.url, ttlMs: 60_000 };
    a = await graph.addGateway({ responseCache });
    b = await graph.addGateway({ responseCache });
  });
  afterAll(() => redis?.stop());

  it("answers If-None-Match naming another caller's cached answer in full, never with a 304 that would say it is there", async () => {
    await graph.query(STUDIO, { id: '6' }, { as: ADMIN, via: a.url });
    const client = new Redis(redis.url);
    try {
      // The admin's entry: its key holds a caller tag, a third part an anonymous key has not.
      const signedIn = async () => (await client.keys('answer:*')).find((key) => key.split('.').length === 3);
      await expect.poll(signedIn).toBeTruthy();
      const key = (await signedIn())!.slice('answer:'.length);
      const response = await post(a.url, '{ __typename }', {}, { 'if-none-match': key });
      expect(response.status).toBe(200);
      expect((await response.json()).data).toEqual({ __typename: 'Query' });
    } finally {
      client.disconnect();
    }
  });

  it('answers through gateway B what gateway A cached', async () => {
    const filled = await graph.query(STUDIO, { id: '2' }, { via: a.url });
    expect(sqlOf(filled.statements)).toBeGreaterThan(0);
    const shared = await graph.query(STUDIO, { id: '2' }, { via: b.url });
    expect(shared.data).toEqual(filled.data);
    expect(sqlOf(shared.statements)).toBe(0);
  });

  it('shows a write through gateway A in the next read through gateway B', async () => {
    const before = await graph.query(STUDIO, { id: '3' }, { via: b.url });
    expect(sqlOf((await graph.query(STUDIO, { id: '3' }, { via: b.url })).statements)).toBe(0);
    const renamed = await graph.query(RENAME, { id: '3', version: before.data.masterStudio.version, name: '经网关甲改名' }, { as: ADMIN, via: a.url });
    expect(renamed.errors).toBeUndefined();
    const after = await graph.query(STUDIO, { id: '3' }, { via: b.url });
    expect(after.data.masterStudio).toMatchObject({ name: '经网关甲改名', version: before.data.masterStudio.version + 1 });
  });

  it('drops cached answers that hold a changed entity of another registry', async () => {
    // Studio 1's answer holds its host enterprise, which pay-policies owns.
    const cached = await graph.query(STUDIO, { id: '1' }, { via: a.url });
    const host = await graph.query(`{ masterStudio(id: "1") { hostEnterprise { id version } } }`, undefined, { via: b.url });
    const { id, version } = host.data.masterStudio.hostEnterprise;
    const renamed = await graph.query(
      `mutation { updateEnterprise(input: { id: "${id}", version: ${version}, name: "改名企业" }) { name } }`, undefined, { as: ADMIN, via: b.url });
    expect(renamed.errors).toBeUndefined();
    const after = await graph.query(STUDIO, { id: '1' }, { via: a.url });
    expect(after.data.masterStudio.hostEnterprise.name).toBe('改名企业');
    expect(after.data.masterStudio.hostEnterprise.name).not.toBe(cached.data.masterStudio.hostEnterprise.name);
  });

  it("never serves or fills a PUBLIC entry for a signed-in caller, whose own answers both gateways share", async () => {
    await graph.query(STUDIO, { id: '7' }, { as: ADMIN, via: a.url });
    expect(sqlOf((await graph.query(STUDIO, { id: '7' }, { via: b.url })).statements)).toBeGreaterThan(0);
    expect(sqlOf((await graph.query(STUDIO, { id: '7' }, { as: OTHER_ADMIN, via: b.url })).statements)).toBeGreaterThan(0);
    expect(sqlOf((await graph.query(STUDIO, { id: '7' }, { as: ADMIN, via: b.url })).statements)).toBe(0);
  });

  it('shows an anonymous caller, through gateway B, a record created through gateway A', async () => {
    const name = '缓存新建工作室乙';
    await graph.query(NAMED, { name }, { via: b.url });
    expect(sqlOf((await graph.query(NAMED, { name }, { via: b.url })).statements)).toBe(0);
    expect((await graph.query(REGISTER, { name }, { as: ADMIN, via: a.url })).errors).toBeUndefined();
    expect((await graph.query(NAMED, { name }, { via: b.url })).data.masterStudios.totalCount).toBe(1);
  });

  it('keeps the answers of registries a mutation does not write', async () => {
    const ENTERPRISE = `{ enterprise(id: "2") { name } }`;
    const STUDIOS = `{ masterStudios(first: 3) { totalCount } }`;
    const studio = await graph.query(`{ masterStudio(id: "10") { version } }`, undefined, { via: a.url });
    for (const query of [ENTERPRISE, STUDIOS]) await graph.query(query, undefined, { via: a.url });
    const touched = await graph.query(
      `mutation { updateMasterStudio(input: { id: "10", version: ${studio.data.masterStudio.version}, town: "瓜沥镇" }) { town hostEnterprise { name } } }`,
      undefined, { as: ADMIN, via: b.url });
    expect(touched.errors).toBeUndefined();
    // pay-policies answers the enterprise; master-studios, which the mutation wrote, the studios.
    expect(sqlOf((await graph.query(ENTERPRISE, undefined, { via: a.url })).statements)).toBe(0);
    expect(sqlOf((await graph.query(STUDIOS, undefined, { via: b.url })).statements)).toBeGreaterThan(0);
  });
});

describe.skipIf(!redisInstalled)('response cache in Redis: what it keeps and sends', () => {
  let redis: RedisServer;
  let client: Redis;
  let gateway: { url: string };
  const DIRECTORY = /* GraphQL */ `query Directory($first: Int!) { masterStudios(first: $first) { edges { node { id name hostEnterprise { name } } } } }`;
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
    gateway = await graph.addGateway({ responseCache: { mode: 'redis', redisUrl: redis.url, ttlMs: 400 } });
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  // Calls of each command the gateway sent (commands a script runs are counted under their own names).
  const calls = async () => {
    const stats = await client.info('commandstats');
    const count = (command: string) => Number(stats.match(new RegExp(`^cmdstat_${command}:calls=(\\d+)`, 'm'))?.[1] ?? 0);
    return { get: count('get'), scripts: count('evalsha') + count('eval') };
  };

  it('stores an answer with one command, whatever number of entities it holds', async () => {
    // A first store loads the script into Redis.
    await graph.query(DIRECTORY, { first: 1 }, { via: gateway.url });
    await expect.poll(async () => (await calls()).scripts).toBeGreaterThan(0);
    const before = await calls();
    const answered = await graph.query(DIRECTORY, { first: 50 }, { via: gateway.url });
    expect(answered.data.masterStudios.edges.length).toBeGreaterThan(20);
    // The store is not awaited by the response, so its call may reach Redis just after it.
    // Two look-ups of a miss: Yoga's plugin looks before parsing, envelop's again before executing.
    await expect.poll(async () => {
      const after = await calls();
      return { get: after.get - before.get, scripts: after.scripts - before.scripts };
    }).toEqual({ get: 2, scripts: 1 });
  });

  it('indexes an answer under the registries it read, and keeps nothing once the answers have expired', async () => {
    await graph.query(DIRECTORY, { first: 20 }, { via: gateway.url });
    await expect.poll(async () => (await client.keys('entity:*')).sort()).toEqual(['entity:(registry):master-studios', 'entity:(registry):pay-policies']);
    await expect.poll(() => client.keys('*')).toEqual([]);
  });
});
