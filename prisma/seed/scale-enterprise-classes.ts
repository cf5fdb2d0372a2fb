// Scale rows of the enterprise-classes registry: the province's other industries, occupations
// and schools, then order classes with their majors, partners, occupations, mentors and students.
import type pg from 'pg';
import { TOTALS } from '../enterprise-classes/seed.ts';
import { ARTICLE_YEAR, INDUSTRIES, OCCUPATIONS } from './catalogue.ts';
import { insertRows, perIndex, scaleState, syncSequences, type TableRows } from './scale-insert.ts';
import {
  ARTICLE_LAST_ID,
  between,
  INDUSTRY_CODES,
  OCCUPATION_CODES,
  pickFor,
  type ScalePlan,
  scaleEnterpriseId,
  scaleEnterpriseProfile,
  scaleLabel,
  SCALE_TOWNS,
  SCHOOL_IDS,
} from './scale-plan.ts';

const pad3 = (n: number) => String(n + 1).padStart(3, '0');

/** The last id of each table the rows below continue, as the article seed left them. */
async function lastIds(client: pg.ClientBase): Promise<{ major: number; mentor: number }> {
  const { rows } = await client.query<{ major: number; mentor: number }>(
    'SELECT (SELECT MAX(id) FROM "Major") AS major, (SELECT MAX(id) FROM "Mentor") AS mentor',
  );
  return rows[0];
}

/** Adds the plan's classes on top of the article's; returns rows written per table, or null if already there. */
export async function seedEnterpriseClassesScale(client: pg.ClientBase, plan: ScalePlan): Promise<Record<string, number> | null> {
  if ((await scaleState(client, 'EnterpriseClass', { article: TOTALS.enterpriseClasses, scale: plan.classes })) === 'done') return null;
  const last = await lastIds(client);
  const majors = Math.max(1, Math.round(plan.classes / 10));
  const classId = (c: number) => TOTALS.enterpriseClasses + 1 + c;
  const majorId = (j: number) => last.major + 1 + j;
  const mentorId = (c: number) => last.mentor + 1 + c;
  // Class c trains for its partner, scale enterprise c, and takes that enterprise's industry.
  const partner = (c: number) => c % plan.enterprises;
  const industryIndex = (c: number) => INDUSTRY_CODES.indexOf(scaleEnterpriseProfile(partner(c)).industryCode);
  const school = (c: number) => pickFor(SCHOOL_IDS, c, 90);
  const cohort = (c: number) => between(c, 91, 2015, ARTICLE_YEAR);
  const written: Record<string, number> = {};
  const load = async (table: string, columns: TableRows['columns'], count: number, make: (n: number) => unknown[][]) => {
    written[table] = await insertRows(client, { table, columns, rows: perIndex(count, make) });
  };

  await load('Industry', { code: 'text', name: 'text', nameEn: 'text', priority: 'boolean', provenance: '"Provenance"' },
    INDUSTRY_CODES.length - INDUSTRIES.length, (n) =>
      [[INDUSTRY_CODES[INDUSTRIES.length + n], `生成产业 #${pad3(n)}`, `Generated industry #${n + 1}`, false, 'GENERATED']]);
  await load('Occupation', { code: 'text', name: 'text', nameEn: 'text', priority: 'boolean', provenance: '"Provenance"' },
    OCCUPATION_CODES.length - OCCUPATIONS.length, (n) =>
      [[OCCUPATION_CODES[OCCUPATIONS.length + n], `生成职业 #${pad3(n)}`, `Generated occupation #${n + 1}`, false, 'GENERATED']]);
  await load('School', { id: 'int', name: 'text', nameEn: 'text', kind: '"SchoolKind"', town: 'text', provenance: '"Provenance"' },
    SCHOOL_IDS.length - ARTICLE_LAST_ID.school, (n) => {
      const id = ARTICLE_LAST_ID.school + 1 + n;
      const kind = n % 4 === 0 ? 'TECHNICIAN_COLLEGE' : 'VOCATIONAL_SCHOOL';
      return [[id, `生成学校 #${pad3(id - 1)}`, `Generated school #${id}`, kind, pickFor(SCALE_TOWNS, n, 92), 'GENERATED']];
    });

  // Major j serves industry j mod (industries): ten majors per industry at scale 1.
  await load('Major', {
    id: 'int', name: 'text', nameEn: 'text', schoolId: 'int', isNew: 'boolean', industryCode: 'text',
    introducedYear: 'int', provenance: '"Provenance"',
  }, majors, (j) => [[
    majorId(j), `生成专业 ${scaleLabel(j)}`, `Generated major ${scaleLabel(j)}`, pickFor(SCHOOL_IDS, j, 93), j % 5 === 0,
    INDUSTRY_CODES[j % INDUSTRY_CODES.length], between(j, 94, 2005, ARTICLE_YEAR), 'GENERATED',
  ]]);

  await load('IndustryCollege', {
    name: 'text', nameEn: 'text', schoolId: 'int', partnerEnterpriseId: 'int', industryCode: 'text', foundedYear: 'int',
    provenance: '"Provenance"',
  }, Math.max(1, Math.round(plan.classes / 30)), (n) => [[
    `生成产业学院 ${scaleLabel(n)}`, `Generated industry college ${scaleLabel(n)}`, school(n), scaleEnterpriseId(partner(n)),
    INDUSTRY_CODES[industryIndex(n)], between(n, 95, 2015, ARTICLE_YEAR), 'GENERATED',
  ]]);

  await load('EnterpriseClass', {
    id: 'int', name: 'text', nameEn: 'text', schoolId: 'int', majorId: 'int', partnerEnterpriseId: 'int',
    industryCode: 'text', cohortYear: 'int', seats: 'int', provenance: '"Provenance"',
  }, plan.classes, (c) => {
    const k = industryIndex(c);
    // A major of the class's industry, when the plan has one.
    const choices = k < majors ? Math.floor((majors - 1 - k) / INDUSTRY_CODES.length) + 1 : 0;
    const major = choices ? majorId(k + INDUSTRY_CODES.length * between(c, 96, 0, choices - 1)) : null;
    return [[
      classId(c), `生成订单班 ${scaleLabel(c)}`, `Generated order class ${scaleLabel(c)}`, school(c), major,
      scaleEnterpriseId(partner(c)), INDUSTRY_CODES[k], cohort(c), between(c, 97, 20, 45), 'GENERATED',
    ]];
  });

  await load('EnterpriseClassOccupation', { classId: 'int', occupationCode: 'text' }, plan.classes, (c) =>
    [...new Set([pickFor(OCCUPATION_CODES, c, 98), ...(c % 2 === 0 ? [pickFor(OCCUPATION_CODES, c, 99)] : [])])]
      .map((code) => [classId(c), code]));

  await load('SchoolPartnership', { schoolId: 'int', enterpriseId: 'int', provenance: '"Provenance"' }, plan.classes, (c) =>
    [[school(c), scaleEnterpriseId(partner(c)), 'GENERATED']]);

  await load('Mentor', { id: 'int', name: 'text', side: '"MentorSide"', enterpriseId: 'int', provenance: '"Provenance"' },
    plan.classes, (c) => [[mentorId(c), `生成企业导师 ${scaleLabel(c)}`, 'ENTERPRISE', scaleEnterpriseId(partner(c)), 'GENERATED']]);

  await load('Student', {
    name: 'text', schoolId: 'int', enterpriseClassId: 'int', cohortYear: 'int', technicianLevel: 'boolean',
    enterpriseMentorId: 'int', provenance: '"Provenance"',
  }, plan.classes, (c) => [1, 2].map((s) => [
    `生成学生 ${scaleLabel(c)}-${s}`, school(c), classId(c), cohort(c), between(c, 100 + s, 0, 6) !== 0, mentorId(c), 'GENERATED',
  ]));

  await syncSequences(client, ['School', 'Major', 'EnterpriseClass', 'Mentor']);
  return written;
}
