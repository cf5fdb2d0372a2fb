// The closed perimeter: subgraphs answer only the gateway (their own secret, health exempt), the
// gateway refuses bad tokens with 401 before anything runs, and identity comes from the token only;
// operation limits count page sizes whether written in or sent as variables.
import { readFileSync } from 'node:fs';
import { getOperationAST, parse } from 'graphql';
import { DEFAULT_LIMITS, EXPLORER_MANIFEST } from '@partnership/gateway';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type Graph } from './support/graph.ts';

let graph: Graph;
beforeAll(async () => {
  // As in production (NODE_ENV=production): no field suggestions for anonymous callers.
  graph = await startGraph({ gateway: { limits: { ...DEFAULT_LIMITS, hideSuggestionsFromPublic: true } } });
});
afterAll(() => graph?.stop());

const ADMIN = { subject: 'bureau', role: 'BUREAU_ADMIN' } as const;
const AUDIT_TOTAL = `{ masterStudiosAuditLog { totalCount } }`;
const RENAME = `mutation { updateMasterStudio(input: { id: "3", version: 1, name: "Renamed around the gateway" }) { id name } }`;

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

async function auditTotal(): Promise<number> {
  const { data } = await graph.query(AUDIT_TOTAL, {}, { as: ADMIN });
  return data.masterStudiosAuditLog.totalCount;
}

describe('subgraphs called around the gateway', () => {
  const names = ['enterprise-classes', 'master-studios', 'pay-policies'];

  it.each(names)('%s refuses a request without its secret: 401 and no data', async (name) => {
    const { status, body } = await post(graph.subgraphUrls[name], { query: '{ __typename _service { sdl } }' });
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(/answers only the gateway: the x-subgraph-secret header is missing or wrong/);
  });

  it.each(names)("%s refuses another subgraph's secret", async (name) => {
    const other = names.find((n) => n !== name)!;
    const { status, body } = await post(graph.subgraphUrls[name], { query: '{ __typename }' }, { 'x-subgraph-secret': graph.secrets[other] });
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
  });

  it('ignores forged identity headers without the secret, and writes nothing', async () => {
    const before = await auditTotal();
    const forged = { 'x-actor-role': 'BUREAU_ADMIN', 'x-actor-subject': 'mallory' };
    const { status, body } = await post(graph.subgraphUrls['master-studios'], { query: RENAME }, forged);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(await auditTotal()).toBe(before);
  });

  it.each(names)('%s answers its health check without a secret', async (name) => {
    const response = await fetch(graph.subgraphUrls[name].replace(/\/graphql$/, '/health'));
    expect(response.status).toBe(200);
  });

  it('answers the gateway: the right secret and no identity is a PUBLIC read', async () => {
    const secret = { 'x-subgraph-secret': graph.secrets['master-studios'] };
    const read = await post(graph.subgraphUrls['master-studios'], { query: '{ masterStudio(id: "1") { name } }' }, secret);
    expect(read.body.data.masterStudio.name).toBe('陆立军大师工作室');
    const write = await post(graph.subgraphUrls['master-studios'], { query: RENAME }, secret);
    expect(write.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('tokens at the gateway', () => {
  const QUERY = '{ masterStudio(id: "1") { name } }';

  it('reads as PUBLIC without a token', async () => {
    const { data, status } = await graph.query(QUERY);
    expect(status).toBe(200);
    expect(data.masterStudio.name).toBe('陆立军大师工作室');
  });

  it.each([
    ['not a JWT', async () => 'not-a-jwt', /not a well-formed JWT/],
    ['expired', () => graph.token(ADMIN, -60), /it has expired/],
    ['signed with another key', () => new SignJWT({ role: 'BUREAU_ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('m').setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(64))), /signature does not verify/],
    ['without an expiry', () => new SignJWT({ role: 'BUREAU_ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('m').sign(new TextEncoder().encode('x'.repeat(64))), /refused/],
    ['for an unknown role', () => graph.token({ subject: 'm', role: 'PUBLIC' }), /claim role must be one of BUREAU_ADMIN, COLLEGE_STAFF, ENTERPRISE_HR/],
    ['COLLEGE_STAFF without a schoolId', () => graph.token({ subject: 'm', role: 'COLLEGE_STAFF' }), /claim schoolId must be a positive whole number/],
  ])('refuses a token that is %s with 401, a clear reason and no data', async (_case, make, reason) => {
    const { status, data, errors } = await graph.query(QUERY, {}, { as: await make() });
    expect(status).toBe(401);
    expect(data).toBeUndefined();
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(errors?.[0].message).toMatch(reason);
  });

  it('hides field suggestions from PUBLIC, and gives them to a signed-in caller', async () => {
    const typo = '{ masterStudio(id: "1") { nme } }';
    const anonymous = await graph.query(typo);
    expect(anonymous.errors?.[0]).toMatchObject({ message: 'Cannot query field "nme" on type "MasterStudio".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const staff = await graph.query(typo, {}, { as: ADMIN });
    expect(staff.errors?.[0].message).toBe('Cannot query field "nme" on type "MasterStudio". Did you mean "name"?');
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const { status, errors } = await graph.query(QUERY, {}, { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } });
    expect(status).toBe(401);
    expect(errors?.[0].message).toMatch(/must be "Bearer <token>"/);
  });

  it("never forwards a client's own identity or secret headers", async () => {
    const forged = { 'x-actor-role': 'BUREAU_ADMIN', 'x-actor-subject': 'mallory', 'x-subgraph-secret': 'guess' };
    const { data, errors } = await graph.query(RENAME, {}, { headers: forged });
    expect(data?.updateMasterStudio ?? null).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the alias limit', () => {
  it('counts aliases of __typename too', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await graph.query(aliases(DEFAULT_LIMITS.maxAliases))).errors).toBeUndefined();
    expect((await graph.query(aliases(DEFAULT_LIMITS.maxAliases + 1))).errors?.[0].extensions?.code).toBe('OPERATION_LIMIT_EXCEEDED');
  });
});

describe('the status of a request that never runs', () => {
  const DEEP = `{ masterStudio(id: "1") { leader { studios { leader { studios { leader { studios { leader { studios { leader { studios { name } } } } } } } } } } } }`;

  // writing.md's table: 400 to a client that accepts application/graphql-response+json, 200 to one that accepts only JSON.
  it.each([
    ['does not parse', '{ {', 'GRAPHQL_PARSE_FAILED'],
    ['fails validation', '{ nope }', 'GRAPHQL_VALIDATION_FAILED'],
    ['breaks a limit', DEEP, 'OPERATION_LIMIT_EXCEEDED'],
  ])('that %s is a 400 or a 200 by what the client accepts', async (_case, query, code) => {
    for (const [accept, status] of [['application/graphql-response+json', 400], ['application/json', 200], ['*/*', 200]] as const) {
      const answer = await post(graph.url, { query }, { accept });
      expect([accept, answer.status, answer.body.errors[0].extensions.code]).toEqual([accept, status, code]);
    }
  });
});

describe('the audit trail through the gateway', () => {
  it('is readable by BUREAU_ADMIN only', async () => {
    const anonymous = await graph.query(AUDIT_TOTAL);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const staff = await graph.query(AUDIT_TOTAL, {}, { as: { subject: 's', role: 'COLLEGE_STAFF', schoolId: 1 } });
    expect(staff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(staff.errors?.[0].message).toMatch(/masterStudiosAuditLog needs role BUREAU_ADMIN; the token is COLLEGE_STAFF with schoolId 1/);
  });

  it('gives an empty page no cursors, and refuses a record id that is no id', async () => {
    const PAGE = `query ($first: Int, $after: String) { masterStudiosAuditLog(first: $first, after: $after) { edges { cursor } pageInfo { startCursor endCursor } } }`;
    for (const variables of [{ first: 0 }, { first: 2, after: '999999' }]) {
      const { data, errors } = await graph.query(PAGE, variables, { as: ADMIN });
      expect(errors).toBeUndefined();
      expect(data.masterStudiosAuditLog).toEqual({ edges: [], pageInfo: { startCursor: null, endCursor: null } });
    }
    const { errors } = await graph.query(`{ masterStudiosAuditLog(filter: { recordId: "x" }) { totalCount } }`, {}, { as: ADMIN });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.recordId' });
  });

  it('filters by record and by actor, with who, when, and the record before and after', async () => {
    const write = await graph.query(
      `mutation { updateMasterStudio(input: { id: "7", version: 1, town: "瓜沥镇" }) { version } }`,
      {},
      { as: { subject: 'zhang.min', role: 'BUREAU_ADMIN' } },
    );
    expect(write.errors).toBeUndefined();
    const byRecord = await graph.query(
      `{ masterStudiosAuditLog(filter: { recordType: "MasterStudio", recordId: "7" }) { totalCount edges { node { at actorSubject actorRole operation before after } } } }`,
      {},
      { as: ADMIN },
    );
    expect(byRecord.data.masterStudiosAuditLog.totalCount).toBe(1);
    const entry = byRecord.data.masterStudiosAuditLog.edges[0].node;
    expect(entry).toMatchObject({ actorSubject: 'zhang.min', actorRole: 'BUREAU_ADMIN', operation: 'updateMasterStudio' });
    expect(entry.before.version).toBe(1);
    expect(entry.after).toMatchObject({ version: 2, town: '瓜沥镇' });
    expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
    const byActor = await graph.query(`{ masterStudiosAuditLog(filter: { actorSubject: "zhang.min" }) { totalCount } }`, {}, { as: ADMIN });
    expect(byActor.data.masterStudiosAuditLog.totalCount).toBe(1);
  });

  it('filters by the person, named as people know them (the name claim) or by their account', async () => {
    const write = await graph.query(
      `mutation { updateMasterStudio(input: { id: "8", version: 1, town: "河上镇" }) { version } }`,
      {},
      { as: { subject: 'li.na', name: '李娜', role: 'BUREAU_ADMIN' } },
    );
    expect(write.data?.updateMasterStudio.version).toBe(2);
    const byActor = async (actor: string, also = '') => {
      const { data, errors } = await graph.query(`query ($actor: String) { masterStudiosAuditLog(filter: { actor: $actor ${also} }) { totalCount edges { node { actorSubject actorName recordId } } } }`, { actor }, { as: ADMIN });
      expect(errors).toBeUndefined();
      return data.masterStudiosAuditLog;
    };
    const byName = await byActor('李娜');
    expect(byName.totalCount).toBe(1);
    expect(byName.edges[0].node).toEqual({ actorSubject: 'li.na', actorName: '李娜', recordId: '8' });
    expect(await byActor('li.na')).toEqual(byName);
    // Exact, not a search; and it narrows with the other fields.
    expect((await byActor('李')).totalCount).toBe(0);
    expect((await byActor('李娜', 'actorSubject: "zhang.min"')).totalCount).toBe(0);
    expect((await byActor('zhang.min')).totalCount).toBe(1);
  });

  it('filters by Asia/Shanghai days, and names the rule a bad day breaks', async () => {
    const day = (offsetDays: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(Date.now() + offsetDays * 86_400_000);
    const count = async (range: string) => {
      const { data, errors } = await graph.query(`{ masterStudiosAuditLog(filter: { actorSubject: "zhang.min", ${range} }) { totalCount edges { node { id } } } }`, {}, { as: ADMIN });
      expect(errors).toBeUndefined();
      expect(data.masterStudiosAuditLog.edges).toHaveLength(data.masterStudiosAuditLog.totalCount);
      return data.masterStudiosAuditLog.totalCount;
    };
    expect(await count(`changedFrom: "${day(0)}", changedTo: "${day(0)}"`)).toBe(1);
    expect(await count(`changedTo: "${day(-1)}"`)).toBe(0);
    expect(await count(`changedFrom: "${day(1)}"`)).toBe(0);
    const backwards = await graph.query(`{ masterStudiosAuditLog(filter: { changedFrom: "${day(0)}", changedTo: "${day(-1)}" }) { totalCount } }`, {}, { as: ADMIN });
    expect(backwards.errors?.[0]).toMatchObject({ message: 'filter.changedTo must not be before filter.changedFrom', extensions: { code: 'BAD_USER_INPUT', rule: 'range' } });
    const impossible = await graph.query(`{ masterStudiosAuditLog(filter: { changedFrom: "2026-02-30" }) { totalCount } }`, {}, { as: ADMIN });
    expect(impossible.errors?.[0].message).toBe('filter.changedFrom must be a date that exists, written YYYY-MM-DD');
  });

  it.each(['UPDATE "AuditEntry" SET "actorSubject" = \'mallory\'', 'DELETE FROM "AuditEntry"', 'TRUNCATE "AuditEntry"'])(
    'is append-only in the database itself: %s is refused',
    async (statement) => {
      const db = graph.databases['master-studios'].client as { $executeRawUnsafe(sql: string): Promise<number> };
      await expect(db.$executeRawUnsafe(statement)).rejects.toThrow(/AuditEntry is append-only/);
      expect(await auditTotal()).toBeGreaterThan(0);
    },
  );
});

describe('the cost limit', () => {
  const PAGE = `edges { node { id name levelHistory { level year } leader { name honours { name year } }
    hostEnterprise { name payPolicies { scope upliftMinPercent upliftMaxPercent } studios { name level } } } }`;
  const PAGE_LISTS = 'masterStudios › levelHistory: up to 1,000 × 5 = 5,000 records';
  const literal = (size: number) => `{ masterStudios(first: ${size}) { ${PAGE} } }`;
  const variable = `query ($first: Int) { masterStudios(first: $first) { ${PAGE} } }`;
  const refusal = (found: number, lists: string) => ({
    message: `Query Cost limit of ${DEFAULT_LIMITS.maxCost} exceeded, found ${found}. Its largest lists: ${lists}; ask for smaller pages or narrow them.`,
    extensions: { code: 'OPERATION_LIMIT_EXCEEDED' },
  });
  const nothingRan = (statements: Record<string, number>) => expect(Object.values(statements).every((n) => n === 0)).toBe(true);

  it.each([
    [500, 200],
    [1000, 400],
  ])('gives a page of %i studios the same answer whether its size is written in or a variable (%i)', async (size, status) => {
    const written = await graph.query(literal(size));
    const sent = await graph.query(variable, { first: size });
    expect([written.status, sent.status]).toEqual([status, status]);
    expect(sent.errors).toEqual(written.errors);
    expect(sent.data).toEqual(written.data);
    if (status === 400) {
      expect(sent.errors).toEqual([refusal(541_906.25, PAGE_LISTS)]);
      nothingRan(sent.statements);
    }
  });

  it("counts a variable's default value when the request sends none", async () => {
    const withDefault = `query ($first: Int = 1000) { masterStudios(first: $first) { ${PAGE} } }`;
    const refused = await graph.query(withDefault);
    expect(refused.status).toBe(400);
    expect(refused.errors).toEqual([refusal(541_906.25, PAGE_LISTS)]);
    const small = await graph.query(withDefault, { first: 3 });
    expect(small.errors).toBeUndefined();
    expect(small.data.masterStudios.edges).toHaveLength(3);
  });

  it('keeps costs apart per page size when it reuses them for the same query text', async () => {
    // Sent as null, the page is the default one; not sent, the variable's default (1000) applies.
    const withDefault = `query Remembered($first: Int = 1000) { masterStudios(first: $first) { ${PAGE} } }`;
    const statuses = [];
    for (const variables of [{ first: null }, {}, { first: 3 }, {}, { first: null }, { first: 1000 }]) {
      statuses.push((await graph.query(withDefault, variables)).status);
    }
    expect(statuses).toEqual([200, 400, 200, 400, 200, 400]);
  });

  it('leaves a page size that is not an Int to variable coercion, which refuses it before any subgraph', async () => {
    const { errors, statements } = await graph.query(variable, { first: '1000' });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(errors?.[0].message).toMatch(/^Variable "\$first" got invalid value "1000"/);
    nothingRan(statements);
  });

  it('refuses variable pages whose nodes nest lists, before any subgraph runs a statement', async () => {
    const nested = `query ($n: Int, $m: Int) {
      a: masterStudios(first: $n) { edges { node { apprentices { name sinceYear } levelHistory { level year } leader { name honours { name year } studios { name } } } } }
      b: enterprises(first: $m) { edges { node { name payPolicies { scope } studios { name } } } }
    }`;
    const { status, data, errors, statements } = await graph.query(nested, { n: 1000, m: 1000 });
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ extensions: { code: 'OPERATION_LIMIT_EXCEEDED' } });
    expect(errors![0].message).toMatch(new RegExp(`^Query Cost limit of ${DEFAULT_LIMITS.maxCost} exceeded, found [\\d.]+\\. Its largest lists: masterStudios › apprentices: up to 1,000 × 5 = 5,000 records; `));
    nothingRan(statements);
    const page = await graph.query(nested, { n: 20, m: 20 });
    expect(page.errors).toBeUndefined();
  });

  it('refuses lists of whole lists, counted at their declared sizes, before any subgraph runs a statement', async () => {
    const { status, errors, statements } = await graph.query(`{ schools { name enterpriseClasses { name students { name } } } }`);
    expect(status).toBe(400);
    expect(errors).toEqual([refusal(15_960_700, 'schools › enterpriseClasses › students: up to 200 × 200 × 50 = 2,000,000 records')]);
    nothingRan(statements);
    const one = await graph.query(`{ school(id: "1") { name enterpriseClasses { name students { name } } } }`);
    expect(one.errors).toBeUndefined();
    expect(one.data.school.enterpriseClasses.length).toBeGreaterThan(0);
  });

  it('answers every explorer document with the page sizes the explorer sends', async () => {
    // Its reads, as an editor who may read every audit log; its writes page nothing and are run
    // by the editing browser tests.
    const documents = Object.values(JSON.parse(readFileSync(EXPLORER_MANIFEST, 'utf8')) as Record<string, string>).filter(
      (document) => getOperationAST(parse(document))?.operation === 'query',
    );
    const variables = { industry: 'SMART_VEHICLES', id: '5', schoolId: '1', first: 20, text: '杭齿', studios: true, classes: true, policies: true };
    for (const document of documents) {
      const { status, errors } = await graph.query(document, variables, { as: { subject: 'explorer-check', role: 'BUREAU_ADMIN' } });
      expect(errors, document).toBeUndefined();
      expect(status, document).toBe(200);
    }
  });
});
