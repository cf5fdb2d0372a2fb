import { type Actor, type CheckForeignReferences, subgraphTesting } from '@partnership/kit';
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseClasses } from './index.ts';

const { openSeededDb, run } = subgraphTesting(enterpriseClasses);
let db: Awaited<ReturnType<typeof openSeededDb>>;
beforeAll(async () => {
  db = await openSeededDb();
});
afterAll(() => db?.close());

const STAFF: Actor = { subject: 'li.wei', role: 'COLLEGE_STAFF', schoolId: 1 };
const OTHER_STAFF: Actor = { subject: 'wang.fang', role: 'COLLEGE_STAFF', schoolId: 2 };
const ADMIN: Actor = { subject: 'zhang.min', role: 'BUREAU_ADMIN' };
// pay-policies is not here to ask: every enterprise exists.
const everyReferenceExists = Object.assign(async () => {}, { exist: async () => undefined, codes: async () => undefined }) satisfies CheckForeignReferences;

/** Runs `query` as `actor`, every reference into pay-policies taken as existing. */
const asStaff = (query: string, variables: Record<string, unknown>, actor = STAFF) =>
  execute({
    schema: enterpriseClasses.schema,
    document: parse(query),
    contextValue: enterpriseClasses.createContext(db.client, actor, everyReferenceExists),
    variableValues: variables,
  });
const write = async (mutation: 'addSchoolPartner' | 'removeSchoolPartner', schoolId: string, enterpriseId: string, actor = STAFF) => {
  const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
  const selection = '{ id school { id } enterprise { id } provenance endedAt }';
  const { data, errors } = await asStaff(`mutation ($input: ${type}!) { ${mutation}(input: $input) ${selection} }`, { input: { schoolId, enterpriseId } }, actor);
  return { partnership: (data?.[mutation] ?? null) as Record<string, any> | null, error: errors?.[0] };
};
const partnersOf = async (school: string) =>
  (await run(db, `query ($id: ID!) { school(id: $id) { partnerEnterprises { id } } }`, { id: school })).data.school.partnerEnterprises.map((e: { id: string }) => e.id);
const schoolsOf = async (enterprise: string) =>
  (await run(db, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { partnerSchools { id } } } }`, { r: [{ __typename: 'Enterprise', id: enterprise }] }))
    .data._entities[0].partnerSchools.map((s: { id: string }) => s.id);
const audited = async (operation: string) =>
  (await run(db, `query ($op: String!) { enterpriseClassesAuditLog(filter: { operation: $op }) { edges { node { actorSubject recordType recordId before after } } } }`, { op: operation }, ADMIN))
    .data.enterpriseClassesAuditLog.edges.map((e: { node: unknown }) => e.node);

describe("a school's partner enterprises", () => {
  it('adds a partner, which both sides then list, with its audit row', async () => {
    const { partnership, error } = await write('addSchoolPartner', '1', '4');
    expect(error).toBeUndefined();
    expect(partnership).toMatchObject({ school: { id: '1' }, enterprise: { id: '4' }, provenance: 'REGISTERED', endedAt: null });
    expect(await partnersOf('1')).toContain('4');
    expect(await schoolsOf('4')).toEqual(['1']);
    expect(await audited('addSchoolPartner')).toEqual([
      { actorSubject: 'li.wei', recordType: 'SchoolPartnership', recordId: partnership!.id, before: null, after: expect.objectContaining({ enterpriseId: 4, endedAt: null }) },
    ]);
  });

  it('refuses to add a partner twice, saying it already is one', async () => {
    const before = await partnersOf('1');
    const { partnership, error } = await write('addSchoolPartner', '1', '1');
    expect(partnership).toBeNull();
    expect(error?.message).toBe('input.enterpriseId refers to Enterprise 1, already a partner of School 1.');
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.enterpriseId', rule: 'unique' });
    expect(await partnersOf('1')).toEqual(before);
  });

  it('removes a partner, keeping the partnership on record, ended; adding it again resumes the same record', async () => {
    const removed = await write('removeSchoolPartner', '1', '2');
    expect(removed.error).toBeUndefined();
    expect(removed.partnership).toMatchObject({ enterprise: { id: '2' }, provenance: 'ARTICLE', endedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(await partnersOf('1')).not.toContain('2');
    expect(await schoolsOf('2')).toEqual([]);

    const again = await write('removeSchoolPartner', '1', '2');
    expect(again.error?.message).toBe(`input.enterpriseId refers to Enterprise 2, which is not a partner of School 1: it was removed on ${removed.partnership!.endedAt.slice(0, 10)}.`);
    expect(again.error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.enterpriseId', rule: 'partner' });

    const resumed = await write('addSchoolPartner', '1', '2');
    expect(resumed.partnership).toEqual({ ...removed.partnership, provenance: 'REGISTERED', endedAt: null });
    expect(await partnersOf('1')).toContain('2');
    const [audit] = (await audited('addSchoolPartner')).filter((a: { recordId: string }) => a.recordId === removed.partnership!.id);
    expect(audit.before).toMatchObject({ enterpriseId: 2, endedAt: removed.partnership!.endedAt });
    expect(audit.after).toMatchObject({ enterpriseId: 2, endedAt: null });
  });

  it('refuses to remove an enterprise that is no partner, without asking pay-policies', async () => {
    const { error } = await write('removeSchoolPartner', '2', '4', OTHER_STAFF);
    expect(error?.message).toBe('input.enterpriseId refers to Enterprise 4, which is not a partner of School 2.');
    // run() has no gateway to ask pay-policies through; a removal answers all the same.
    const unasked = await run(db, 'mutation { removeSchoolPartner(input: { schoolId: "2", enterpriseId: "4" }) { id } }', {}, OTHER_STAFF);
    expect(unasked.errors?.[0].extensions).toMatchObject({ field: 'input.enterpriseId', rule: 'partner' });
  });

  it('refuses to remove a partner that still has order classes or industry colleges with the school, naming them', async () => {
    const denso = await write('removeSchoolPartner', '1', '3');
    expect(denso.error?.message).toBe(
      "input.enterpriseId cannot be removed from School 1's partners: Enterprise 3 still runs order class 1 (电装班) with the school. Change their partnerEnterpriseId first (updateEnterpriseClass).",
    );
    expect(denso.error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.enterpriseId', rule: 'linked' });

    // A generated partner of an industry college, given a second order class.
    const second = await asStaff('mutation { registerEnterpriseClass(input: { schoolId: "1", name: "第二订单班", partnerEnterpriseId: "10" }) { id } }', {});
    expect(second.errors).toBeUndefined();
    const { data } = await run(db, '{ _entities(representations: [{ __typename: "Enterprise", id: "10" }]) { ... on Enterprise { id enterpriseClasses { id name } industryColleges { id name } } } }');
    const [linked] = data._entities;
    expect([linked.enterpriseClasses.length, linked.industryColleges.length]).toEqual([2, 1]);
    const named = (rows: { id: string; name: string }[]) => rows.map((r) => `${r.id} (${r.name})`).join(', ');
    const generated = await write('removeSchoolPartner', '1', linked.id);
    expect(generated.error?.message).toBe(
      `input.enterpriseId cannot be removed from School 1's partners: Enterprise ${linked.id} still runs order classes ${named(linked.enterpriseClasses)} ` +
        `and industry college ${named(linked.industryColleges)} with the school. Change their partnerEnterpriseId first (updateEnterpriseClass, updateIndustryCollege).`,
    );
    expect(await partnersOf('1')).toEqual(expect.arrayContaining(['3', linked.id]));

    // Once the class has another partner, nothing links them: the removal goes through.
    const { data: cls } = await run(db, '{ enterpriseClass(id: "1") { version } }');
    const moved = await asStaff('mutation ($v: Int!) { updateEnterpriseClass(input: { id: "1", version: $v, partnerEnterpriseId: "1" }) { id } }', { v: cls.enterpriseClass.version });
    expect(moved.errors).toBeUndefined();
    expect((await write('removeSchoolPartner', '1', '3')).error).toBeUndefined();
    expect(await partnersOf('1')).not.toContain('3');
  });

  it("lets only the school's own staff change its partners", async () => {
    const before = await partnersOf('1');
    for (const mutation of ['addSchoolPartner', 'removeSchoolPartner'] as const) {
      const { partnership, error } = await write(mutation, '1', mutation === 'addSchoolPartner' ? '5' : '1', OTHER_STAFF);
      expect(partnership).toBeNull();
      expect(error?.message).toBe(`${mutation} needs role COLLEGE_STAFF with schoolId 1; the token is COLLEGE_STAFF with schoolId 2.`);
      expect(error?.extensions).toMatchObject({ code: 'FORBIDDEN', field: mutation, rule: 'ownSchool' });
    }
    expect(await partnersOf('1')).toEqual(before);
  });
});

describe('an order class or industry college makes its enterprise a partner of its school', () => {
  const register = (mutation: 'registerEnterpriseClass' | 'registerIndustryCollege', input: Record<string, unknown>) =>
    asStaff(`mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id version } }`, { input });
  const partnershipRows = async (operation: string) =>
    (await audited(operation)).filter((entry: { recordType: string }) => entry.recordType === 'SchoolPartnership');

  it('registering an order class with an enterprise that is no partner names it one, audited under the same operation', async () => {
    expect(await partnersOf('1')).not.toContain('7');
    const { data, errors } = await register('registerEnterpriseClass', { schoolId: '1', name: '伙伴测试班', partnerEnterpriseId: '7', cohortYear: 2025 });
    expect(errors).toBeUndefined();
    expect(await partnersOf('1')).toContain('7');
    expect(await schoolsOf('7')).toContain('1');
    expect(await partnershipRows('registerEnterpriseClass')).toEqual([
      { actorSubject: 'li.wei', recordType: 'SchoolPartnership', recordId: expect.any(String), before: null, after: expect.objectContaining({ schoolId: 1, enterpriseId: 7, endedAt: null, provenance: 'REGISTERED' }) },
    ]);
    const classRows = (await audited('registerEnterpriseClass')).filter((entry: { recordType: string }) => entry.recordType === 'EnterpriseClass');
    expect(classRows.map((entry: { recordId: string }) => entry.recordId)).toContain((data!.registerEnterpriseClass as { id: string }).id);
  });

  it('leaves a partnership that already stands as it is, writing no row for it', async () => {
    const { errors } = await register('registerEnterpriseClass', { schoolId: '1', name: '伙伴测试班二', partnerEnterpriseId: '7', cohortYear: 2025 });
    expect(errors).toBeUndefined();
    expect(await partnershipRows('registerEnterpriseClass')).toHaveLength(1);
  });

  it('an industry college moved to an enterprise removed from the partners resumes the partnership', async () => {
    expect((await write('removeSchoolPartner', '1', '4')).error).toBeUndefined();
    const { data } = await register('registerIndustryCollege', { schoolId: '1', name: '伙伴测试产业学院', industryCode: 'SMART_VEHICLES' });
    const { id, version } = data!.registerIndustryCollege as { id: string; version: number };
    expect(await partnershipRows('registerIndustryCollege')).toEqual([]); // no enterprise named yet
    const moved = await asStaff(
      `mutation ($input: UpdateIndustryCollegeInput!) { updateIndustryCollege(input: $input) { partnerEnterprise { id } } }`,
      { input: { id, version, partnerEnterpriseId: '4' } },
    );
    expect(moved.errors).toBeUndefined();
    expect(await partnersOf('1')).toContain('4');
    expect(await partnershipRows('updateIndustryCollege')).toEqual([
      expect.objectContaining({ before: expect.objectContaining({ enterpriseId: 4, endedAt: expect.any(String) }), after: expect.objectContaining({ enterpriseId: 4, endedAt: null }) }),
    ]);
  });
});
