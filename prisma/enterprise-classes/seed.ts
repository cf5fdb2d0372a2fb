// The enterprise-classes registry as the article states it: the technician college co-built
// 6 industry colleges, 6 new majors and 15 order classes (the 电装班 among them) with 先临三维,
// 宝盛集团, 电装 and others; dual mentors; 329 technician-level students whose research in the
// last 3 years gave 81 technical renovations, 23 pieces of equipment and 74 patents; 20 graduates
// who became teachers; 正强传动's further study and the new apprenticeship scheme.
import { demoStateOf, SEED_TRANSACTION, syncIdSequences, type SubgraphSeeds } from '@partnership/kit';
import type { Db } from '../../subgraphs/enterprise-classes/src/registry.ts';
import type { Prisma } from '../../subgraphs/enterprise-classes/src/generated/prisma/client.ts';
import type { ResearchOutcomeKind } from '../../subgraphs/enterprise-classes/src/generated/prisma/enums.ts';
import {
  ARTICLE_YEAR,
  DENSO_INFERRED_INDUSTRY,
  ENTERPRISES,
  generatedEnterpriseId,
  generatedEnterpriseProfile,
  INDUSTRIES,
  OCCUPATIONS,
  random,
  SCHOOLS,
  splitTotal,
  type SeedOptions,
} from '../seed/catalogue.ts';

/** The article's totals; the named records are part of them. */
export const TOTALS = { industryColleges: 6, newMajors: 6, enterpriseClasses: 15, graduateTeachers: 20 } as const;

/** Research in the last 3 years, ending in the article's year. */
export const RESEARCH = {
  yearFrom: ARTICLE_YEAR - 2,
  yearTo: ARTICLE_YEAR,
  students: 329,
  projects: { TECHNICAL_RENOVATION: 81, DEVELOPED_EQUIPMENT: 23, PATENT: 74 } satisfies Record<ResearchOutcomeKind, number>,
} as const;

type IndustryCode = (typeof INDUSTRIES)[number]['code'];
type OccupationCode = (typeof OCCUPATIONS)[number]['code'];

const COLLEGE = SCHOOLS.technicianCollege.id;

// Generated pairing of industries with trades, used for majors' standards and classes' occupations.
const TRADES: Record<IndustryCode, OccupationCode[]> = {
  SMART_VEHICLES: ['ELECTRICIAN', 'FITTER'],
  HIGH_END_EQUIPMENT: ['FITTER', 'MILLING_WORKER'],
  MODERN_TEXTILES: ['DYER', 'DYEING_FINISHER'],
  ARTIFICIAL_INTELLIGENCE: ['AI_TRAINER'],
  INTEGRATED_CIRCUITS: ['ELECTRICIAN'],
  INTERNET_OF_THINGS: ['ELECTRICIAN'],
  ADVANCED_MANUFACTURING: ['MILLING_WORKER', 'FITTER'],
  ELDERLY_CARE: ['ELDERLY_CARER'],
  CULTURE_TOURISM_HOTELS: ['CHINESE_COOK'],
};

const NEW_MAJOR_INDUSTRIES: IndustryCode[] = [
  'SMART_VEHICLES', 'HIGH_END_EQUIPMENT', 'MODERN_TEXTILES', 'ARTIFICIAL_INTELLIGENCE', 'INTEGRATED_CIRCUITS', 'INTERNET_OF_THINGS',
];
const EXISTING_MAJOR_INDUSTRIES: IndustryCode[] = ['ADVANCED_MANUFACTURING', 'HIGH_END_EQUIPMENT', 'MODERN_TEXTILES', 'ELDERLY_CARE'];

/** Generated order classes before `extra`: with the 电装班 they make the article's 15. */
const GENERATED_CLASSES = TOTALS.enterpriseClasses - 1;
/** Students in the 14 generated classes, of whom every seventh is below technician level. */
const STUDENTS = 420;
const COLLEGE_MENTORS = 24;
const ENTERPRISE_MENTORS_PER_CLASS = 2;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const tradeName = (code: OccupationCode) => OCCUPATIONS.find((o) => o.code === code)!.name;

/**
 * The catalogues: the partnership's schools (whose staff write their records), industries and
 * occupations (codes the other registries' writes are checked against). Inserts missing rows only.
 */
async function seedCatalogues(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.school.createMany({ data: Object.values(SCHOOLS).map((s) => ({ ...s, town: null, provenance: 'ARTICLE' as const })), skipDuplicates: true });
    await tx.industry.createMany({ data: INDUSTRIES.map((i) => ({ ...i, provenance: 'ARTICLE' as const })), skipDuplicates: true });
    await tx.occupation.createMany({ data: OCCUPATIONS.map((o) => ({ ...o, provenance: 'ARTICLE' as const })), skipDuplicates: true });
    await syncIdSequences(tx, ['School']);
  }, SEED_TRANSACTION);
}

function majors(rng: ReturnType<typeof random>): Prisma.MajorCreateManyInput[] {
  const major = (id: number, isNew: boolean, industryCode: IndustryCode, label: string, labelEn: string) => ({
    id, name: label, nameEn: labelEn, schoolId: COLLEGE, isNew, industryCode,
    occupationalStandard: `${tradeName(TRADES[industryCode][0])}职业技能标准（生成占位）`,
    introducedYear: isNew ? rng.int(ARTICLE_YEAR - 4, ARTICLE_YEAR) : rng.int(2005, 2015),
    provenance: 'GENERATED' as const,
  });
  return [
    ...NEW_MAJOR_INDUSTRIES.map((code, i) => major(i + 1, true, code, `生成新兴专业 #${pad(i + 1)}`, `Generated new major #${i + 1}`)),
    ...EXISTING_MAJOR_INDUSTRIES.map((code, i) =>
      major(NEW_MAJOR_INDUSTRIES.length + i + 1, false, code, `生成专业 #${pad(i + 1)}`, `Generated major #${i + 1}`)),
  ];
}

function industryColleges(options: SeedOptions, rng: ReturnType<typeof random>): Prisma.IndustryCollegeCreateManyInput[] {
  // The article names no college's partner: generated enterprises 0..5 stand in.
  return Array.from({ length: TOTALS.industryColleges }, (_, n) => ({
    name: `生成产业学院 #${pad(n + 1)}`, nameEn: `Generated industry college #${n + 1}`, schoolId: COLLEGE,
    partnerEnterpriseId: generatedEnterpriseId(n, options), industryCode: generatedEnterpriseProfile(n).industryCode,
    foundedYear: rng.int(2018, ARTICLE_YEAR), provenance: 'GENERATED' as const,
  }));
}

function enterpriseClasses(options: SeedOptions, rng: ReturnType<typeof random>, majorRows: Prisma.MajorCreateManyInput[]) {
  const majorFor = (code: IndustryCode) =>
    (majorRows.find((m) => m.isNew && m.industryCode === code) ?? majorRows.find((m) => m.industryCode === code))?.id ?? null;
  // The article gives the 电装班 no major, industry, cohort or size; its industry is inferred.
  const classes: Prisma.EnterpriseClassCreateManyInput[] = [{
    id: 1, name: '电装班', nameEn: 'Denso class', schoolId: COLLEGE, majorId: null, partnerEnterpriseId: ENTERPRISES.denso.id,
    ...DENSO_INFERRED_INDUSTRY, cohortYear: null, seats: null, provenance: 'ARTICLE',
  }];
  const links: Prisma.EnterpriseClassOccupationCreateManyInput[] = [];
  const sizes = splitTotal(STUDENTS, GENERATED_CLASSES, rng, 24);
  // Partner n is also the host of master-studios' generated studio n, so the registries line up.
  for (let n = 0; n < GENERATED_CLASSES + (options.extra ?? 0); n++) {
    const id = n + 2;
    const industryCode = generatedEnterpriseProfile(n).industryCode;
    classes.push({
      id, name: `生成订单班 #${pad(n + 1)}`, nameEn: `Generated order class #${n + 1}`, schoolId: COLLEGE,
      majorId: majorFor(industryCode), partnerEnterpriseId: generatedEnterpriseId(n, options), industryCode,
      cohortYear: rng.int(ARTICLE_YEAR - 5, ARTICLE_YEAR - 2), seats: (sizes[n] ?? rng.int(24, 40)) + rng.int(0, 4),
      provenance: 'GENERATED',
    });
    for (const occupationCode of TRADES[industryCode]) links.push({ classId: id, occupationCode });
  }
  return { classes, links, sizes };
}

/** Mentors and students of the 14 generated classes: each student has one mentor of each side. */
function mentorsAndStudents(classes: Prisma.EnterpriseClassCreateManyInput[], sizes: number[]) {
  const generated = classes.slice(1, 1 + GENERATED_CLASSES);
  const mentors: Prisma.MentorCreateManyInput[] = Array.from({ length: COLLEGE_MENTORS }, (_, i) => ({
    id: i + 1, name: `生成校内导师 #${pad(i + 1)}`, side: 'COLLEGE' as const, schoolId: COLLEGE, enterpriseId: null,
    provenance: 'GENERATED' as const,
  }));
  const students: Prisma.StudentCreateManyInput[] = [];
  generated.forEach((cls, c) => {
    const ownMentors = Array.from({ length: ENTERPRISE_MENTORS_PER_CLASS }, () => {
      const id = mentors.length + 1;
      const label = id - COLLEGE_MENTORS;
      mentors.push({
        id, name: `生成企业导师 #${pad(label)}`, side: 'ENTERPRISE', schoolId: null,
        enterpriseId: cls.partnerEnterpriseId, provenance: 'GENERATED',
      });
      return id;
    });
    for (let s = 0; s < sizes[c]; s++) {
      const id = students.length + 1;
      students.push({
        id, name: `生成学生 #${pad(id, 4)}`, schoolId: COLLEGE, enterpriseClassId: cls.id, cohortYear: cls.cohortYear!,
        technicianLevel: id % 7 !== 0, collegeMentorId: ((id - 1) % COLLEGE_MENTORS) + 1,
        enterpriseMentorId: ownMentors[s % ownMentors.length], provenance: 'GENERATED',
      });
    }
  });
  return { mentors, students };
}

/** 178 projects over the last 3 years with exactly 329 technician-level participants, each in one or more. */
function research(
  students: Prisma.StudentCreateManyInput[],
  classes: Prisma.EnterpriseClassCreateManyInput[],
  rng: ReturnType<typeof random>,
) {
  const pool = students.filter((s) => s.technicianLevel).map((s) => s.id!);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const participants = pool.slice(0, RESEARCH.students);
  const kinds = Object.entries(RESEARCH.projects).flatMap(([kind, count]) => Array<ResearchOutcomeKind>(count).fill(kind as ResearchOutcomeKind));
  const members = kinds.map(() => new Set<number>());
  // Every participant joins one project in turn, then some projects take on a second or third.
  participants.forEach((studentId, i) => members[i % kinds.length].add(studentId));
  for (const set of members) for (let k = rng.int(0, 1); k > 0; k--) set.add(rng.pick(participants));

  const partnerOf = new Map(classes.map((c) => [c.id!, c.partnerEnterpriseId]));
  const classOf = new Map(students.map((s) => [s.id!, s.enterpriseClassId!]));
  const kindLabel: Record<ResearchOutcomeKind, string> = { TECHNICAL_RENOVATION: '技术改造', DEVELOPED_EQUIPMENT: '研发设备', PATENT: '专利' };
  const projects: Prisma.ResearchProjectCreateManyInput[] = kinds.map((kind, i) => ({
    id: i + 1, title: `生成研修课题 #${pad(i + 1, 3)}（${kindLabel[kind]}）`, kind,
    year: rng.int(RESEARCH.yearFrom, RESEARCH.yearTo), schoolId: COLLEGE,
    // The technical problem comes from the first participant's partner enterprise.
    enterpriseId: partnerOf.get(classOf.get([...members[i]][0])!) ?? null, provenance: 'GENERATED',
  }));
  const participations = members.flatMap((set, i) => [...set].map((studentId) => ({ projectId: i + 1, studentId })));
  return { projects, participations };
}

function graduateTeachers(rng: ReturnType<typeof random>): Prisma.GraduateTeacherCreateManyInput[] {
  return [
    { name: '戴华恺', schoolId: COLLEGE, hiredYear: ARTICLE_YEAR, declinedOfferCny: 400_000, provenance: 'ARTICLE' },
    ...Array.from({ length: TOTALS.graduateTeachers - 1 }, (_, i) => ({
      name: `生成毕业生教师 #${pad(i + 1)}`, schoolId: COLLEGE, hiredYear: rng.int(2012, ARTICLE_YEAR),
      declinedOfferCny: null, provenance: 'GENERATED' as const,
    })),
  ];
}

function trainingProgrammes(): Prisma.TrainingProgrammeCreateManyInput[] {
  return [
    {
      kind: 'FURTHER_STUDY', name: '萧山技师学院进修项目', nameEn: 'Xiaoshan Technician College further-study programme',
      schoolId: COLLEGE, partnerEnterpriseId: ENTERPRISES.zhengqiang.id, participantsAtLeast: 40, examplePerson: '金素琴',
      description: '杭州正强传动股份有限公司从通过自主等级认定的职工中选拔40多名参加进修；金素琴在该公司工作20年。',
      provenance: 'ARTICLE',
    },
    {
      kind: 'NEW_APPRENTICESHIP', name: '企业新型学徒制', nameEn: 'New enterprise apprenticeship', schoolId: null,
      partnerEnterpriseId: null, participantsAtLeast: null, examplePerson: null,
      description: '企校双制、工学一体', provenance: 'ARTICLE',
    },
  ];
}

function partnerships(partnerIds: number[]): Prisma.SchoolPartnershipCreateManyInput[] {
  const named: number[] = [ENTERPRISES.shining3d.id, ENTERPRISES.baosheng.id, ENTERPRISES.denso.id];
  // "and others": the generated partners of the colleges and classes.
  const others = [...new Set(partnerIds)].filter((id) => !named.includes(id));
  return [
    ...named.map((enterpriseId) => ({ schoolId: COLLEGE, enterpriseId, provenance: 'ARTICLE' as const })),
    ...others.map((enterpriseId) => ({ schoolId: COLLEGE, enterpriseId, provenance: 'GENERATED' as const })),
  ];
}

/** The article's partnerships and the generated records completing its totals, in one transaction. */
async function loadDemo(db: Db, options: SeedOptions = {}): Promise<void> {
  const rng = random(15);
  const majorRows = majors(rng);
  const colleges = industryColleges(options, rng);
  const { classes, links, sizes } = enterpriseClasses(options, rng, majorRows);
  const { mentors, students } = mentorsAndStudents(classes, sizes);
  const { projects, participations } = research(students, classes, rng);
  const partnerIds = [...colleges.map((c) => c.partnerEnterpriseId!), ...classes.map((c) => c.partnerEnterpriseId)];

  await db.$transaction(async (tx) => {
    await tx.schoolPartnership.createMany({ data: partnerships(partnerIds) });
    await tx.industryCollege.createMany({ data: colleges });
    await tx.major.createMany({ data: majorRows });
    await tx.enterpriseClass.createMany({ data: classes });
    await tx.enterpriseClassOccupation.createMany({ data: links });
    await tx.mentor.createMany({ data: mentors });
    await tx.student.createMany({ data: students });
    await tx.researchProject.createMany({ data: projects });
    await tx.researchParticipation.createMany({ data: participations });
    await tx.graduateTeacher.createMany({ data: graduateTeachers(rng) });
    await tx.trainingProgramme.createMany({ data: trainingProgrammes() });
    await syncIdSequences(tx, ['Major', 'EnterpriseClass', 'Mentor', 'Student', 'ResearchProject']);
  }, SEED_TRANSACTION);
}

export const enterpriseClassesSeeds: SubgraphSeeds<Db> = {
  catalogues: seedCatalogues,
  // The demo is loaded in one transaction: the 电装班 (ARTICLE) stands for all of it.
  demoState: (db) =>
    demoStateOf(db.enterpriseClass, {
      SchoolPartnership: db.schoolPartnership.count(),
      IndustryCollege: db.industryCollege.count(),
      Major: db.major.count(),
      EnterpriseClass: db.enterpriseClass.count(),
      Mentor: db.mentor.count(),
      Student: db.student.count(),
      ResearchProject: db.researchProject.count(),
      GraduateTeacher: db.graduateTeacher.count(),
      TrainingProgramme: db.trainingProgramme.count(),
      AuditEntry: db.auditEntry.count(),
    }),
  loadDemo,
};
