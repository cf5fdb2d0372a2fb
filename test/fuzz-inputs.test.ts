// Malformed input, generated from a fixed seed, on reads and writes of all three registries:
// wrong types, out-of-range and over-precise numbers, huge ints, unknown and malformed ids, dates
// that do not exist, hostile text (NUL and other control characters, lone surrogates, bidi
// overrides, invisible-only and overlong strings) in every kind of string field, enum junk,
// deeply nested inputs, stale versions, bad tokens, wrong roles, deep, aliased, oversized and
// garbled documents. Every answer must be a clear error with a known code (never
// INTERNAL_SERVER_ERROR), each class refused the way it should be, and no registry may change.
import { yearInXiaoshan } from '@partnership/kit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LocalTokenClaims } from '@partnership/gateway';
import { random } from '../prisma/seed/catalogue.ts';
import { startGraph, type Graph } from './support/graph.ts';
import { MUTATIONS, type InputField } from './support/mutations.ts';
import { BAD_DATES, BAD_IDS, BAD_INTS, BAD_PRECISION, deepList, deepObject, FORGED_CURSORS, HOSTILE_TEXT, overlong, type HostileText } from './support/hostile-values.ts';

const SEED = 20_261_126;
const REQUESTS = 1200;
const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED', 'OPERATION_LIMIT_EXCEEDED', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST',
]);

// The seed's PRNG: the same SEED replays the same requests, so a failure reproduces exactly.
type Random = ReturnType<typeof random>;

const long = (r: Random, min: number) => 'x'.repeat(r.int(min, min * 20));
const MALFORMED_IDS = ['0', '-1', 'abc', '1.5', '12345678901', ' ', '1e3', '0x10'];
/** Well-formed ids no record has. */
const UNKNOWN_IDS = ['999999', '424242'];
const WRONG_TYPES = [{}, { id: 1 }, [1, 2], true];

/** Values each kind of field must refuse; `required` fields refuse null too. */
const BAD: Record<string, (r: Random) => unknown> = {
  name: (r) => r.pick<unknown>(['', '   ', '\n\t', long(r, 601), 42, ...WRONG_TYPES]),
  text: (r) => r.pick<unknown>([long(r, 2001), 7, ...WRONG_TYPES]),
  multiline: (r) => BAD.text(r),
  year: (r) => r.pick<unknown>([1948, 2101, -1, 0, 99_999, 2024.5, 3_000_000_000, 'abc', '2024', ...WRONG_TYPES]),
  /** A year something happened in: next year is refused too. */
  pastYear: (r) => r.pick<unknown>([yearInXiaoshan() + 1, 2100, 1948, 2024.5, 'abc', ...WRONG_TYPES]),
  percent: (r) => r.pick<unknown>([-0.01, -50, 100.01, 1e9, 12.345, 'ten', ...WRONG_TYPES]),
  count: (r) => r.pick<unknown>([-1, -1000, 2.5, 3_000_000_000, 'many', ...WRONG_TYPES]),
  seats: (r) => r.pick<unknown>([-1, 1001, 50_000, 2.5, 'many']),
  month: (r) => r.pick<unknown>([0, 13, -1, 6.5, 'June']),
  /** The record an update names: unknown is NOT_FOUND. */
  recordId: (r) => r.pick<unknown>([...UNKNOWN_IDS, ...MALFORMED_IDS, ...WRONG_TYPES]),
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
  // true is a Boolean's own value, not a wrong type.
  boolean: (r) => r.pick<unknown>(['yes', 'true', 1, 0, ...WRONG_TYPES.filter((value) => value !== true)]),
  enum: (r) => r.pick<unknown>(['NOT_A_VALUE', 'district', '', 3, ...WRONG_TYPES]),
  date: (r) => r.pick<unknown>(['2024-02-30', '30/06/2024', '', '1800-01-01', '2024-6-30', 20_240_630, ...WRONG_TYPES]),
  // A wrong check character; letters no code uses (I, O, S, V, Z).
  creditCode: (r) => r.pick<unknown>(['short', '91330109MA2ABCDE1', '91330109MA2FUXX01V', '91330109MA2FUZZ01X', '!!!!!!!!!!!!!!!!!!', 'X'.repeat(40), 18]),
  // Towns are a controlled list: a near miss, another place, free text.
  town: (r) => r.pick<unknown>(['瓜沥', '城厢街道', 'Guali', long(r, 2001), 3, ...WRONG_TYPES]),
  /** upliftMinPercent above the policy's upliftMaxPercent of 20. */
  minAboveMax: (r) => r.pick([20.01, 50, 99.99]),
  /** selfTrained above the batch's peopleCertified of 10. */
  aboveCertified: (r) => r.int(11, 10_000),
};

/** A mutation under test: a valid input (`base`) that each probe breaks in one field. */
interface Target {
  mutation: string;
  as: LocalTokenClaims;
  base: () => Record<string, unknown>;
  /** Each input field's kind of bad value, from the rule it was declared with. */
  fields: Record<string, keyof typeof BAD>;
  /** Fields that refuse null. */
  required: string[];
  /** Whether `base` is a valid input (from VALID), not placeholders. */
  valid: boolean;
}

type Valid = Pick<Target, 'mutation' | 'as' | 'base'>;

/** The bad values for each kit rule a field can be declared with (kit write-input.ts). */
const BAD_FOR_RULE: Record<string, keyof typeof BAD> = {
  name: 'name', text: 'text', multiline: 'multiline', year: 'year', pastYear: 'pastYear', month: 'month', count: 'count', percent: 'percent', date: 'date',
  id: 'localRef', recordId: 'recordId', version: 'version', code: 'foreignCode', enum: 'enum', boolean: 'boolean',
  codeList: 'codeList', idList: 'idList', nameList: 'nameList', creditCode: 'creditCode', town: 'town',
};

/** Rules across fields, which a field's own bad values do not reach. */
const CROSS_FIELD: Record<string, Record<string, keyof typeof BAD>> = {
  recordPayPolicy: { upliftMinPercent: 'minAboveMax' },
  recordCertificationBatch: { selfTrained: 'aboveCertified' },
};

const CALLER_OF_ROLE = (): Record<string, LocalTokenClaims> => ({ BUREAU_ADMIN: BUREAU, COLLEGE_STAFF: STAFF, ENTERPRISE_HR: { subject: 'fuzz-hr', role: 'ENTERPRISE_HR', enterpriseId: 5 } });

/**
 * A placeholder of a field's type, for a mutation that has no valid input here. Its version is
 * one no record has, so even a probe that breaks no field (a wrong caller) cannot write.
 */
function placeholder(field: InputField): unknown {
  const one = field.rule === 'version' ? 999_999 : field.scalar === 'enum' ? field.enumValues[0] : ({ String: 'x', ID: '1', Int: 2024, Float: 1, Boolean: true } as Record<string, unknown>)[field.scalar];
  return field.list ? [one] : one;
}

/** Every mutation of the schema as a target; its fields and their bad values come from its input type. */
function targetsOf(valid: Valid[]): Target[] {
  return MUTATIONS.map((mutation) => {
    const given = valid.find((v) => v.mutation === mutation.name);
    const required = mutation.fields.filter((f) => f.required || f.keep).map((f) => f.name);
    const base = given?.base ?? (() => Object.fromEntries(mutation.fields.filter((f) => f.required).map((f) => [f.name, placeholder(f)])));
    const fields = Object.fromEntries(
      mutation.fields.map((f) => {
        const kind = CROSS_FIELD[mutation.name]?.[f.name] ?? BAD_FOR_RULE[f.rule ?? ''];
        if (!kind) throw new Error(`${mutation.name}.${f.name}: no bad values for rule ${f.rule}`);
        return [f.name, kind];
      }),
    );
    return { mutation: mutation.name, as: given?.as ?? CALLER_OF_ROLE()[mutation.owner], base, fields, required, valid: given !== undefined };
  });
}

const BUREAU: LocalTokenClaims = { subject: 'fuzz-bureau', role: 'BUREAU_ADMIN' };
const STAFF: LocalTokenClaims = { subject: 'fuzz-staff', role: 'COLLEGE_STAFF', schoolId: 1 };
const versions: Record<string, number> = {};
const refs = { payPolicy: '', policyEnterprise: 0, collegeMentor: '', enterpriseMentor: '' };

/** Valid inputs for the mutations that have one here; the others get placeholders. */
const VALID = (): Valid[] => [
  {
    mutation: 'registerMasterStudio', as: BUREAU,
    base: () => ({ name: '模糊工作室', kind: 'TECHNICIAN_STUDIO', level: 'DISTRICT', recognisedYear: 2024, hostEnterpriseId: '5', leaderId: '1' }),
  },
  {
    mutation: 'updateMasterStudio', as: BUREAU,
    base: () => ({ id: '3', version: versions.studio3, name: '模糊' }),
  },
  {
    mutation: 'recordStudioLevelChange', as: BUREAU,
    base: () => ({ id: '4', version: versions.studio4, level: 'NATIONAL', year: yearInXiaoshan() }),
  },
  {
    mutation: 'placeStudioOnCampus', as: BUREAU,
    base: () => ({ id: '5', version: versions.studio5, campusSchoolId: '1' }),
  },
  {
    mutation: 'retireMasterStudio', as: BUREAU,
    base: () => ({ id: '6', version: versions.studio6, reason: '模糊' }),
  },
  {
    mutation: 'registerIndustryCollege', as: STAFF,
    base: () => ({ schoolId: '1', name: '模糊产业学院', industryCode: 'SMART_VEHICLES', foundedYear: 2020, partnerEnterpriseId: '5' }),
  },
  {
    mutation: 'updateMajor', as: STAFF,
    base: () => ({ id: '1', version: versions.major1, name: '模糊专业' }),
  },
  {
    mutation: 'registerEnterpriseClass', as: STAFF,
    base: () => ({ schoolId: '1', name: '模糊订单班', partnerEnterpriseId: '5', seats: 30, cohortYear: 2024, majorId: '1' }),
  },
  {
    mutation: 'updateEnterpriseClass', as: STAFF,
    base: () => ({ id: '2', version: versions.class2, seats: 10 }),
  },
  {
    mutation: 'pairMentors', as: STAFF,
    base: () => ({ id: '1', version: versions.student1, collegeMentorId: refs.collegeMentor, enterpriseMentorId: refs.enterpriseMentor }),
  },
  { mutation: 'addSchoolPartner', as: STAFF, base: () => ({ schoolId: '1', enterpriseId: '4' }) },
  { mutation: 'removeSchoolPartner', as: STAFF, base: () => ({ schoolId: '1', enterpriseId: '2' }) },
  {
    mutation: 'registerResearchProject', as: STAFF,
    base: () => ({ schoolId: '1', title: '模糊课题', kind: 'PATENT', year: 2024, participantIds: ['1'] }),
  },
  {
    mutation: 'registerEnterprise', as: BUREAU,
    base: () => ({ name: '模糊企业', creditCode: '91330109MA2FUXX01U' }),
  },
  {
    mutation: 'recordPayPolicy', as: { subject: 'fuzz-hr', role: 'ENTERPRISE_HR', enterpriseId: 5 },
    base: () => ({ enterpriseId: '5', scope: 'HIGH_SKILL_TALENT', upliftMinPercent: 10, upliftMaxPercent: 20, effectiveYear: 2024 }),
  },
  {
    mutation: 'updatePayPolicy', as: { subject: 'fuzz-hr', role: 'ENTERPRISE_HR', enterpriseId: refs.policyEnterprise },
    base: () => ({ id: refs.payPolicy, version: versions.payPolicy, description: '模糊' }),
  },
  {
    mutation: 'recordPromotionPathway', as: { subject: 'fuzz-hr', role: 'ENTERPRISE_HR', enterpriseId: 5 },
    base: () => ({ enterpriseId: '5', fromRole: '技师', toRole: '车间主任' }),
  },
  {
    mutation: 'registerCertificationBody', as: BUREAU,
    base: () => ({ kind: 'SOCIAL_EVALUATION_ORGANISATION', name: '模糊评价组织', pilotSinceYear: 2024, pilotSinceMonth: 6 }),
  },
  {
    mutation: 'recordCertificationBatch', as: BUREAU,
    base: () => ({ bodyId: '1', periodEnd: '2024-06-30', peopleCertified: 10, selfTrained: 2 }),
  },
  {
    mutation: 'recordSubsidy', as: BUREAU,
    base: () => ({ kind: 'CERTIFICATION_GRANT', enterpriseId: '5', amountCny: 1000, year: 2024 }),
  },
];

const inputType = (mutation: string) => `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
const OTHER_CALLERS: (LocalTokenClaims | undefined)[] = [
  undefined,
  { subject: 'fuzz-other-staff', role: 'COLLEGE_STAFF', schoolId: 2 },
  { subject: 'fuzz-other-hr', role: 'ENTERPRISE_HR', enterpriseId: 9 },
];

/** What a class of probe must be refused with; reads and writes of every registry are probed. */
type ProbeClass =
  | 'write: wrong value' | 'write: wrong caller' | 'write: hostile text' | 'write: bad date' | 'write: over-precise number' | 'write: bad number'
  | 'read: hostile text' | 'read: malformed id' | 'read: forged cursor' | 'read: bad date' | 'read: enum junk' | 'read: bad number' | 'read: huge list'
  | 'nested input' | 'bad request';

interface Refusal {
  code: string;
  /** The field the error must name (extensions.field), or its start for a list element. */
  field?: string;
  rule?: string;
}

interface Probe {
  kind: ProbeClass;
  label: string;
  send(): Promise<{ status: number; body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } }>;
  /** The root field whose value must stay null. */
  field?: string;
  /** The exact refusal, where the class has one; otherwise any known code will do. */
  refusal?: Refusal;
}

let graph: Graph;

const post = (query: string, variables?: Record<string, unknown>, as?: string | LocalTokenClaims) =>
  graph.query(query, variables, { as }).then((res) => ({ status: res.status, body: res }));

/** A JSON body as a client may write it, e.g. with 1e999, which JSON.stringify cannot produce. */
async function postRaw(body: string, as?: LocalTokenClaims) {
  const token = as && (await graph.token(as));
  const response = await fetch(graph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body,
  });
  return { status: response.status, body: await response.json() };
}

const TEXT_KINDS = new Set(['name', 'text', 'multiline', 'recordId', 'localRef', 'foreignRef', 'localCode', 'foreignCode', 'creditCode', 'date']);
const LIST_KINDS = new Set(['codeList', 'foreignCodeList', 'idList', 'nameList']);
const INT_KINDS = new Set(['year', 'pastYear', 'count', 'seats', 'month', 'version', 'aboveCertified']);
const FLOAT_KINDS = new Set(['percent', 'minAboveMax']);
const RECORD_ID_KIND = new Set(['recordId']);
const VERSION_KIND = new Set(['version']);
const fieldsOf = (target: Target, kinds: Set<string>) => Object.keys(target.fields).filter((f) => kinds.has(target.fields[f]));

/** Any text a hostile client might send; line breaks are fine where the field is multi-line. */
function hostileText(r: Random, multiline: boolean): HostileText {
  if (r.next() < 0.08) return overlong(r.int(2001, 20_000));
  return r.pick(HOSTILE_TEXT.filter((h) => !(multiline && h.rule === 'singleLine')));
}

const show = (field: string, value: unknown) => `.${field} = ${JSON.stringify(value)?.slice(0, 60)}`;
const mutationOf = (target: Target) => `mutation ($input: ${inputType(target.mutation)}!) { ${target.mutation}(input: $input) { id } }`;
function writeProbe(kind: ProbeClass, target: Target, input: Record<string, unknown>, label: string, options: { refusal?: Refusal; as?: LocalTokenClaims } = {}): Probe {
  const as = 'as' in options ? options.as : target.as;
  return { kind, label: `${target.mutation}${label}`, field: target.mutation, refusal: options.refusal, send: () => post(mutationOf(target), { input }, as) };
}

/** One malformed write: a valid input with one field broken, or a caller who may not write. */
function writeProbeOf(r: Random, targets: Target[], kind: ProbeClass): Probe {
  const byName = (name: string) => targets.find((t) => t.mutation === name)!;
  const target = kind === 'write: bad date' ? byName('recordCertificationBatch')
    : kind === 'write: over-precise number' ? byName(r.pick(['recordPayPolicy', 'updatePayPolicy']))
    : r.pick(targets.filter((t) => kind !== 'write: hostile text' || fieldsOf(t, TEXT_KINDS).length || fieldsOf(t, LIST_KINDS).length));
  const input = target.base();
  switch (kind) {
    case 'write: wrong caller': {
      const as = r.pick(OTHER_CALLERS);
      return writeProbe(kind, target, input, ` as ${as?.role ?? 'PUBLIC'}${as?.schoolId ? ` of school ${as.schoolId}` : ''}`, { as });
    }
    case 'write: hostile text': {
      const field = r.pick([...fieldsOf(target, TEXT_KINDS), ...fieldsOf(target, LIST_KINDS)]);
      const hostile = hostileText(r, target.fields[field] === 'multiline');
      const inList = LIST_KINDS.has(target.fields[field]);
      input[field] = inList ? ['FITTER', hostile.value] : hostile.value;
      const path = `input.${field}${inList ? '.1' : ''}`;
      return writeProbe(kind, target, input, show(field, input[field]), { refusal: { code: 'BAD_USER_INPUT', field: path, rule: hostile.rule } });
    }
    case 'write: bad date':
      input.periodEnd = r.pick(BAD_DATES);
      return writeProbe(kind, target, input, show('periodEnd', input.periodEnd), { refusal: { code: 'BAD_USER_INPUT', field: 'input.periodEnd' } });
    case 'write: over-precise number': {
      // Below upliftMaxPercent (20) for the minimum, above upliftMinPercent (10) for the maximum.
      const field = r.pick(['upliftMinPercent', 'upliftMaxPercent']);
      input[field] = r.pick(BAD_PRECISION.filter((v) => (field === 'upliftMinPercent' ? v < 20 : v > 10)));
      return writeProbe(kind, target, input, show(field, input[field]), { refusal: { code: 'BAD_USER_INPUT', field: `input.${field}`, rule: 'precision' } });
    }
    case 'write: bad number': {
      const float = r.next() < 0.3 && fieldsOf(target, FLOAT_KINDS).length > 0;
      const field = r.pick(fieldsOf(target, float ? FLOAT_KINDS : INT_KINDS));
      if (!field) return writeProbeOf(r, targets, 'write: wrong value');
      if (r.next() < 0.2) {
        // A number JSON can write but JavaScript reads as Infinity.
        const body = JSON.stringify({ query: mutationOf(target), variables: { input: { ...input, [field]: '__INFINITY__' } } }).replace('"__INFINITY__"', '1e999');
        return { kind, label: `${target.mutation}.${field} = 1e999`, field: target.mutation, send: () => postRaw(body, target.as) };
      }
      input[field] = r.pick(BAD_INTS.filter((v) => !(float && v === 1.5)));
      return writeProbe(kind, target, input, show(field, input[field]));
    }
    default: {
      const field = r.pick(Object.keys(target.fields));
      input[field] = target.required.includes(field) && r.next() < 0.1 ? null : BAD[target.fields[field]](r);
      return writeProbe(kind, target, input, show(field, input[field]));
    }
  }
}

/** An update of a record that does not exist: NOT_FOUND. */
function unknownRecordProbe(r: Random, targets: Target[]): Probe {
  const target = r.pick(targets.filter((t) => fieldsOf(t, RECORD_ID_KIND).length));
  const field = r.pick(fieldsOf(target, RECORD_ID_KIND));
  const input = { ...target.base(), [field]: r.pick(UNKNOWN_IDS) };
  return writeProbe('write: wrong value', target, input, show(field, input[field]), { refusal: { code: 'NOT_FOUND', field: `input.${field}` } });
}

/** A valid update but for a version its record is not at: CONFLICT. */
function otherVersionProbe(r: Random, targets: Target[]): Probe {
  const target = r.pick(targets.filter((t) => t.valid && fieldsOf(t, VERSION_KIND).length));
  const field = r.pick(fieldsOf(target, VERSION_KIND));
  const input = target.base();
  input[field] = (input[field] as number) + r.int(1, 50);
  return writeProbe('write: wrong value', target, input, show(field, input[field]), { refusal: { code: 'CONFLICT', field: `input.${field}` } });
}

/** A write by a caller of another role than the mutation's: FORBIDDEN, whatever the input. */
function otherRoleProbe(r: Random, targets: Target[]): Probe {
  const target = r.pick(targets);
  const as = r.pick(OTHER_CALLERS.filter((caller): caller is LocalTokenClaims => caller !== undefined && caller.role !== target.as.role));
  return writeProbe('write: wrong caller', target, target.base(), ` as ${as.role}`, { as, refusal: { code: 'FORBIDDEN' } });
}

interface Read {
  /** A document reading one root field, the value under test in `$v`. */
  query: string;
  /** The field an error must name for a value the field's own rules refuse. */
  path: string;
  as?: LocalTokenClaims;
}

const studios = (arg: string) => `masterStudios(${arg}) { totalCount }`;
const classes = (arg: string) => `enterpriseClasses(${arg}) { totalCount }`;
const enterprises = (arg: string) => `enterprises(${arg}) { totalCount }`;
const read = (variable: string, field: string, path: string, as?: LocalTokenClaims): Read => ({ query: `query ($v: ${variable}) { ${field} }`, path, as });

/** Reads taking text, in each registry; every hostile text is refused naming `path`. */
const TEXT_READS: Read[] = [
  read('String!', 'industry(code: $v) { name }', 'code'),
  read('String!', 'occupation(code: $v) { name }', 'code'),
  read('String', 'majors(industryCode: $v) { id }', 'industryCode'),
  read('String', classes('filter: { nameContains: $v }'), 'filter.nameContains'),
  read('String!', classes('filter: { occupationCodes: ["FITTER", $v] }'), 'filter.occupationCodes.1'),
  read('String', 'students(after: $v) { totalCount }', 'after'),
  read('String', 'enterpriseClassesAuditLog(filter: { operation: $v }) { totalCount }', 'filter.operation', BUREAU),
  read('String', studios('filter: { nameContains: $v }'), 'filter.nameContains'),
  read('String!', studios('filter: { towns: [$v] }'), 'filter.towns.0'),
  read('String!', 'masterStudioCountsByLevel(filter: { industryCodes: [$v] }) { count }', 'filter.industryCodes.0'),
  read('String', studios('after: $v'), 'after'),
  read('String', 'masterStudiosAuditLog(filter: { actorSubject: $v }) { totalCount }', 'filter.actorSubject', BUREAU),
  read('String', enterprises('filter: { nameContains: $v }'), 'filter.nameContains'),
  read('String!', enterprises('filter: { towns: [$v] }'), 'filter.towns.0'),
  read('String!', 'districtIndicators(codes: [$v]) { code }', 'codes.0'),
  read('String!', 'certificationBodies(filter: { occupationCodes: [$v] }) { totalCount }', 'filter.occupationCodes.0'),
  read('String', 'certificationSummary(periodEnd: $v) { peopleCertified }', 'periodEnd'),
  read('ID', 'payPoliciesAuditLog(filter: { recordId: $v }) { totalCount }', 'filter.recordId', BUREAU),
];

/** Reads taking a record id, in each registry: a malformed id is refused naming `path`. */
const ID_READS: Read[] = [
  read('ID!', 'school(id: $v) { name }', 'id'),
  read('ID!', 'enterpriseClass(id: $v) { name }', 'id'),
  read('ID', 'graduateTeachers(schoolId: $v) { name }', 'schoolId'),
  read('ID', 'students(enterpriseClassId: $v) { totalCount }', 'enterpriseClassId'),
  read('ID!', classes('filter: { schoolIds: [$v] }'), 'filter.schoolIds'),
  read('ID!', classes('filter: { partnerEnterpriseIds: [$v] }'), 'filter.partnerEnterpriseIds'),
  read('ID!', 'masterStudio(id: $v) { name }', 'id'),
  read('ID!', studios('filter: { hostEnterpriseIds: [$v] }'), 'filter.hostEnterpriseIds'),
  read('ID!', 'enterprise(id: $v) { name }', 'id'),
  read('ID!', 'certificationBody(id: $v) { name }', 'id'),
  read('ID!', 'payPolicies(enterpriseIds: [$v]) { totalCount }', 'enterpriseIds'),
  read('ID!', 'promotionPathways(enterpriseIds: [$v]) { totalCount }', 'enterpriseIds'),
];

/** Connections of each registry, paged by a cursor. */
const CURSOR_READS: Read[] = [
  read('String', 'students(after: $v) { totalCount }', 'after'),
  read('String', classes('before: $v, last: 5'), 'before'),
  read('String', studios('after: $v'), 'after'),
  read('String', enterprises('after: $v'), 'after'),
  read('String', 'payPolicies(before: $v) { totalCount }', 'before'),
  read('String', 'subsidies(after: $v) { totalCount }', 'after'),
];

/** Filters by a list, in each registry: more than 1,000 items is refused, whatever they are. */
const LIST_READS: [Read, unknown][] = [
  [read('[String!]', studios('filter: { towns: $v }'), 'filter.towns'), '临浦镇'],
  [read('[StudioLevel!]', studios('filter: { levels: $v }'), 'filter.levels'), 'NATIONAL'],
  [read('[Int!]', classes('filter: { cohortYears: $v }'), 'filter.cohortYears'), 2024],
  [read('[ID!]', classes('filter: { partnerEnterpriseIds: $v }'), 'filter.partnerEnterpriseIds'), '5'],
  [read('[ID!]', 'payPolicies(enterpriseIds: $v) { totalCount }', 'enterpriseIds'), '5'],
  [read('[String!]', enterprises('filter: { industryCodes: $v }'), 'filter.industryCodes'), 'SMART_VEHICLES'],
];

/** Reads taking an Int each refuses out of range. */
const INT_READS: Read[] = [
  read('Int!', 'subsidySummary(year: $v) { year }', 'year'),
  read('Int', 'subsidies(year: $v) { totalCount }', 'year'),
  read('Int', 'researchOutcomeSummary(yearFrom: $v) { patents }', 'yearFrom'),
  read('Int', 'researchProjects(yearTo: $v) { totalCount }', 'yearTo'),
  read('Int', studios('filter: { recognisedInYear: $v }'), 'filter.recognisedInYear'),
  read('Int', 'certificationBodies(filter: { pilotSinceYear: $v }) { totalCount }', 'filter.pilotSinceYear'),
  read('Int', studios('first: $v'), 'first'),
  read('Int', enterprises('last: $v'), 'last'),
];

const ENUM_READS = [
  '[StudioLevel!]', 'masterStudios(filter: { levels: $v }) { totalCount }',
  'MentorSide', 'mentors(side: $v) { totalCount }',
  'ProgrammeKind', 'trainingProgrammes(kind: $v) { name }',
  'PolicyScope', 'payPolicies(scope: $v) { totalCount }',
  'SubsidyKind', 'subsidies(kind: $v) { totalCount }',
  'Provenance', 'enterprises(filter: { provenance: $v }) { totalCount }',
];
const ENUM_JUNK: unknown[] = ['NOT_A_VALUE', 'national', '', ' NATIONAL', 'NATIONAL\u0000', 3, true, {}, ['PROVINCIAL', 'NOPE'], [null]];
const ENUM_LITERALS = ['mentors(side: NOPE) { totalCount }', 'mentors(side: "COLLEGE") { totalCount }', 'trainingProgrammes(kind: 1) { name }', 'payPolicies(scope: null_scope) { totalCount }', 'masterStudios(filter: { levels: [NATIONAL, __proto__] }) { totalCount }'];

const readProbe = (kind: ProbeClass, target: Read, value: unknown, refusal?: Refusal): Probe => ({
  kind, label: `${target.query} with ${JSON.stringify(value)?.slice(0, 60)}`, refusal, send: () => post(target.query, { v: value }, target.as),
});

function readProbeOf(r: Random, kind: ProbeClass): Probe {
  switch (kind) {
    case 'read: hostile text': {
      const target = r.pick(TEXT_READS);
      const hostile = hostileText(r, false);
      return readProbe(kind, target, hostile.value, { code: 'BAD_USER_INPUT', field: target.path, rule: hostile.rule });
    }
    case 'read: malformed id': {
      const target = r.pick(ID_READS);
      const value = r.pick(BAD_IDS);
      return readProbe(kind, target, value, { code: 'BAD_USER_INPUT', field: target.path });
    }
    case 'read: forged cursor': {
      const target = r.pick(CURSOR_READS);
      return readProbe(kind, target, r.pick(FORGED_CURSORS), { code: 'BAD_USER_INPUT', field: target.path, rule: 'cursor' });
    }
    case 'read: huge list': {
      const [target, item] = r.pick(LIST_READS);
      const length = r.int(1001, 6000);
      return { ...readProbe(kind, target, Array.from({ length }, () => item), { code: 'BAD_USER_INPUT', field: target.path, rule: 'length' }), label: `${target.query} with ${length} items` };
    }
    case 'read: bad date': {
      const target = read('String', 'certificationSummary(periodEnd: $v) { peopleCertified }', 'periodEnd');
      return readProbe(kind, target, r.pick(BAD_DATES), { code: 'BAD_USER_INPUT', field: 'periodEnd' });
    }
    case 'read: enum junk': {
      if (r.next() < 0.3) {
        const literal = r.pick(ENUM_LITERALS);
        return { kind, label: literal, send: () => post(`{ ${literal} }`) };
      }
      const i = r.int(0, ENUM_READS.length / 2 - 1);
      return readProbe(kind, read(ENUM_READS[2 * i], ENUM_READS[2 * i + 1], ''), r.pick(ENUM_JUNK));
    }
    default: {
      const target = r.pick(INT_READS);
      // A page size runs from 0 to 1000.
      const outOfRange = target.path === 'first' || target.path === 'last' ? [-1, -100, 1001] : [-1, 0, 1948, 2101, 99_999];
      return readProbe(kind, target, r.pick([...BAD_INTS, ...outOfRange]));
    }
  }
}

/** Inputs nested far deeper than any type: in variables and in the document. */
function nestedProbe(r: Random, targets: Target[]): Probe {
  const depth = r.int(20, 3000);
  const kind: ProbeClass = 'nested input';
  switch (r.int(0, 3)) {
    case 0:
      return readProbe(kind, read('[String!]', studios('filter: { towns: $v }'), ''), deepList(depth));
    case 1: {
      const target = r.pick(targets);
      const field = r.pick(Object.keys(target.fields));
      return writeProbe(kind, target, { ...target.base(), [field]: deepObject(depth) }, `.${field} nested ${depth} deep`);
    }
    case 2: {
      const levels = r.int(3, 600);
      const literal = `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
      return { kind, label: `towns literal ${levels} lists deep`, send: () => post(`{ ${studios(`filter: { towns: ${literal} }`)} }`) };
    }
    default: {
      const levels = r.int(3, 600);
      const literal = `${'{ a: '.repeat(levels)}"x"${' }'.repeat(levels)}`;
      const input = `{ name: ${literal}, creditCode: "91330109MA2FUXX01U" }`;
      return { kind, label: `name literal ${levels} objects deep`, field: 'registerEnterprise', send: () => post(`mutation { registerEnterprise(input: ${input}) { id } }`, undefined, BUREAU) };
    }
  }
}

const nest = (depth: number) => `masterStudio(id: "1") { ${'leader { studios { '.repeat(depth)}name${' } }'.repeat(depth)} }`;

const plain = (label: string, query: string, variables?: Record<string, unknown>, as?: string): Probe => ({
  kind: 'bad request', label, send: () => post(query, variables, as),
});

/** Malformed documents, bodies and tokens, each with the one code that fits it, where only one does. */
const BAD_REQUESTS: { code?: string; draw: (r: Random) => Probe }[] = [
  { code: 'OPERATION_LIMIT_EXCEEDED', draw: (r) => plain('deep query', `{ ${nest(r.int(7, 40))} }`) },
  {
    // Past some 270 aliases, the token limit refuses the document first (GRAPHQL_PARSE_FAILED).
    draw: (r) => {
      const aliases = r.int(31, 300);
      return plain(`${aliases} aliases`, `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: masterStudio(id: "${i + 1}") { name }`).join(' ')} }`);
    },
  },
  { code: 'GRAPHQL_PARSE_FAILED', draw: (r) => plain('too many tokens', `{ ${'__typename '.repeat(r.int(3001, 9000))} }`) },
  {
    // Parsed, now and then, into a field that does not exist.
    draw: (r) => {
      const garbage = Array.from({ length: r.int(1, 80) }, () => String.fromCharCode(r.int(33, 126))).join('');
      return plain(`garbled document ${JSON.stringify(garbage)}`, garbage.startsWith('{') ? `${garbage}}` : `{${garbage}`);
    },
  },
  {
    code: 'GRAPHQL_VALIDATION_FAILED',
    draw: (r) => plain('unknown field', `{ masterStudio(id: "1") { ${r.pick(['nme', 'secret', 'password', '__proto__x', 'levle'])} } }`),
  },
  {
    code: 'UNAUTHENTICATED',
    draw: (r) => plain('bad token', '{ masterStudio(id: "1") { name } }', undefined, r.pick(['x', 'a.b.c', 'eyJhbGciOiJub25lIn0.e30.', 'Bearer', 'a b'])),
  },
  {
    code: 'BAD_USER_INPUT',
    draw: (r) => {
      const page = { after: r.pick(['zzz', '', '-1', 'bm90IGEgY3Vyc29y', ...FORGED_CURSORS]), first: r.pick([-1, -100, 1001, 5_000]) };
      return plain(`bad page arguments ${JSON.stringify(page)}`, `query ($after: String, $first: Int) { masterStudios(first: $first, after: $after) { totalCount } }`, page);
    },
  },
  {
    code: 'BAD_USER_INPUT',
    draw: (r) => plain('ill-typed variable', 'query ($id: ID!) { masterStudio(id: $id) { name } }', { id: r.pick<unknown>([{}, [1], true, null, 1.5]) }),
  },
  {
    code: 'PAYLOAD_TOO_LARGE',
    draw: (r) => {
      const size = r.int(300_000, 900_000);
      return { kind: 'bad request', label: `${size}-byte body`, send: () => postRaw(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(size) } })) };
    },
  },
];

/** One malformed document, body or token, refused with its code where it has one. */
function requestProbe(r: Random, request = r.pick(BAD_REQUESTS)): Probe {
  const probe = request.draw(r);
  return request.code ? { ...probe, refusal: { code: request.code } } : probe;
}

/** A malformed request of those that get `code`. */
const requestWith = (code: string) => (r: Random) => requestProbe(r, r.pick(BAD_REQUESTS.filter((request) => request.code === code)));

/**
 * For each code the suite claims to see, a probe drawn from inputs only that code fits, and checked
 * for it: every run sees every code whatever the seed and the number of draws, and a code that
 * stops being produced fails its probe.
 */
const PROBE_OF_CODE: Record<string, (r: Random, targets: Target[]) => Probe> = {
  BAD_USER_INPUT: (r) => readProbeOf(r, 'read: hostile text'),
  NOT_FOUND: unknownRecordProbe,
  CONFLICT: otherVersionProbe,
  UNAUTHENTICATED: requestWith('UNAUTHENTICATED'),
  FORBIDDEN: otherRoleProbe,
  GRAPHQL_PARSE_FAILED: requestWith('GRAPHQL_PARSE_FAILED'),
  GRAPHQL_VALIDATION_FAILED: requestWith('GRAPHQL_VALIDATION_FAILED'),
  OPERATION_LIMIT_EXCEEDED: requestWith('OPERATION_LIMIT_EXCEEDED'),
  PAYLOAD_TOO_LARGE: requestWith('PAYLOAD_TOO_LARGE'),
};

/** How often each class is drawn, out of 100. */
const CLASS_WEIGHTS: [ProbeClass, number][] = [
  ['write: wrong value', 14], ['write: wrong caller', 3], ['write: hostile text', 16], ['write: bad date', 4],
  ['write: over-precise number', 4], ['write: bad number', 5], ['read: hostile text', 16], ['read: malformed id', 8], ['read: forged cursor', 3],
  ['read: bad date', 4], ['read: enum junk', 4], ['read: bad number', 4], ['read: huge list', 3], ['nested input', 4], ['bad request', 8],
];

/**
 * Each class exactly its weight's share of the requests, in a seeded order: a new mutation changes
 * which probes are drawn, never how many each class gets.
 */
function classesOf(r: Random): ProbeClass[] {
  const kinds = CLASS_WEIGHTS.flatMap(([kind, weight]) => Array.from({ length: (weight * REQUESTS) / 100 }, () => kind));
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  return kinds;
}

function probeOf(r: Random, targets: Target[], kind: ProbeClass): Probe {
  if (kind.startsWith('write')) return writeProbeOf(r, targets, kind);
  if (kind.startsWith('read')) return readProbeOf(r, kind);
  return kind === 'nested input' ? nestedProbe(r, targets) : requestProbe(r);
}

const SNAPSHOT = `{
  masterStudios { totalCount } masterStudioCountsByLevel { level count }
  enterpriseClasses { totalCount } researchProjects { totalCount } students(first: 1) { totalCount edges { node { version collegeMentor { id } } } }
  mentors { totalCount } majors { id version name } industryColleges { id version }
  enterprises { totalCount } promotionPathways(first: 1000) { totalCount edges { node { id version } } }
  payPolicies(first: 1) { totalCount edges { node { id version upliftMinPercent upliftMaxPercent description } } }
  certificationBodies { totalCount } subsidies { totalCount } certificationSummary { periodEnd peopleCertified selfTrained }
  s3: masterStudio(id: "3") { version name } s4: masterStudio(id: "4") { version level } s5: masterStudio(id: "5") { version campusSchool { id } }
  s6: masterStudio(id: "6") { version retiredAt }
  enterpriseClass(id: "2") { version seats } school(id: "1") { partnerEnterprises { id } }
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

it(`${REQUESTS} malformed requests and one for each code: each a clear error with a known code, and nothing changes`, async () => {
  const before = await snapshot();
  const r = random(SEED);
  const targets = targetsOf(VALID());
  const drawn = classesOf(r).map((kind) => probeOf(r, targets, kind));
  // Checked for the code it stands for, whatever its generator says.
  const perCode = Object.entries(PROBE_OF_CODE).map(([code, draw]) => {
    const probe = draw(r, targets);
    return { ...probe, refusal: { ...probe.refusal, code } };
  });
  const probes = [...drawn, ...perCode];

  // A few at a time: the gateway sees concurrent garbage, the machine is not flooded.
  for (let i = 0; i < probes.length; i += 6) {
    await Promise.all(
      probes.slice(i, i + 6).map(async (probe) => {
        const label = `[${probe.kind}] ${probe.label}`;
        const { status, body } = await probe.send();
        expect(status, label).toBeLessThan(500);
        expect(body.errors ?? [], `${label} was accepted`).not.toHaveLength(0);
        for (const error of body.errors!) {
          const code = String(error.extensions?.code);
          expect(KNOWN_CODES.has(code), `${label}: ${JSON.stringify(error)}`).toBe(true);
          expect(error.message, label).not.toMatch(/unexpected error|prisma|stack|sql|select |insert /i);
        }
        if (probe.refusal) {
          const { code, field, rule } = probe.refusal;
          expect(body.errors![0].extensions, `${label}: ${JSON.stringify(body.errors)}`).toMatchObject({ code, ...(rule && { rule }) });
          if (field) expect(String(body.errors![0].extensions?.field), label).toMatch(new RegExp(`^${field.replaceAll('.', '\\.')}\\b`));
        }
        if (probe.field) expect(body.data?.[probe.field] ?? null, label).toBeNull();
      }),
    );
  }

  // Every class was drawn, every code was answered to its own probe (above), and the data is what it was.
  const perClass = Object.fromEntries(CLASS_WEIGHTS.map(([kind]) => [kind, drawn.filter((p) => p.kind === kind).length]));
  for (const [kind, count] of Object.entries(perClass)) expect(count, kind).toBeGreaterThanOrEqual(30);
  // Every mutation of the schema was probed.
  const unprobed = MUTATIONS.filter((m) => !probes.some((p) => p.field === m.name)).map((m) => m.name);
  expect(unprobed).toEqual([]);
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

const HR5: LocalTokenClaims = { subject: 'fuzz-hr', role: 'ENTERPRISE_HR', enterpriseId: 5 };

it('stores what is only unusual, normalised, and audits exactly the writes it accepted', async () => {
  const before = await snapshot();
  const write = async (as: LocalTokenClaims, mutation: string, selection: string, input: Record<string, unknown>) => {
    const { data, errors } = await graph.query(`mutation ($input: ${inputType(mutation)}!) { ${mutation}(input: $input) { ${selection} } }`, { input }, { as });
    expect(errors, mutation).toBeUndefined();
    return data[mutation];
  };

  // Decomposed é is stored composed (NFC); a joiner inside an emoji is text, not blankness.
  expect(await write(BUREAU, 'registerEnterprise', 'name', { name: 'Cafe\u0301 精密机械' })).toEqual({ name: 'Café 精密机械' });
  expect(await write(BUREAU, 'registerMasterStudio', 'name', { name: '👩\u200D🔧 数控工作室', kind: 'TECHNICIAN_STUDIO', level: 'DISTRICT', recognisedYear: 2024 }))
    .toEqual({ name: '👩\u200D🔧 数控工作室' });
  // A leap day exists; a multi-line description keeps its lines, written \n.
  expect(await write(BUREAU, 'recordCertificationBatch', 'periodEnd description', { bodyId: '1', periodEnd: '2024-02-29', peopleCertified: 3, description: '第一行\r\n第二行\t备注' }))
    .toEqual({ periodEnd: '2024-02-29', description: '第一行\n第二行\t备注' });
  // Two decimals is what the column holds: stored exactly, not rounded to 0.
  const policy = { enterpriseId: '5', scope: 'FRONT_LINE_SKILLED', upliftMinPercent: 0.01, upliftMaxPercent: 99.99, effectiveYear: 2024, description: '一线\n技能' };
  expect(await write(HR5, 'recordPayPolicy', 'upliftMinPercent upliftMaxPercent description', policy)).toEqual({ upliftMinPercent: 0.01, upliftMaxPercent: 99.99, description: '一线\n技能' });

  // The name is found however é is typed.
  for (const nameContains of ['Café', 'cafe\u0301']) {
    const { data } = await graph.query(`query ($n: String) { enterprises(filter: { nameContains: $n }) { totalCount } }`, { n: nameContains });
    expect(data.enterprises.totalCount, nameContains).toBe(1);
  }

  // Totals and audit rows moved by exactly the four writes, and nothing else changed.
  const expected = structuredClone(before);
  expected.enterprises.totalCount += 1;
  expected.masterStudios.totalCount += 1;
  expected.masterStudioCountsByLevel.find((c: { level: string }) => c.level === 'DISTRICT').count += 1;
  expected.payPolicies.totalCount += 1;
  expected.certificationSummary.peopleCertified += 3;
  if (expected.certificationSummary.periodEnd < '2024-02-29') expected.certificationSummary.periodEnd = '2024-02-29';
  expected.masterStudiosAuditLog.totalCount += 1;
  expected.payPoliciesAuditLog.totalCount += 3;
  expect(await snapshot()).toEqual(expected);
});

it('matches %, _ and \\ in nameContains as themselves, in every registry', async () => {
  const matches = async (nameContains: string) => {
    const { data, errors } = await graph.query(
      `query ($n: String) { s: masterStudios(filter: { nameContains: $n }) { totalCount } c: enterpriseClasses(filter: { nameContains: $n }) { totalCount } e: enterprises(filter: { nameContains: $n }) { totalCount } }`,
      { n: nameContains },
    );
    expect(errors).toBeUndefined();
    return [data.s.totalCount, data.c.totalCount, data.e.totalCount];
  };
  // As ILIKE wildcards each of these would match every name.
  for (const pattern of ['%', '_', '\\', '%%', '_%_', '\\%']) expect(await matches(pattern), pattern).toEqual([0, 0, 0]);

  const { errors } = await graph.query(`mutation { registerEnterprise(input: { name: "达标率100%_A\\\\B企业" }) { id } }`, {}, { as: BUREAU });
  expect(errors).toBeUndefined();
  for (const pattern of ['%', '_', '\\', '0%_a', '%_a\\b']) expect(await matches(pattern), pattern).toEqual([0, 0, 1]);
  for (const pattern of ['_%', '100_', '1%0', 'A_B']) expect(await matches(pattern), pattern).toEqual([0, 0, 0]);
});
