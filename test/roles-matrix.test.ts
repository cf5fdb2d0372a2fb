// Every mutation under every role, through the gateway: its owner may write, everyone else is
// refused (UNAUTHENTICATED without a token, FORBIDDEN with the wrong role or the wrong school or
// enterprise), and only the allowed writes leave an audit row. The mutations, their registries and
// their owners come from the schema (support/mutations.ts); this file gives each a valid input.
import { yearInXiaoshan } from '@partnership/kit';
import type { LocalTokenClaims } from '@partnership/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type Graph } from './support/graph.ts';
import { MUTATIONS, type MutationInfo } from './support/mutations.ts';

type Input = Record<string, unknown>;

interface Valid {
  /** ENTERPRISE_HR cases: the enterprise whose record it is. */
  enterpriseId?: () => number;
  /** It names a record on file by what it links rather than by id (a removal): its audit row has a before. */
  namesLinkedRecord?: boolean;
  input: () => Promise<Input>;
}

type Case = MutationInfo & Valid;

const SCHOOL = 1;
const OTHER_SCHOOL = 2;
const HR_ENTERPRISE = 5;

let graph: Graph;
const records = { payPolicy: { id: '', enterpriseId: 0 }, pathway: { id: '', enterpriseId: 0 }, collegeMentor: '', enterpriseMentor: '' };

beforeAll(async () => {
  graph = await startGraph();
  const { data } = await graph.query(`{
    payPolicies(first: 1) { edges { node { id enterprise { id } } } }
    promotionPathways(first: 1) { edges { node { id enterprise { id } } } }
    college: mentors(side: COLLEGE, first: 1) { edges { node { id } } }
    enterprise: mentors(side: ENTERPRISE, first: 2) { edges { node { id } } }
  }`);
  const policy = data.payPolicies.edges[0].node;
  records.payPolicy = { id: policy.id, enterpriseId: Number(policy.enterprise.id) };
  const pathway = data.promotionPathways.edges[0].node;
  records.pathway = { id: pathway.id, enterpriseId: Number(pathway.enterprise.id) };
  records.collegeMentor = data.college.edges[0].node.id;
  records.enterpriseMentor = data.enterprise.edges[1].node.id;
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

/** A valid input for each mutation, written by its owner. */
const VALID: Record<string, Valid> = {
  registerMasterStudio: { input: async () => ({ name: '矩阵工作室', kind: 'TECHNICIAN_STUDIO', level: 'DISTRICT', recognisedYear: 2024, hostEnterpriseId: '5' }),
  },
  updateMasterStudio: { input: () => studio('3')({ town: '蜀山街道' }) },
  recordStudioLevelChange: { input: async () => {
      const { data } = await graph.query(`{ masterStudio(id: "4") { level } }`);
      return studio('4')({ level: data.masterStudio.level === 'NATIONAL' ? 'PROVINCIAL' : 'NATIONAL', year: yearInXiaoshan() });
    },
  },
  placeStudioOnCampus: { input: () => studio('5')({ campusSchoolId: '2' }) },
  retireMasterStudio: { input: () => studio('6')({ reason: '矩阵测试' }) },

  registerIndustryCollege: { input: async () => ({ schoolId: String(SCHOOL), name: '矩阵产业学院', partnerEnterpriseId: '1', industryCode: 'SMART_VEHICLES', foundedYear: 2024 }),
  },
  updateIndustryCollege: { input: async () => ({ id: '1', version: await versionInList('industryColleges', '1'), foundedYear: 2021 }),
  },
  registerMajor: { input: async () => ({ schoolId: String(SCHOOL), name: '矩阵专业', isNew: true, industryCode: 'SMART_VEHICLES', introducedYear: 2024 }),
  },
  updateMajor: { input: async () => ({ id: '1', version: await versionInList('majors', '1'), occupationalStandard: '矩阵标准' }),
  },
  registerEnterpriseClass: { input: async () => ({ schoolId: String(SCHOOL), name: '矩阵订单班', partnerEnterpriseId: '1', cohortYear: 2024, seats: 30 }),
  },
  updateEnterpriseClass: { input: async () => ({ id: '2', version: await versionOf('enterpriseClass', '2'), seats: 41 }),
  },
  pairMentors: { input: async () => ({
      id: '1',
      version: await versionInConnection('students', '1'),
      collegeMentorId: records.collegeMentor,
      enterpriseMentorId: records.enterpriseMentor,
    }),
  },
  addSchoolPartner: { input: async () => ({ schoolId: String(SCHOOL), enterpriseId: '4' }) },
  // 宝盛集团: a partner of school 1 with no order class or industry college there.
  removeSchoolPartner: { namesLinkedRecord: true, input: async () => ({ schoolId: String(SCHOOL), enterpriseId: '2' }) },
  registerResearchProject: { input: async () => ({ schoolId: String(SCHOOL), title: '矩阵课题', kind: 'PATENT', year: 2024, participantIds: ['1'] }),
  },
  updateResearchProject: { input: async () => ({ id: '1', version: await versionInConnection('researchProjects', '1'), title: '矩阵课题（修订）' }),
  },

  registerEnterprise: { input: async () => ({ name: '矩阵企业', town: '河上镇' }) },
  updateEnterprise: { input: async () => ({ id: '6', version: await versionOf('enterprise', '6'), town: '蜀山街道' }),
  },
  recordPayPolicy: { enterpriseId: () => HR_ENTERPRISE,
    input: async () => ({ enterpriseId: String(HR_ENTERPRISE), scope: 'HIGH_SKILL_TALENT', upliftMinPercent: 10, upliftMaxPercent: 20, effectiveYear: 2024 }),
  },
  updatePayPolicy: { enterpriseId: () => records.payPolicy.enterpriseId,
    input: async () => ({ id: records.payPolicy.id, version: await versionInConnection('payPolicies', records.payPolicy.id), description: '矩阵' }),
  },
  recordPromotionPathway: { enterpriseId: () => HR_ENTERPRISE,
    input: async () => ({ enterpriseId: String(HR_ENTERPRISE), fromRole: '技师', toRole: '车间主任', honours: ['萧山工匠'] }),
  },
  updatePromotionPathway: { enterpriseId: () => records.pathway.enterpriseId,
    input: async () => ({ id: records.pathway.id, version: await versionInConnection('promotionPathways', records.pathway.id), toRoleEn: 'Workshop head' }),
  },
  registerCertificationBody: { input: async () => ({ kind: 'SOCIAL_EVALUATION_ORGANISATION', name: '矩阵评价组织', pilotSinceYear: 2024, pilotSinceMonth: 6 }),
  },
  recordCertificationBatch: { input: async () => ({ bodyId: '1', periodEnd: '2024-06-30', peopleCertified: 12, selfTrained: 3 }),
  },
  recordSubsidy: { input: async () => ({ kind: 'CERTIFICATION_GRANT', enterpriseId: '5', amountCny: 50_000, year: 2024 }),
  },
};

/** Every mutation of the schema, in schema order; one without a valid input fails below. */
const CASES: Case[] = MUTATIONS.map((m) => ({ ...m, ...(VALID[m.name] ?? { input: () => Promise.reject(new Error(`${m.name} has no valid input in VALID`)) }) }));

it('gives every mutation of the schema a valid input, and no input to a mutation the schema lacks', () => {
  expect(MUTATIONS.filter((m) => !VALID[m.name]).map((m) => m.name)).toEqual([]);
  expect(Object.keys(VALID).filter((name) => !MUTATIONS.some((m) => m.name === name))).toEqual([]);
});

interface Caller {
  label: string;
  claims?: LocalTokenClaims;
  /** Whether this caller owns the case's record. */
  owns(c: Case): boolean;
}

// The owners' names, as an identity provider's name claim carries them; HR's token has none.
const OWNER_NAMES: Record<Case['owner'], string | null> = { BUREAU_ADMIN: '张敏', COLLEGE_STAFF: '李伟', ENTERPRISE_HR: null };

const callersFor = (c: Case): Caller[] => {
  const enterprise = c.enterpriseId?.() ?? HR_ENTERPRISE;
  return [
    { label: 'PUBLIC (no token)', owns: () => false },
    { label: 'BUREAU_ADMIN', claims: { subject: 'bureau', name: OWNER_NAMES.BUREAU_ADMIN!, role: 'BUREAU_ADMIN' }, owns: (k) => k.owner === 'BUREAU_ADMIN' },
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
      claims: { subject: 'staff-1', name: OWNER_NAMES.COLLEGE_STAFF!, role: 'COLLEGE_STAFF', schoolId: SCHOOL },
      owns: (k) => k.owner === 'COLLEGE_STAFF',
    },
    {
      label: `ENTERPRISE_HR of enterprise ${enterprise}`,
      claims: { subject: 'hr-own', role: 'ENTERPRISE_HR', enterpriseId: enterprise },
      owns: (k) => k.owner === 'ENTERPRISE_HR',
    },
  ];
};

describe.each(CASES)('$name ($registry, owner $owner)', (c) => {
  // Refusals first, the owner's write last: a refused call must not move the version it reads.
  const ordered = () => [...callersFor(c)].sort((a, b) => Number(a.owns(c)) - Number(b.owns(c)));

  it('is written by its owner only; everyone else is refused with a code that says why', async () => {
    const outcomes: string[] = [];
    for (const caller of ordered()) {
      const input = await c.input();
      const { data, errors, status } = await graph.query(
        `mutation ($input: ${c.inputType}!) { ${c.name}(input: $input) { id } }`,
        { input },
        { as: caller.claims },
      );
      expect(status, caller.label).toBe(200);
      if (caller.owns(c)) {
        expect(errors, caller.label).toBeUndefined();
        expect(data[c.name].id, caller.label).toBeTruthy();
        outcomes.push(`${caller.label}: written`);
      } else {
        const code = caller.claims ? 'FORBIDDEN' : 'UNAUTHENTICATED';
        expect(data?.[c.name] ?? null, caller.label).toBeNull();
        expect(errors?.[0].extensions, caller.label).toMatchObject({ code, field: c.name });
        expect(errors?.[0].message, caller.label).toContain(`${c.name} needs role`);
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
      `{ ${field}(first: 100) { totalCount edges { node { operation actorRole actorSubject actorName recordType recordId before after } } } }`,
      {},
      { as: admin },
    );
    expect(errors).toBeUndefined();
    const expected = CASES.filter((c) => c.registry === registry);
    expect(data[field].totalCount).toBe(expected.length);
    const entries = data[field].edges.map((e: { node: Record<string, any> }) => e.node);
    expect(entries.map((e: { operation: string }) => e.operation)).toEqual(expected.map((c) => c.name));
    for (const [i, entry] of entries.entries()) {
      expect(entry.actorRole).toBe(expected[i].owner);
      expect(entry.actorName).toBe(OWNER_NAMES[expected[i].owner]);
      expect(entry.after).toMatchObject({ id: Number(entry.recordId) });
      // A write that names its record (an update, an action, a removal) has a before; a create has none.
      const namesRecord = expected[i].fields.some((f) => f.rule === 'recordId') || expected[i].namesLinkedRecord === true;
      expect(entry.before === null).toBe(!namesRecord);
    }
  });
});
