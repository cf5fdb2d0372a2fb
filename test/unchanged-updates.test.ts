// An update that would leave its record as it was (an edit form saved without edits, a client
// re-sending the same update) writes nothing: the version stays, the audit trail gets no entry,
// and another editor holding that version can still make their change. A stale version is still
// refused, and so is a caller who may not write the record (PGlite here, PostgreSQL with
// TEST_DATABASE_URL).
import { yearInXiaoshan } from '@partnership/kit';
import type { LocalTokenClaims } from '@partnership/gateway';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileGraph } from './support/file-graph.ts';

const ADMIN: LocalTokenClaims = { subject: 'same.admin', role: 'BUREAU_ADMIN' };
const STAFF: LocalTokenClaims = { subject: 'same.staff', role: 'COLLEGE_STAFF', schoolId: 1 };
const OTHER_EDITOR: LocalTokenClaims = { subject: 'same.staff.other', role: 'COLLEGE_STAFF', schoolId: 1 };
const OTHER_STAFF: LocalTokenClaims = { subject: 'same.staff2', role: 'COLLEGE_STAFF', schoolId: 2 };
const hr = (enterpriseId: number): LocalTokenClaims => ({ subject: `same.hr${enterpriseId}`, role: 'ENTERPRISE_HR', enterpriseId });

const AUDIT_LOG = { 'master-studios': 'masterStudiosAuditLog', 'enterprise-classes': 'enterpriseClassesAuditLog', 'pay-policies': 'payPoliciesAuditLog' } as const;
type Registry = keyof typeof AUDIT_LOG;

const graph = fileGraph();

async function query<Data = any>(document: string, variables: Record<string, unknown> = {}, as?: LocalTokenClaims): Promise<Data> {
  const { data, errors } = await graph.query<Data>(document, variables, { as });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data;
}

/** The audit trail of one record: its entries' versions before and after, oldest first. */
async function auditOf(registry: Registry, recordType: string, recordId: string) {
  const field = AUDIT_LOG[registry];
  const data = await query(
    `query ($type: String!, $id: ID!) { ${field}(filter: { recordType: $type, recordId: $id }, first: 1000) { totalCount edges { node { operation before after } } } }`,
    { type: recordType, id: recordId },
    ADMIN,
  );
  return data[field].edges.map((e: { node: { operation: string; before: { version: number }; after: { version: number } } }) => ({
    operation: e.node.operation,
    from: e.node.before.version,
    to: e.node.after.version,
  }));
}

const update = (mutation: string, select: string, input: Record<string, unknown>, as: LocalTokenClaims) =>
  graph.query(`mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${select} } }`, { input }, { as });

describe('an order class saved with what it already holds', () => {
  const CLASS = `query { enterpriseClass(id: "2") { name nameEn seats cohortYear version major { id } partnerEnterprise { id } occupations { code } } }`;
  let codes: string[];
  beforeAll(async () => {
    const { occupations } = await query(`{ occupations { code } }`);
    codes = occupations.slice(0, 3).map((o: { code: string }) => o.code);
  });

  it('keeps its version and adds no audit entry; another editor at that version then changes it', async () => {
    // Give it a set of occupations to send back in another order.
    const start = (await query(CLASS)).enterpriseClass;
    const linked = await update('updateEnterpriseClass', 'version', { id: '2', version: start.version, occupationCodes: codes }, STAFF);
    expect(linked.errors).toBeUndefined();
    const read = (await query(CLASS)).enterpriseClass;
    expect(read.version).toBe(start.version + 1);
    const trail = await auditOf('enterprise-classes', 'EnterpriseClass', '2');

    // The form as it was loaded, saved without edits: every field, the occupations in another order.
    const unchanged = {
      id: '2',
      version: read.version,
      name: read.name,
      nameEn: read.nameEn,
      seats: read.seats,
      cohortYear: read.cohortYear,
      majorId: read.major?.id ?? null,
      partnerEnterpriseId: read.partnerEnterprise.id,
      occupationCodes: [...codes].reverse(),
    };
    const saved = await update('updateEnterpriseClass', 'version seats occupations { code }', unchanged, STAFF);
    expect(saved.errors).toBeUndefined();
    expect(saved.data.updateEnterpriseClass).toEqual({ version: read.version, seats: read.seats, occupations: read.occupations });
    // Sent again, as a client retrying would: the same answer.
    expect((await update('updateEnterpriseClass', 'version', unchanged, STAFF)).data.updateEnterpriseClass).toEqual({ version: read.version });
    // Only the id and version: nothing to change either.
    expect((await update('updateEnterpriseClass', 'version', { id: '2', version: read.version }, STAFF)).data.updateEnterpriseClass).toEqual({ version: read.version });
    expect((await query(CLASS)).enterpriseClass).toEqual(read);
    expect(await auditOf('enterprise-classes', 'EnterpriseClass', '2')).toEqual(trail);

    // Another editor who read the class before those saves: their change is not a CONFLICT.
    const changed = await update('updateEnterpriseClass', 'version seats', { id: '2', version: read.version, seats: (read.seats ?? 0) + 1 }, OTHER_EDITOR);
    expect(changed.errors).toBeUndefined();
    expect(changed.data.updateEnterpriseClass).toEqual({ version: read.version + 1, seats: (read.seats ?? 0) + 1 });
    expect(await auditOf('enterprise-classes', 'EnterpriseClass', '2')).toEqual([...trail, { operation: 'updateEnterpriseClass', from: read.version, to: read.version + 1 }]);
  });

  it('is still a CONFLICT at a stale version, FORBIDDEN to another school, NOT_FOUND for no class', async () => {
    const read = (await query(CLASS)).enterpriseClass;
    const trail = await auditOf('enterprise-classes', 'EnterpriseClass', '2');
    const stale = await update('updateEnterpriseClass', 'version', { id: '2', version: read.version - 1, seats: read.seats }, STAFF);
    expect(stale.data?.updateEnterpriseClass ?? null).toBeNull();
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.version', currentVersion: read.version });
    const forbidden = await update('updateEnterpriseClass', 'version', { id: '2', version: read.version, seats: read.seats }, OTHER_STAFF);
    expect(forbidden.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ownSchool' });
    const missing = await update('updateEnterpriseClass', 'version', { id: '999999', version: 1 }, STAFF);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    expect((await query(CLASS)).enterpriseClass).toEqual(read);
    expect(await auditOf('enterprise-classes', 'EnterpriseClass', '2')).toEqual(trail);
  });
});

describe('the same values, as each registry stores them', () => {
  it('a pay policy: percentages sent as the numbers its Decimals hold', async () => {
    const { payPolicies } = await query(`{ payPolicies(first: 1) { edges { node { id version scope upliftMinPercent upliftMaxPercent effectiveYear description enterprise { id } } } } }`);
    const policy = payPolicies.edges[0].node;
    const trail = await auditOf('pay-policies', 'PayPolicy', policy.id);
    const { enterprise, ...fields } = policy;
    const saved = await update('updatePayPolicy', 'version upliftMinPercent upliftMaxPercent', fields, hr(Number(enterprise.id)));
    expect(saved.errors).toBeUndefined();
    expect(saved.data.updatePayPolicy).toEqual({ version: policy.version, upliftMinPercent: policy.upliftMinPercent, upliftMaxPercent: policy.upliftMaxPercent });
    expect(await auditOf('pay-policies', 'PayPolicy', policy.id)).toEqual(trail);

    const raised = await update('updatePayPolicy', 'version', { id: policy.id, version: policy.version, upliftMaxPercent: policy.upliftMaxPercent + 0.01 }, hr(Number(enterprise.id)));
    expect(raised.data.updatePayPolicy).toEqual({ version: policy.version + 1 });
    expect(await auditOf('pay-policies', 'PayPolicy', policy.id)).toHaveLength(trail.length + 1);
  });

  it("a promotion pathway: the same honours; the honours in another order are a change (they keep the order they're given)", async () => {
    const { promotionPathways } = await query(`{ promotionPathways(first: 1) { edges { node { id version fromRole toRole honours enterprise { id } } } } }`);
    const pathway = promotionPathways.edges[0].node;
    const as = hr(Number(pathway.enterprise.id));
    const honours = ['萧山工匠', '杭州市技术能手'];
    const set = await update('updatePromotionPathway', 'version honours', { id: pathway.id, version: pathway.version, honours }, as);
    expect(set.data.updatePromotionPathway).toEqual({ version: pathway.version + 1, honours });
    const trail = await auditOf('pay-policies', 'PromotionPathway', pathway.id);

    const same = await update('updatePromotionPathway', 'version honours', { id: pathway.id, version: pathway.version + 1, fromRole: pathway.fromRole, honours }, as);
    expect(same.data.updatePromotionPathway).toEqual({ version: pathway.version + 1, honours });
    expect(await auditOf('pay-policies', 'PromotionPathway', pathway.id)).toEqual(trail);

    const reordered = await update('updatePromotionPathway', 'version honours', { id: pathway.id, version: pathway.version + 1, honours: [...honours].reverse() }, as);
    expect(reordered.data.updatePromotionPathway).toEqual({ version: pathway.version + 2, honours: [...honours].reverse() });
    expect(await auditOf('pay-policies', 'PromotionPathway', pathway.id)).toHaveLength(trail.length + 1);
  });

  it('a research project: its participants again, in another order, with the same title', async () => {
    const PROJECT = `{ researchProjects(first: 1000) { edges { node { id version title school { id } participants { id } } } } }`;
    const project = (await query(PROJECT)).researchProjects.edges.map((e: { node: any }) => e.node).find((p: any) => p.school.id === '1');
    const { students } = await query(`{ students(first: 1000) { edges { node { id school { id } } } } }`);
    const ids = students.edges.map((e: { node: any }) => e.node).filter((s: any) => s.school.id === '1').slice(0, 3).map((s: { id: string }) => s.id);
    const set = await update('updateResearchProject', 'version', { id: project.id, version: project.version, participantIds: ids }, STAFF);
    expect(set.data.updateResearchProject).toEqual({ version: project.version + 1 });
    const read = (await query(PROJECT)).researchProjects.edges.map((e: { node: any }) => e.node).find((p: any) => p.id === project.id);
    const trail = await auditOf('enterprise-classes', 'ResearchProject', project.id);

    const same = await update('updateResearchProject', 'version', { id: project.id, version: read.version, title: read.title, participantIds: [...ids].reverse() }, STAFF);
    expect(same.data.updateResearchProject).toEqual({ version: read.version });
    expect((await query(PROJECT)).researchProjects.edges.map((e: { node: any }) => e.node).find((p: any) => p.id === project.id)).toEqual(read);
    expect(await auditOf('enterprise-classes', 'ResearchProject', project.id)).toEqual(trail);
  });
});

describe('a studio', () => {
  const STUDIO = `{ masterStudio(id: "3") { version name nameEn kind town campusSchool { id } } }`;

  it('saved unchanged keeps its version; sent unchanged at a stale version is a CONFLICT', async () => {
    const start = (await query(STUDIO)).masterStudio;
    const trail = await auditOf('master-studios', 'MasterStudio', '3');
    const fields = { id: '3', name: start.name, nameEn: start.nameEn, kind: start.kind, town: start.town };
    const saved = await update('updateMasterStudio', 'version', { ...fields, version: start.version }, ADMIN);
    expect(saved.data.updateMasterStudio).toEqual({ version: start.version });
    const placed = await update('placeStudioOnCampus', 'version', { id: '3', version: start.version, campusSchoolId: start.campusSchool?.id ?? null }, ADMIN);
    expect(placed.data.placeStudioOnCampus).toEqual({ version: start.version });
    expect(await auditOf('master-studios', 'MasterStudio', '3')).toEqual(trail);

    const renamed = await update('updateMasterStudio', 'version', { id: '3', version: start.version, nameEn: `${start.nameEn ?? 'Studio'} (renamed)` }, ADMIN);
    expect(renamed.data.updateMasterStudio).toEqual({ version: start.version + 1 });
    const stale = await update('updateMasterStudio', 'version', { ...fields, version: start.version }, ADMIN);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.version', currentVersion: start.version + 1 });
    expect(await auditOf('master-studios', 'MasterStudio', '3')).toEqual([...trail, { operation: 'updateMasterStudio', from: start.version, to: start.version + 1 }]);
  });

  it('a level change retried with its idempotencyKey is answered with the change it made, not a CONFLICT', async () => {
    const { masterStudio } = await query(`{ masterStudio(id: "8") { level version } }`);
    const input = { id: '8', version: masterStudio.version, level: masterStudio.level === 'NATIONAL' ? 'PROVINCIAL' : 'NATIONAL', year: yearInXiaoshan() };
    const document = `mutation ($input: RecordStudioLevelChangeInput!, $key: String) { recordStudioLevelChange(input: $input, idempotencyKey: $key) { level version } }`;
    const first = await graph.query(document, { input, key: 'same-level-0001' }, { as: ADMIN });
    const again = await graph.query(document, { input, key: 'same-level-0001' }, { as: ADMIN });
    expect(first.errors).toBeUndefined();
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(first.data.recordStudioLevelChange).toEqual({ level: input.level, version: masterStudio.version + 1 });
    expect((await auditOf('master-studios', 'MasterStudio', '8')).filter((e: { operation: string }) => e.operation === 'recordStudioLevelChange')).toHaveLength(1);
  });
});

// Every update mutation, sent with only the record's id and version: nothing to change, so nothing
// written, whichever registry it is.
const EMPTY_UPDATES: { mutation: string; registry: Registry; recordType: string; as: () => LocalTokenClaims; record: () => Promise<{ id: string; version: number }> }[] = [
  { mutation: 'updateMasterStudio', registry: 'master-studios', recordType: 'MasterStudio', as: () => ADMIN, record: async () => ({ id: '9', ...(await query(`{ masterStudio(id: "9") { version } }`)).masterStudio }) },
  { mutation: 'updateIndustryCollege', registry: 'enterprise-classes', recordType: 'IndustryCollege', as: () => STAFF, record: async () => (await query(`{ industryColleges { id version } }`)).industryColleges.find((c: { id: string }) => c.id === '1') },
  { mutation: 'updateMajor', registry: 'enterprise-classes', recordType: 'Major', as: () => STAFF, record: async () => (await query(`{ majors { id version } }`)).majors.find((m: { id: string }) => m.id === '1') },
  { mutation: 'pairMentors', registry: 'enterprise-classes', recordType: 'Student', as: () => STAFF, record: async () => (await query(`{ students(first: 1) { edges { node { id version } } } }`)).students.edges[0].node },
  { mutation: 'updateEnterprise', registry: 'pay-policies', recordType: 'Enterprise', as: () => ADMIN, record: async () => ({ id: '6', ...(await query(`{ enterprise(id: "6") { version } }`)).enterprise }) },
];

describe.each(EMPTY_UPDATES)('$mutation with only an id and a version', ({ mutation, registry, recordType, as, record }) => {
  it('answers the record at that version and writes nothing', async () => {
    const { id, version } = await record();
    const trail = await auditOf(registry, recordType, id);
    const { data, errors } = await update(mutation, 'id version', { id, version }, as());
    expect(errors).toBeUndefined();
    expect(data[mutation]).toEqual({ id, version });
    expect(await record()).toEqual({ id, version });
    expect(await auditOf(registry, recordType, id)).toEqual(trail);
  });
});
