// Every mutation under every role, through the gateway: its owner may write, everyone else is
// refused (UNAUTHENTICATED without a token, FORBIDDEN with the wrong role or the wrong school or
// enterprise), and only the allowed writes leave an audit row.
import type { LocalTokenClaims } from '@partnership/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type Graph } from './support/graph.ts';

type Role = 'BUREAU_ADMIN' | 'COLLEGE_STAFF' | 'ENTERPRISE_HR';
type Registry = 'master-studios' | 'enterprise-classes' | 'pay-policies';
type Input = Record<string, unknown>;

interface Case {
  mutation: string;
  registry: Registry;
  owner: Role;
  /** ENTERPRISE_HR cases: the enterprise whose record it is. */
  enterpriseId?: () => number;
  input: () => Promise<Input>;
}

const SCHOOL = 1;
const OTHER_SCHOOL = 2;
const HR_ENTERPRISE = 5;

let graph: Graph;
const records = { payPolicy: { id: '', enterpriseId: 0 }, pathway: { id: '', enterpriseId: 0 }, collegeMentor: '', enterpriseMentor: '' };

beforeAll(async () => {
  graph = await startGraph();
  const { data } = await graph.query(`{
    payPolicies(first: 1) { edges { node { id enterprise { id } } } }
    promotionPathways { id enterprise { id } }
    college: mentors(side: COLLEGE, first: 1) { edges { node { id } } }
    enterprise: mentors(side: ENTERPRISE, first: 1) { edges { node { id } } }
  }`);
  const policy = data.payPolicies.edges[0].node;
  records.payPolicy = { id: policy.id, enterpriseId: Number(policy.enterprise.id) };
  records.pathway = { id: data.promotionPathways[0].id, enterpriseId: Number(data.promotionPathways[0].enterprise.id) };
  records.collegeMentor = data.college.edges[0].node.id;
  records.enterpriseMentor = data.enterprise.edges[0].node.id;
});
afterAll(() => graph?.stop());

/** The version of a record now, read through the gateway. */
async function versionOf(field: string, id: string, as?: LocalTokenClaims): Promise<number> {
  const { data, errors } = await graph.query(`query ($id: ID!) { ${field}(id: $id) { version } }`, { id }, { as });
  expect(errors).toBeUndefined();
  return data[field].version;
}

async function versionInConnection(connection: string, id: string): Promise<number> {
  const { data } = await graph.query(`{ ${connection}(first: 1000) { edges { node { id version } } } }`);
  return data[connection].edges.find((e: { node: { id: string } }) => e.node.id === id).node.version;
}

async function versionInList(list: string, id: string): Promise<number> {
  const { data } = await graph.query(`{ ${list} { id version } }`);
  return data[list].find((row: { id: string }) => row.id === id).version;
}

const studio = (id: string) => async (extra: Input) => ({ id, version: await versionOf('masterStudio', id), ...extra });

const CASES: Case[] = [
  {
    mutation: 'registerMasterStudio', registry: 'master-studios', owner: 'BUREAU_ADMIN',
    input: async () => ({ name: '矩阵工作室', kind: 'TECHNICIAN_STUDIO', level: 'DISTRICT', recognisedYear: 2024, hostEnterpriseId: '5' }),
  },
  { mutation: 'updateMasterStudio', registry: 'master-studios', owner: 'BUREAU_ADMIN', input: () => studio('3')({ town: '蜀山街道' }) },
  {
    mutation: 'recordStudioLevelChange', registry: 'master-studios', owner: 'BUREAU_ADMIN',
    input: async () => {
      const { data } = await graph.query(`{ masterStudio(id: "4") { level } }`);
      return studio('4')({ level: data.masterStudio.level === 'NATIONAL' ? 'PROVINCIAL' : 'NATIONAL', year: 2030 });
    },
  },
  { mutation: 'placeStudioOnCampus', registry: 'master-studios', owner: 'BUREAU_ADMIN', input: () => studio('5')({ campusSchoolId: '2' }) },
  { mutation: 'retireMasterStudio', registry: 'master-studios', owner: 'BUREAU_ADMIN', input: () => studio('6')({ reason: '矩阵测试' }) },

  {
    mutation: 'registerIndustryCollege', registry: 'enterprise-classes', owner: 'COLLEGE_STAFF',
    input: async () => ({ schoolId: String(SCHOOL), name: '矩阵产业学院', partnerEnterpriseId: '5', industryCode: 'SMART_VEHICLES', foundedYear: 2024 }),
  },
  {
    mutation: 'updateIndustryCollege', registry: 'enterprise-classes', owner: 'COLLEGE_STAFF',
    input: async () => ({ id: '1', version: await versionInList('industryColleges', '1'), foundedYear: 2020 }),
  },
  {
    mutation: 'registerMajor', registry: 'enterprise-classes', owner: 'COLLEGE_STAFF',
    input: async () => ({ schoolId: String(SCHOOL), name: '矩阵专业', isNew: true, industryCode: 'SMART_VEHICLES', introducedYear: 2024 }),
  },
  {
    mutation: 'updateMajor', registry: 'enterprise-classes', owner: 'COLLEGE_STAFF',
    input: async () => ({ id: '1', version: await versionInList('majors', '1'), occupationalStandard: '矩阵标准' }),
  },
  {
    mutation: 'registerEnterpriseClass', registry: 'enterprise-classes', owner: 'COLLEGE_STAFF',
    input: async () => ({ schoolId: String(SCHOOL), name: '矩阵订单班', partnerEnterpriseId: '5', cohortYear: 2024, seats: 30 }),
  },
  {
    mutation: 'updateEnterpriseClass', registry: 'enterprise-classes', owner: 'COLLEGE_STAFF',
    input: async () => ({ id: '2', version: await versionOf('enterpriseClass', '2'), seats: 41 }),
  },
  {
    mutation: 'pairMentors', registry: 'enterprise-classes', owner: 'COLLEGE_STAFF',
    input: async () => ({
      id: '1',
      version: await versionInConnection('students', '1'),
      collegeMentorId: records.collegeMentor,
      enterpriseMentorId: records.enterpriseMentor,
    }),
  },
  {
    mutation: 'registerResearchProject', registry: 'enterprise-classes', owner: 'COLLEGE_STAFF',
    input: async () => ({ schoolId: String(SCHOOL), title: '矩阵课题', kind: 'PATENT', year: 2024, participantIds: ['1'] }),
  },
  {
    mutation: 'updateResearchProject', registry: 'enterprise-classes', owner: 'COLLEGE_STAFF',
    input: async () => ({ id: '1', version: await versionInConnection('researchProjects', '1'), title: '矩阵课题（修订）' }),
  },

  { mutation: 'registerEnterprise', registry: 'pay-policies', owner: 'BUREAU_ADMIN', input: async () => ({ name: '矩阵企业', town: '河上镇' }) },
  {
    mutation: 'updateEnterprise', registry: 'pay-policies', owner: 'BUREAU_ADMIN',
    input: async () => ({ id: '6', version: await versionOf('enterprise', '6'), town: '蜀山街道' }),
  },
  {
    mutation: 'recordPayPolicy', registry: 'pay-policies', owner: 'ENTERPRISE_HR', enterpriseId: () => HR_ENTERPRISE,
    input: async () => ({ enterpriseId: String(HR_ENTERPRISE), scope: 'HIGH_SKILL_TALENT', upliftMinPercent: 10, upliftMaxPercent: 20, effectiveYear: 2024 }),
  },
  {
    mutation: 'updatePayPolicy', registry: 'pay-policies', owner: 'ENTERPRISE_HR', enterpriseId: () => records.payPolicy.enterpriseId,
    input: async () => ({ id: records.payPolicy.id, version: await versionInConnection('payPolicies', records.payPolicy.id), description: '矩阵' }),
  },
  {
    mutation: 'recordPromotionPathway', registry: 'pay-policies', owner: 'ENTERPRISE_HR', enterpriseId: () => HR_ENTERPRISE,
    input: async () => ({ enterpriseId: String(HR_ENTERPRISE), fromRole: '技师', toRole: '车间主任', honours: ['萧山工匠'] }),
  },
  {
    mutation: 'updatePromotionPathway', registry: 'pay-policies', owner: 'ENTERPRISE_HR', enterpriseId: () => records.pathway.enterpriseId,
    input: async () => ({ id: records.pathway.id, version: await versionInList('promotionPathways', records.pathway.id), toRoleEn: 'Workshop head' }),
  },
  {
    mutation: 'registerCertificationBody', registry: 'pay-policies', owner: 'BUREAU_ADMIN',
    input: async () => ({ kind: 'SOCIAL_EVALUATION_ORGANISATION', name: '矩阵评价组织', pilotSinceYear: 2024, pilotSinceMonth: 6 }),
  },
  {
    mutation: 'recordCertificationBatch', registry: 'pay-policies', owner: 'BUREAU_ADMIN',
    input: async () => ({ bodyId: '1', periodEnd: '2024-06-30', peopleCertified: 12, selfTrained: 3 }),
  },
  {
    mutation: 'recordSubsidy', registry: 'pay-policies', owner: 'BUREAU_ADMIN',
    input: async () => ({ kind: 'CERTIFICATION_GRANT', enterpriseId: '5', amountCny: 50_000, year: 2024 }),
  },
];

interface Caller {
  label: string;
  claims?: LocalTokenClaims;
  /** Whether this caller owns the case's record. */
  owns(c: Case): boolean;
}

const callersFor = (c: Case): Caller[] => {
  const enterprise = c.enterpriseId?.() ?? HR_ENTERPRISE;
  return [
    { label: 'PUBLIC (no token)', owns: () => false },
    { label: 'BUREAU_ADMIN', claims: { subject: 'bureau', role: 'BUREAU_ADMIN' }, owns: (k) => k.owner === 'BUREAU_ADMIN' },
    {
      label: `COLLEGE_STAFF of school ${OTHER_SCHOOL}`,
      claims: { subject: 'staff-2', role: 'COLLEGE_STAFF', schoolId: OTHER_SCHOOL },
      owns: () => false,
    },
    {
      label: `ENTERPRISE_HR of another enterprise (${enterprise + 1})`,
      claims: { subject: 'hr-other', role: 'ENTERPRISE_HR', enterpriseId: enterprise + 1 },
      owns: () => false,
    },
    {
      label: `COLLEGE_STAFF of school ${SCHOOL}`,
      claims: { subject: 'staff-1', role: 'COLLEGE_STAFF', schoolId: SCHOOL },
      owns: (k) => k.owner === 'COLLEGE_STAFF',
    },
    {
      label: `ENTERPRISE_HR of enterprise ${enterprise}`,
      claims: { subject: 'hr-own', role: 'ENTERPRISE_HR', enterpriseId: enterprise },
      owns: (k) => k.owner === 'ENTERPRISE_HR',
    },
  ];
};

const inputType = (mutation: string) => `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;

describe.each(CASES)('$mutation ($registry, owner $owner)', (c) => {
  // Refusals first, the owner's write last: a refused call must not move the version it reads.
  const ordered = () => [...callersFor(c)].sort((a, b) => Number(a.owns(c)) - Number(b.owns(c)));

  it('is written by its owner only; everyone else is refused with a code that says why', async () => {
    const outcomes: string[] = [];
    for (const caller of ordered()) {
      const input = await c.input();
      const { data, errors, status } = await graph.query(
        `mutation ($input: ${inputType(c.mutation)}!) { ${c.mutation}(input: $input) { id } }`,
        { input },
        { as: caller.claims },
      );
      expect(status, caller.label).toBe(200);
      if (caller.owns(c)) {
        expect(errors, caller.label).toBeUndefined();
        expect(data[c.mutation].id, caller.label).toBeTruthy();
        outcomes.push(`${caller.label}: written`);
      } else {
        const code = caller.claims ? 'FORBIDDEN' : 'UNAUTHENTICATED';
        expect(data?.[c.mutation] ?? null, caller.label).toBeNull();
        expect(errors?.[0].extensions, caller.label).toMatchObject({ code, field: c.mutation });
        expect(errors?.[0].message, caller.label).toContain(`${c.mutation} needs role`);
        outcomes.push(`${caller.label}: ${code}`);
      }
    }
    expect(outcomes.filter((o) => o.endsWith('written'))).toHaveLength(1);
  });
});

describe('the audit trail after the matrix', () => {
  const admin: LocalTokenClaims = { subject: 'auditor', role: 'BUREAU_ADMIN' };

  it.each([
    ['master-studios', 'masterStudiosAuditLog'],
    ['enterprise-classes', 'enterpriseClassesAuditLog'],
    ['pay-policies', 'payPoliciesAuditLog'],
  ] as const)('%s has one row per allowed write, naming who made it', async (registry, field) => {
    const { data, errors } = await graph.query(
      `{ ${field}(first: 100) { totalCount edges { node { operation actorRole actorSubject recordType recordId before after } } } }`,
      {},
      { as: admin },
    );
    expect(errors).toBeUndefined();
    const expected = CASES.filter((c) => c.registry === registry);
    expect(data[field].totalCount).toBe(expected.length);
    const entries = data[field].edges.map((e: { node: Record<string, any> }) => e.node);
    expect(entries.map((e: { operation: string }) => e.operation)).toEqual(expected.map((c) => c.mutation));
    for (const [i, entry] of entries.entries()) {
      expect(entry.actorRole).toBe(expected[i].owner);
      expect(entry.after).toMatchObject({ id: Number(entry.recordId) });
      expect(entry.before === null).toBe(/^(register|record)[A-Z]/.test(entry.operation) && entry.operation !== 'recordStudioLevelChange');
    }
  });
});
