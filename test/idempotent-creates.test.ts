// A client that got no answer retries its create with the idempotencyKey it sent: it gets the
// record the first request made, never a second one (PGlite here, PostgreSQL with TEST_DATABASE_URL).
import { yearInXiaoshan } from '@partnership/kit';
import type { LocalTokenClaims } from '@partnership/gateway';
import { describe, expect, it } from 'vitest';
import { fileGraph } from './support/file-graph.ts';

const ADMIN: LocalTokenClaims = { subject: 'idem.admin', role: 'BUREAU_ADMIN' };
const OTHER_ADMIN: LocalTokenClaims = { subject: 'idem.other', role: 'BUREAU_ADMIN' };
const STAFF: LocalTokenClaims = { subject: 'idem.staff', role: 'COLLEGE_STAFF', schoolId: 1 };
const HR: LocalTokenClaims = { subject: 'idem.hr', role: 'ENTERPRISE_HR', enterpriseId: 5 };

const REGISTER_STUDIO = /* GraphQL */ `mutation ($input: RegisterMasterStudioInput!, $key: String) {
  registerMasterStudio(input: $input, idempotencyKey: $key) { id name level version }
}`;

const studioInput = (name: string) => ({ name, kind: 'TECHNICIAN_STUDIO', level: 'DISTRICT', recognisedYear: 2025 });

const graph = fileGraph();

/** Studios whose name holds `name`, and the audit rows of registerMasterStudio for them. */
async function studiosNamed(name: string) {
  const { data, errors } = await graph.query(
    `query ($name: String!) {
      masterStudios(filter: { nameContains: $name }, first: 50) { edges { node { id } } }
      masterStudiosAuditLog(filter: { operation: "registerMasterStudio" }, first: 100) { edges { node { after } } }
    }`,
    { name },
    { as: ADMIN },
  );
  expect(errors).toBeUndefined();
  const ids: string[] = data.masterStudios.edges.map((e: { node: { id: string } }) => e.node.id);
  const audits = data.masterStudiosAuditLog.edges.filter((e: { node: { after: { name: string } } }) => e.node.after.name.includes(name));
  return { ids, audits: audits.length };
}

describe('a create retried with the same idempotencyKey', () => {
  it('returns the first answer, and leaves one record and one audit row', async () => {
    const input = studioInput('幂等工作室 A');
    const first = await graph.query(REGISTER_STUDIO, { input, key: 'retry-a-0001' }, { as: ADMIN });
    const again = await graph.query(REGISTER_STUDIO, { input, key: 'retry-a-0001' }, { as: ADMIN });
    expect(first.errors).toBeUndefined();
    expect(again).toMatchObject({ data: first.data });
    expect(again.errors).toBeUndefined();
    expect(await studiosNamed('幂等工作室 A')).toEqual({ ids: [first.data.registerMasterStudio.id], audits: 1 });
  });

  it('refuses the same key with another input, naming the key, and writes nothing', async () => {
    const first = await graph.query(REGISTER_STUDIO, { input: studioInput('幂等工作室 B'), key: 'retry-b-0001' }, { as: ADMIN });
    expect(first.errors).toBeUndefined();
    const other = await graph.query(REGISTER_STUDIO, { input: studioInput('幂等工作室 B2'), key: 'retry-b-0001' }, { as: ADMIN });
    expect(other.data?.registerMasterStudio ?? null).toBeNull();
    expect(other.errors).toHaveLength(1);
    expect(other.errors![0].message).toMatch(/^idempotencyKey "retry-b-0001" was used for another registerMasterStudio input at \d{4}-\d\d-\d\dT[\d:.]+Z; nothing was written\./);
    expect(other.errors![0].extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey', idempotencyKey: 'retry-b-0001' });
    expect(await studiosNamed('幂等工作室 B2')).toEqual({ ids: [], audits: 0 });
    expect((await studiosNamed('幂等工作室 B')).ids).toEqual([first.data.registerMasterStudio.id]);
  });

  it('treats an input that means the same (fields in another order, null for left out) as the same input', async () => {
    const input = { ...studioInput('幂等工作室 C'), town: '河上镇' };
    const first = await graph.query(REGISTER_STUDIO, { input, key: 'retry-c-0001' }, { as: ADMIN });
    const reordered = { town: '河上镇', recognisedYear: 2025, level: 'DISTRICT', kind: 'TECHNICIAN_STUDIO', name: '幂等工作室 C', nameEn: null };
    const again = await graph.query(REGISTER_STUDIO, { input: reordered, key: 'retry-c-0001' }, { as: ADMIN });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect((await studiosNamed('幂等工作室 C')).ids).toHaveLength(1);
  });

  it("keeps each caller's keys their own: two callers with one key make two records", async () => {
    const input = studioInput('幂等工作室 D');
    const mine = await graph.query(REGISTER_STUDIO, { input, key: 'shared-key-0001' }, { as: ADMIN });
    const theirs = await graph.query(REGISTER_STUDIO, { input, key: 'shared-key-0001' }, { as: OTHER_ADMIN });
    expect(mine.errors).toBeUndefined();
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data.registerMasterStudio.id).not.toBe(mine.data.registerMasterStudio.id);
    expect(await studiosNamed('幂等工作室 D')).toMatchObject({ ids: expect.arrayContaining([mine, theirs].map((r) => r.data.registerMasterStudio.id)), audits: 2 });
  });

  it('makes exactly one record when ten retries with one key arrive at once', async () => {
    const input = studioInput('幂等工作室 E');
    const answers = await Promise.all(Array.from({ length: 10 }, () => graph.query(REGISTER_STUDIO, { input, key: 'burst-key-0001' }, { as: ADMIN })));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const ids = new Set(answers.map((answer) => answer.data.registerMasterStudio.id));
    expect(ids.size).toBe(1);
    expect(await studiosNamed('幂等工作室 E')).toEqual({ ids: [...ids], audits: 1 });
  });

  it('makes a second record without a key: a retry without one is not safe', async () => {
    const input = studioInput('幂等工作室 F');
    await graph.query(REGISTER_STUDIO, { input }, { as: ADMIN });
    await graph.query(REGISTER_STUDIO, { input }, { as: ADMIN });
    expect((await studiosNamed('幂等工作室 F')).ids).toHaveLength(2);
  });

  it('forgets a key after its 24 hours: the same key then makes a new record', async () => {
    const input = studioInput('幂等工作室 G');
    const first = await graph.query(REGISTER_STUDIO, { input, key: 'expiring-0001' }, { as: ADMIN });
    const db = graph.databases['master-studios'].client as { idempotencyKey: { updateMany(args: object): Promise<{ count: number }> } };
    const dayAndMinuteAgo = new Date(Date.now() - 24 * 3_600_000 - 60_000);
    expect(await db.idempotencyKey.updateMany({ where: { key: 'expiring-0001' }, data: { createdAt: dayAndMinuteAgo } })).toEqual({ count: 1 });
    const later = await graph.query(REGISTER_STUDIO, { input, key: 'expiring-0001' }, { as: ADMIN });
    expect(later.errors).toBeUndefined();
    expect(later.data.registerMasterStudio.id).not.toBe(first.data.registerMasterStudio.id);
    expect(await studiosNamed('幂等工作室 G')).toMatchObject({ audits: 2 });
  });

  it.each([
    ['too short', 'short', 'idempotencyKey'],
    ['too long', 'k'.repeat(129), 'idempotencyKey'],
    ['a space', 'has a space', 'idempotencyKey'],
    ['a character outside the set', 'key/with/slashes', 'idempotencyKey'],
    // Refused by the check every string argument gets, before the key's own rule.
    ['a NUL byte', 'nul\u0000byte-key', 'control'],
  ])('refuses a key with %s as BAD_USER_INPUT, writing nothing', async (_label, key, rule) => {
    const { data, errors } = await graph.query(REGISTER_STUDIO, { input: studioInput('幂等工作室 H'), key }, { as: ADMIN });
    expect(data?.registerMasterStudio ?? null).toBeNull();
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey', rule } });
    if (rule === 'idempotencyKey') {
      expect(errors?.[0].message).toBe('idempotencyKey must be 8 to 128 characters, each a letter A-Z or a-z, a digit, "-", "_", "." or ":" (a UUID will do).');
    }
    expect(await studiosNamed('幂等工作室 H')).toEqual({ ids: [], audits: 0 });
  });
});

// Every register*/record* mutation, and a school's partner added and removed, twice with one key:
// the same record both times. Scopes are per mutation, so one key serves them all.
const CREATES: { mutation: string; as: LocalTokenClaims; select: string; input: () => Promise<Record<string, unknown>> }[] = [
  { mutation: 'registerMasterStudio', as: ADMIN, select: 'id', input: async () => studioInput('幂等 every') },
  {
    mutation: 'recordStudioLevelChange', as: ADMIN, select: 'id level version',
    input: async () => {
      const { data } = await graph.query(`{ masterStudio(id: "7") { level version } }`);
      return { id: '7', version: data.masterStudio.version, level: data.masterStudio.level === 'NATIONAL' ? 'PROVINCIAL' : 'NATIONAL', year: yearInXiaoshan() };
    },
  },
  { mutation: 'registerIndustryCollege', as: STAFF, select: 'id', input: async () => ({ schoolId: '1', name: '幂等产业学院' }) },
  { mutation: 'registerMajor', as: STAFF, select: 'id', input: async () => ({ schoolId: '1', name: '幂等专业', isNew: true }) },
  {
    mutation: 'registerEnterpriseClass', as: STAFF, select: 'id',
    input: async () => ({ schoolId: '1', name: '幂等订单班', partnerEnterpriseId: '1', occupationCodes: [] }),
  },
  { mutation: 'addSchoolPartner', as: STAFF, select: 'id endedAt', input: async () => ({ schoolId: '1', enterpriseId: '4' }) },
  { mutation: 'removeSchoolPartner', as: STAFF, select: 'id endedAt', input: async () => ({ schoolId: '1', enterpriseId: '2' }) },
  { mutation: 'registerResearchProject', as: STAFF, select: 'id', input: async () => ({ schoolId: '1', title: '幂等课题', kind: 'PATENT', year: 2025 }) },
  { mutation: 'registerEnterprise', as: ADMIN, select: 'id', input: async () => ({ name: '幂等企业' }) },
  {
    mutation: 'recordPayPolicy', as: HR, select: 'id',
    input: async () => ({ enterpriseId: '5', scope: 'HIGH_SKILL_TALENT', upliftMinPercent: 5, upliftMaxPercent: 6, effectiveYear: 2025 }),
  },
  { mutation: 'recordPromotionPathway', as: HR, select: 'id', input: async () => ({ enterpriseId: '5', fromRole: '幂等技工', toRole: '幂等技师' }) },
  {
    mutation: 'registerCertificationBody', as: ADMIN, select: 'id',
    input: async () => ({ kind: 'SOCIAL_EVALUATION_ORGANISATION', name: '幂等评价组织', pilotSinceYear: 2025 }),
  },
  { mutation: 'recordCertificationBatch', as: ADMIN, select: 'id', input: async () => ({ bodyId: '1', periodEnd: '2025-06-30', peopleCertified: 7 }) },
  { mutation: 'recordSubsidy', as: ADMIN, select: 'id', input: async () => ({ kind: 'CERTIFICATION_GRANT', enterpriseId: '5', amountCny: 1234, year: 2025 }) },
];

describe.each(CREATES)('$mutation with an idempotencyKey', ({ mutation, as, select, input }) => {
  it('answers a retry with the record the first request wrote, and audits it once', async () => {
    const document = `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!, $key: String) {
      ${mutation}(input: $input, idempotencyKey: $key) { ${select} }
    }`;
    const auditLog = { 'master-studios': 'masterStudiosAuditLog', 'enterprise-classes': 'enterpriseClassesAuditLog', 'pay-policies': 'payPoliciesAuditLog' };
    const audited = async () => {
      const counts = await Promise.all(
        Object.values(auditLog).map(async (field) => {
          const { data, errors } = await graph.query(
            `query ($who: String!, $operation: String!) { ${field}(filter: { actorSubject: $who, operation: $operation }) { totalCount } }`,
            { who: as.subject, operation: mutation },
            { as: ADMIN },
          );
          expect(errors).toBeUndefined();
          return data[field].totalCount as number;
        }),
      );
      return counts.reduce((a, b) => a + b, 0);
    };
    const variables = { input: await input(), key: 'every-create-0001' };
    const before = await audited();
    const first = await graph.query(document, variables, { as });
    expect(first.errors).toBeUndefined();
    const again = await graph.query(document, variables, { as });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(await audited()).toBe(before + 1);
  });
});
