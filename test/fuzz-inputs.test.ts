// Malformed input, generated from a fixed seed: wrong types, out-of-range numbers, unknown and
// malformed ids, huge and blank strings, stale versions, bad tokens, wrong roles, deep, aliased,
// oversized and garbled documents. Every answer must be a clear error with a known code (no 500,
// no "Unexpected error"), the graph must keep answering, and no registry may change.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LocalTokenClaims } from '@partnership/gateway';
import { random } from '../prisma/seed/catalogue.ts';
import { startGraph, type Graph } from './support/graph.ts';

const SEED = 20_261_126;
const REQUESTS = 560;
const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED', 'OPERATION_LIMIT_EXCEEDED', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST',
]);

// The seed's PRNG: the same SEED replays the same requests, so a failure reproduces exactly.
type Random = ReturnType<typeof random>;

const long = (r: Random, min: number) => 'x'.repeat(r.int(min, min * 20));
const MALFORMED_IDS = ['0', '-1', 'abc', '1.5', '12345678901', ' ', '1e3', '0x10'];
const WRONG_TYPES = [{}, { id: 1 }, [1, 2], true];

/** Values each kind of field must refuse; `required` fields refuse null too. */
const BAD: Record<string, (r: Random) => unknown> = {
  name: (r) => r.pick<unknown>(['', '   ', '\n\t', long(r, 601), 42, ...WRONG_TYPES]),
  text: (r) => r.pick<unknown>([long(r, 2001), 7, ...WRONG_TYPES]),
  year: (r) => r.pick<unknown>([1948, 2101, -1, 0, 99_999, 2024.5, 3_000_000_000, 'abc', '2024', ...WRONG_TYPES]),
  percent: (r) => r.pick<unknown>([-0.01, -50, 100.01, 1e9, 12.345, 'ten', ...WRONG_TYPES]),
  count: (r) => r.pick<unknown>([-1, -1000, 2.5, 3_000_000_000, 'many', ...WRONG_TYPES]),
  seats: (r) => r.pick<unknown>([-1, 1001, 50_000, 2.5, 'many']),
  month: (r) => r.pick<unknown>([0, 13, -1, 6.5, 'June']),
  /** The record an update names: unknown is NOT_FOUND. */
  recordId: (r) => r.pick<unknown>(['999999', '424242', ...MALFORMED_IDS, ...WRONG_TYPES]),
  /** A reference inside this registry: unknown is refused (exists). */
  localRef: (r) => r.pick<unknown>(['999999', '777777', ...MALFORMED_IDS, ...WRONG_TYPES]),
  /** A reference into another registry: asked of that registry through the gateway. */
  foreignRef: (r) => r.pick<unknown>(['999999', '31337', ...MALFORMED_IDS, ...WRONG_TYPES]),
  localCode: (r) => r.pick<unknown>(['NO_SUCH_INDUSTRY', 'lower_case', '#', '', 'A'.repeat(65), 5]),
  foreignCode: (r) => r.pick<unknown>(['NO_SUCH_CODE', 'lower_case', '#!', '', 'A'.repeat(65), ' SP ACE', 5]),
  codeList: (r) => BAD.foreignCodeList(r),
  foreignCodeList: (r) => r.pick<unknown>([['NO_SUCH_OCCUPATION'], ['FITTER', 'NO_SUCH_OCCUPATION'], ['bad code'], ['FITTER', ''], Array.from({ length: 51 }, (_, i) => `CODE_${i}`), [1], [{}]]),
  idList: (r) => r.pick<unknown>([['999999'], ['abc'], ['1', '-2'], Array.from({ length: 201 }, (_, i) => String(i + 1)), [{}]]),
  nameList: (r) => r.pick<unknown>([[''], ['  '], [long(r, 201)], Array.from({ length: 21 }, () => 'x'), [5]]),
  version: (r) => r.pick<unknown>([0, -1, 999, 2.5, 'v1', ...WRONG_TYPES]),
  enum: (r) => r.pick<unknown>(['NOT_A_VALUE', 'district', '', 3, ...WRONG_TYPES]),
  date: (r) => r.pick<unknown>(['2024-02-30', '30/06/2024', '', '1800-01-01', '2024-6-30', 20_240_630, ...WRONG_TYPES]),
  creditCode: (r) => r.pick<unknown>(['short', '91330109MA2ABCDE1', '!!!!!!!!!!!!!!!!!!', 'X'.repeat(40), 18]),
  /** upliftMinPercent above the policy's upliftMaxPercent of 20. */
  minAboveMax: (r) => r.pick([20.01, 50, 99.99]),
  /** selfTrained above the batch's peopleCertified of 10. */
  aboveCertified: (r) => r.int(11, 10_000),
};

interface Target {
  mutation: string;
  as: LocalTokenClaims;
  base: () => Record<string, unknown>;
  fields: Record<string, keyof typeof BAD>;
  required: string[];
}

const BUREAU: LocalTokenClaims = { subject: 'fuzz-bureau', role: 'BUREAU_ADMIN' };
const STAFF: LocalTokenClaims = { subject: 'fuzz-staff', role: 'COLLEGE_STAFF', schoolId: 1 };
const versions: Record<string, number> = {};
const refs = { payPolicy: '', policyEnterprise: 0, collegeMentor: '', enterpriseMentor: '' };

const TARGETS = (): Target[] => [
  {
    mutation: 'registerMasterStudio', as: BUREAU,
    base: () => ({ name: '模糊工作室', kind: 'TECHNICIAN_STUDIO', level: 'DISTRICT', recognisedYear: 2024, hostEnterpriseId: '5', leaderId: '1' }),
    fields: { name: 'name', kind: 'enum', level: 'enum', recognisedYear: 'year', hostEnterpriseId: 'foreignRef', leaderId: 'localRef', occupationCode: 'foreignCode', town: 'text', nameEn: 'text' },
    required: ['name', 'kind', 'level', 'recognisedYear'],
  },
  {
    mutation: 'updateMasterStudio', as: BUREAU,
    base: () => ({ id: '3', version: versions.studio3, name: '模糊' }),
    fields: { id: 'recordId', version: 'version', name: 'name', town: 'text', leaderId: 'localRef', hostEnterpriseId: 'foreignRef', industryCode: 'foreignCode' },
    required: ['id', 'version', 'name'],
  },
  {
    mutation: 'recordStudioLevelChange', as: BUREAU,
    base: () => ({ id: '4', version: versions.studio4, level: 'NATIONAL', year: 2030 }),
    fields: { id: 'recordId', version: 'version', level: 'enum', year: 'year', note: 'text' },
    required: ['id', 'version', 'level', 'year'],
  },
  {
    mutation: 'placeStudioOnCampus', as: BUREAU,
    base: () => ({ id: '5', version: versions.studio5, campusSchoolId: '1' }),
    fields: { id: 'recordId', version: 'version', campusSchoolId: 'foreignRef' },
    required: ['id', 'version'],
  },
  {
    mutation: 'retireMasterStudio', as: BUREAU,
    base: () => ({ id: '6', version: versions.studio6, reason: '模糊' }),
    fields: { id: 'recordId', version: 'version', reason: 'name' },
    required: ['id', 'version', 'reason'],
  },
  {
    mutation: 'registerIndustryCollege', as: STAFF,
    base: () => ({ schoolId: '1', name: '模糊产业学院', industryCode: 'SMART_VEHICLES', foundedYear: 2020, partnerEnterpriseId: '5' }),
    fields: { schoolId: 'localRef', name: 'name', industryCode: 'localCode', foundedYear: 'year', partnerEnterpriseId: 'foreignRef', nameEn: 'text' },
    required: ['schoolId', 'name'],
  },
  {
    mutation: 'updateMajor', as: STAFF,
    base: () => ({ id: '1', version: versions.major1, name: '模糊专业' }),
    fields: { id: 'recordId', version: 'version', name: 'name', introducedYear: 'year', industryCode: 'localCode', occupationalStandard: 'text' },
    required: ['id', 'version', 'name'],
  },
  {
    mutation: 'registerEnterpriseClass', as: STAFF,
    base: () => ({ schoolId: '1', name: '模糊订单班', partnerEnterpriseId: '5', seats: 30, cohortYear: 2024, majorId: '1' }),
    fields: { schoolId: 'localRef', name: 'name', partnerEnterpriseId: 'foreignRef', seats: 'seats', cohortYear: 'year', majorId: 'localRef', occupationCodes: 'codeList' },
    required: ['schoolId', 'name', 'partnerEnterpriseId'],
  },
  {
    mutation: 'updateEnterpriseClass', as: STAFF,
    base: () => ({ id: '2', version: versions.class2, seats: 10 }),
    fields: { id: 'recordId', version: 'version', seats: 'seats', name: 'name', industryCode: 'localCode' },
    required: ['id', 'version', 'name'],
  },
  {
    mutation: 'pairMentors', as: STAFF,
    base: () => ({ id: '1', version: versions.student1, collegeMentorId: refs.collegeMentor, enterpriseMentorId: refs.enterpriseMentor }),
    fields: { id: 'recordId', version: 'version', collegeMentorId: 'localRef', enterpriseMentorId: 'localRef' },
    required: ['id', 'version'],
  },
  {
    mutation: 'registerResearchProject', as: STAFF,
    base: () => ({ schoolId: '1', title: '模糊课题', kind: 'PATENT', year: 2024, participantIds: ['1'] }),
    fields: { schoolId: 'localRef', title: 'name', kind: 'enum', year: 'year', participantIds: 'idList', enterpriseId: 'foreignRef' },
    required: ['schoolId', 'title', 'kind', 'year'],
  },
  {
    mutation: 'registerEnterprise', as: BUREAU,
    base: () => ({ name: '模糊企业', creditCode: '91330109MA2FUZZ01X' }),
    fields: { name: 'name', creditCode: 'creditCode', town: 'text', industryCode: 'foreignCode' },
    required: ['name'],
  },
  {
    mutation: 'recordPayPolicy', as: { subject: 'fuzz-hr', role: 'ENTERPRISE_HR', enterpriseId: 5 },
    base: () => ({ enterpriseId: '5', scope: 'HIGH_SKILL_TALENT', upliftMinPercent: 10, upliftMaxPercent: 20, effectiveYear: 2024 }),
    fields: { enterpriseId: 'localRef', scope: 'enum', upliftMinPercent: 'minAboveMax', upliftMaxPercent: 'percent', effectiveYear: 'year', description: 'text' },
    required: ['enterpriseId', 'scope', 'upliftMinPercent', 'upliftMaxPercent', 'effectiveYear'],
  },
  {
    mutation: 'updatePayPolicy', as: { subject: 'fuzz-hr', role: 'ENTERPRISE_HR', enterpriseId: refs.policyEnterprise },
    base: () => ({ id: refs.payPolicy, version: versions.payPolicy, description: '模糊' }),
    fields: { id: 'recordId', version: 'version', upliftMaxPercent: 'percent', effectiveYear: 'year', scope: 'enum' },
    required: ['id', 'version'],
  },
  {
    mutation: 'recordPromotionPathway', as: { subject: 'fuzz-hr', role: 'ENTERPRISE_HR', enterpriseId: 5 },
    base: () => ({ enterpriseId: '5', fromRole: '技师', toRole: '车间主任' }),
    fields: { fromRole: 'name', toRole: 'name', honours: 'nameList', examplePerson: 'text' },
    required: ['enterpriseId', 'fromRole', 'toRole'],
  },
  {
    mutation: 'registerCertificationBody', as: BUREAU,
    base: () => ({ kind: 'SOCIAL_EVALUATION_ORGANISATION', name: '模糊评价组织', pilotSinceYear: 2024, pilotSinceMonth: 6 }),
    fields: { kind: 'enum', name: 'name', pilotSinceYear: 'year', pilotSinceMonth: 'month', enterpriseId: 'localRef', occupationCodes: 'foreignCodeList' },
    required: ['kind', 'name', 'pilotSinceYear'],
  },
  {
    mutation: 'recordCertificationBatch', as: BUREAU,
    base: () => ({ bodyId: '1', periodEnd: '2024-06-30', peopleCertified: 10, selfTrained: 2 }),
    fields: { bodyId: 'localRef', periodEnd: 'date', peopleCertified: 'count', selfTrained: 'aboveCertified', description: 'text' },
    required: ['bodyId', 'periodEnd', 'peopleCertified'],
  },
  {
    mutation: 'recordSubsidy', as: BUREAU,
    base: () => ({ kind: 'CERTIFICATION_GRANT', enterpriseId: '5', amountCny: 1000, year: 2024 }),
    fields: { kind: 'enum', enterpriseId: 'localRef', amountCny: 'count', year: 'year' },
    required: ['kind', 'amountCny', 'year'],
  },
];

const inputType = (mutation: string) => `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
const OTHER_CALLERS: (LocalTokenClaims | undefined)[] = [
  undefined,
  { subject: 'fuzz-other-staff', role: 'COLLEGE_STAFF', schoolId: 2 },
  { subject: 'fuzz-other-hr', role: 'ENTERPRISE_HR', enterpriseId: 9 },
];

interface Probe {
  label: string;
  send(): Promise<{ status: number; body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: unknown } }[] } }>;
  /** The root field whose value must stay null. */
  field?: string;
}

let graph: Graph;

/** One malformed write: a valid input with one field broken, or a caller who may not write. */
function inputProbe(r: Random, targets: Target[]): Probe {
  const target = r.pick(targets);
  const input = target.base();
  let label: string;
  let as: LocalTokenClaims | undefined = target.as;
  if (r.next() < 0.1) {
    as = r.pick(OTHER_CALLERS);
    label = `${target.mutation} as ${as?.role ?? 'PUBLIC'}${as?.schoolId ? ` of school ${as.schoolId}` : ''}`;
  } else {
    const field = r.pick(Object.keys(target.fields));
    const value = target.required.includes(field) && r.next() < 0.1 ? null : BAD[target.fields[field]](r);
    input[field] = value;
    label = `${target.mutation}.${field} = ${JSON.stringify(value)?.slice(0, 60)}`;
  }
  const query = `mutation ($input: ${inputType(target.mutation)}!) { ${target.mutation}(input: $input) { id } }`;
  return { label, field: target.mutation, send: () => graph.query(query, { input }, { as }).then((res) => ({ status: res.status, body: res })) };
}

const nest = (depth: number) => `masterStudio(id: "1") { ${'leader { studios { '.repeat(depth)}name${' } }'.repeat(depth)} }`;

/** One malformed document, body or token. */
function requestProbe(r: Random): Probe {
  const kind = r.int(0, 8);
  const plain = (label: string, query: string, variables?: Record<string, unknown>, as?: string) => ({
    label,
    send: () => graph.query(query, variables, { as }).then((res) => ({ status: res.status, body: res })),
  });
  switch (kind) {
    case 0:
      return plain('deep query', `{ ${nest(r.int(7, 40))} }`);
    case 1: {
      const aliases = r.int(31, 300);
      return plain(`${aliases} aliases`, `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: masterStudio(id: "${i + 1}") { name }`).join(' ')} }`);
    }
    case 2:
      return plain('too many tokens', `{ ${'__typename '.repeat(r.int(3001, 9000))} }`);
    case 3: {
      const garbage = Array.from({ length: r.int(1, 80) }, () => String.fromCharCode(r.int(33, 126))).join('');
      return plain(`garbled document ${JSON.stringify(garbage)}`, garbage.startsWith('{') ? `${garbage}}` : `{${garbage}`);
    }
    case 4:
      return plain('unknown field', `{ masterStudio(id: "1") { ${r.pick(['nme', 'secret', 'password', '__proto__x', 'levle'])} } }`);
    case 5:
      return plain('bad token', '{ masterStudio(id: "1") { name } }', undefined, r.pick(['x', 'a.b.c', 'eyJhbGciOiJub25lIn0.e30.', 'Bearer', 'a b']));
    case 6:
      return plain('bad page arguments', `query ($after: String, $first: Int) { masterStudios(first: $first, after: $after) { totalCount } }`, {
        after: r.pick(['zzz', '', '-1', 'bm90IGEgY3Vyc29y']),
        first: r.pick([-1, -100, 1001, 5_000]),
      });
    case 7:
      return plain('ill-typed variable', 'query ($id: ID!) { masterStudio(id: $id) { name } }', { id: r.pick<unknown>([{}, [1], true, null, 1.5]) });
    default: {
      const size = r.int(300_000, 900_000);
      return {
        label: `${size}-byte body`,
        send: async () => {
          const response = await fetch(graph.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(size) } }),
          });
          return { status: response.status, body: await response.json() };
        },
      };
    }
  }
}

const SNAPSHOT = `{
  masterStudios { totalCount } masterStudioCountsByLevel { level count }
  enterpriseClasses { totalCount } researchProjects { totalCount } students { totalCount } mentors { totalCount }
  majors { id version name } industryColleges { id version }
  enterprises { totalCount } payPolicies { totalCount } promotionPathways { id version }
  certificationBodies { totalCount } subsidies { totalCount }
  s3: masterStudio(id: "3") { version name } s4: masterStudio(id: "4") { version level } s6: masterStudio(id: "6") { version retiredAt }
  enterpriseClass(id: "2") { version seats }
  masterStudiosAuditLog { totalCount } enterpriseClassesAuditLog { totalCount } payPoliciesAuditLog { totalCount }
}`;

async function snapshot() {
  const { data, errors } = await graph.query(SNAPSHOT, {}, { as: BUREAU });
  expect(errors).toBeUndefined();
  return data;
}

beforeAll(async () => {
  graph = await startGraph();
  const { data } = await graph.query(`{
    s3: masterStudio(id: "3") { version } s4: masterStudio(id: "4") { version } s5: masterStudio(id: "5") { version } s6: masterStudio(id: "6") { version }
    majors { id version } enterpriseClass(id: "2") { version } students(first: 1) { edges { node { version } } }
    payPolicies(first: 1) { edges { node { id version enterprise { id } } } }
    college: mentors(side: COLLEGE, first: 1) { edges { node { id } } } enterprise: mentors(side: ENTERPRISE, first: 1) { edges { node { id } } }
  }`);
  Object.assign(versions, {
    studio3: data.s3.version, studio4: data.s4.version, studio5: data.s5.version, studio6: data.s6.version,
    major1: data.majors.find((m: { id: string }) => m.id === '1').version, class2: data.enterpriseClass.version,
    student1: data.students.edges[0].node.version, payPolicy: data.payPolicies.edges[0].node.version,
  });
  const policy = data.payPolicies.edges[0].node;
  Object.assign(refs, {
    payPolicy: policy.id, policyEnterprise: Number(policy.enterprise.id),
    collegeMentor: data.college.edges[0].node.id, enterpriseMentor: data.enterprise.edges[0].node.id,
  });
});
afterAll(() => graph?.stop());

it(`${REQUESTS} malformed requests: each a clear error with a known code, and nothing changes`, async () => {
  const before = await snapshot();
  const r = random(SEED);
  const targets = TARGETS();
  const probes = Array.from({ length: REQUESTS }, () => (r.next() < 0.75 ? inputProbe(r, targets) : requestProbe(r)));
  const codes = new Map<string, number>();

  // A few at a time: the gateway sees concurrent garbage, the machine is not flooded.
  for (let i = 0; i < probes.length; i += 4) {
    await Promise.all(
      probes.slice(i, i + 4).map(async (probe) => {
        const { status, body } = await probe.send();
        expect(status, probe.label).toBeLessThan(500);
        expect(body.errors ?? [], `${probe.label} was accepted`).not.toHaveLength(0);
        for (const error of body.errors!) {
          const code = String(error.extensions?.code);
          expect(KNOWN_CODES.has(code), `${probe.label}: ${JSON.stringify(error)}`).toBe(true);
          expect(error.message, probe.label).not.toMatch(/unexpected error|prisma|stack|sql|select |insert /i);
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
        if (probe.field) expect(body.data?.[probe.field] ?? null, probe.label).toBeNull();
      }),
    );
  }

  // Every kind of refusal was exercised, and the data is what it was.
  for (const code of ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_LIMIT_EXCEEDED', 'PAYLOAD_TOO_LARGE']) {
    expect(codes.get(code) ?? 0, code).toBeGreaterThan(0);
  }
  expect(await snapshot()).toEqual(before);
});

it('checks references into other registries where they live, naming the field', async () => {
  const register = `mutation ($input: RegisterEnterpriseClassInput!) { registerEnterpriseClass(input: $input) { id } }`;
  const input = { schoolId: '1', name: '引用检查订单班', partnerEnterpriseId: '999999' };
  const { data, errors } = await graph.query(register, { input }, { as: STAFF });
  expect(data?.registerEnterpriseClass ?? null).toBeNull();
  expect(errors?.[0]).toMatchObject({
    message: 'input.partnerEnterpriseId refers to Enterprise 999999, which does not exist.',
    extensions: { code: 'BAD_USER_INPUT', field: 'input.partnerEnterpriseId', rule: 'exists' },
  });
  const placed = await graph.query(
    `mutation ($v: Int!) { placeStudioOnCampus(input: { id: "5", version: $v, campusSchoolId: "424242" }) { id } }`,
    { v: versions.studio5 },
    { as: BUREAU },
  );
  expect(placed.errors?.[0].message).toBe('input.campusSchoolId refers to School 424242, which does not exist.');
  const valid = await graph.query(register, { input: { ...input, partnerEnterpriseId: '5' } }, { as: STAFF });
  expect(valid.errors).toBeUndefined();
});
