import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoRefused, seedDemo } from '@partnership/kit';
import { enterpriseClassesSeeds, RESEARCH, TOTALS } from '../../../prisma/enterprise-classes/seed.ts';
import { ENTERPRISES, generatedEnterpriseId, SCHOOLS } from '../../../prisma/seed/catalogue.ts';
import { enterpriseClasses } from './schema/index.ts';

let database: Awaited<ReturnType<typeof enterpriseClasses.open>>;
const db = () => database.client;
const inWindow = { year: { gte: RESEARCH.yearFrom, lte: RESEARCH.yearTo } };

beforeAll(async () => {
  database = await enterpriseClasses.open();
  await seedDemo(enterpriseClassesSeeds, database.client);
}, 60_000);
afterAll(() => database?.close());

describe('the seed reproduces the article', () => {
  it('names both schools and the college partners 先临三维, 宝盛集团 and 电装', async () => {
    const schools = await db().school.findMany({ orderBy: { id: 'asc' } });
    expect(schools.map((s) => [s.id, s.name, s.provenance])).toEqual([
      [SCHOOLS.technicianCollege.id, '萧山技师学院', 'ARTICLE'],
      [SCHOOLS.vocationalSchoolNo1.id, '萧山一职', 'ARTICLE'],
    ]);
    const named = await db().schoolPartnership.findMany({ where: { provenance: 'ARTICLE' }, orderBy: { enterpriseId: 'asc' } });
    expect(named.map((p) => [p.schoolId, p.enterpriseId])).toEqual([
      [SCHOOLS.technicianCollege.id, ENTERPRISES.shining3d.id],
      [SCHOOLS.technicianCollege.id, ENTERPRISES.baosheng.id],
      [SCHOOLS.technicianCollege.id, ENTERPRISES.denso.id],
    ]);
  });

  it('has 6 industry colleges, 6 new majors and 15 order classes including the 电装班', async () => {
    expect(await db().industryCollege.count({ where: { schoolId: SCHOOLS.technicianCollege.id } })).toBe(TOTALS.industryColleges);
    expect(await db().major.count({ where: { isNew: true } })).toBe(6);
    expect(await db().major.count({ where: { isNew: false } })).toBeGreaterThan(0);
    expect(await db().enterpriseClass.count()).toBe(15);
    const denso = await db().enterpriseClass.findMany({ where: { provenance: 'ARTICLE' } });
    // The article gives it no industry: the one it has is inferred, and marked so.
    expect(denso).toMatchObject([{
      name: '电装班', partnerEnterpriseId: ENTERPRISES.denso.id, majorId: null,
      industryCode: 'SMART_VEHICLES', industryInferred: true, industryNote: expect.stringContaining('原文未注明行业'),
    }]);
    expect(await db().enterpriseClass.count({ where: { provenance: 'GENERATED', industryInferred: true } })).toBe(0);
  });

  it('gives generated classes partners that host master-studios studios, and majors of their industry', async () => {
    const generated = await db().enterpriseClass.findMany({ where: { provenance: 'GENERATED' }, orderBy: { id: 'asc' } });
    expect(generated.map((c) => c.partnerEnterpriseId)).toEqual(Array.from({ length: 14 }, (_, n) => generatedEnterpriseId(n)));
    expect(generated.every((c) => c.name.startsWith('生成订单班') && c.industryCode)).toBe(true);
    const majors = new Map((await db().major.findMany()).map((m) => [m.id, m]));
    for (const c of generated.filter((c) => c.majorId != null)) expect(majors.get(c.majorId!)?.industryCode).toBe(c.industryCode);
    expect(generated.filter((c) => c.majorId != null).length).toBeGreaterThan(10);
  });

  it('gives every student one college mentor and one mentor from the class partner', async () => {
    const students = await db().student.findMany();
    const mentors = new Map((await db().mentor.findMany()).map((m) => [m.id, m]));
    const classes = new Map((await db().enterpriseClass.findMany()).map((c) => [c.id, c]));
    for (const s of students) {
      expect(mentors.get(s.collegeMentorId!)?.side).toBe('COLLEGE');
      const enterpriseMentor = mentors.get(s.enterpriseMentorId!)!;
      expect(enterpriseMentor.side).toBe('ENTERPRISE');
      expect(enterpriseMentor.enterpriseId).toBe(classes.get(s.enterpriseClassId!)!.partnerEnterpriseId);
    }
  });

  it('counts 329 technician-level researchers and 81 / 23 / 74 outcomes in the last 3 years', async () => {
    const kinds = await db().researchProject.groupBy({ by: ['kind'], where: inWindow, _count: { _all: true } });
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count._all]))).toEqual(RESEARCH.projects);
    const participants = await db().researchParticipation.findMany({
      where: { project: inWindow }, distinct: ['studentId'], select: { studentId: true },
    });
    const ids = participants.map((p) => p.studentId);
    expect(ids).toHaveLength(329);
    expect(await db().student.count({ where: { id: { in: ids }, technicianLevel: true } })).toBe(329);
    expect(await db().researchProject.count({ where: { participants: { none: {} } } })).toBe(0);
    expect(await db().researchProject.count({ where: { NOT: { title: { startsWith: '生成' } } } })).toBe(0);
  });

  it('has 20 graduate teachers, 戴华恺 among them', async () => {
    expect(await db().graduateTeacher.count()).toBe(20);
    expect(await db().graduateTeacher.findMany({ where: { provenance: 'ARTICLE' } })).toMatchObject([
      { name: '戴华恺', declinedOfferCny: 400_000, hiredYear: 2023 },
    ]);
  });

  it('records 正强传动 further study and the new apprenticeship scheme', async () => {
    const programmes = await db().trainingProgramme.findMany({ orderBy: { id: 'asc' } });
    expect(programmes).toMatchObject([
      { kind: 'FURTHER_STUDY', partnerEnterpriseId: ENTERPRISES.zhengqiang.id, participantsAtLeast: 40, examplePerson: '金素琴' },
      { kind: 'NEW_APPRENTICESHIP', partnerEnterpriseId: null, description: '企校双制、工学一体' },
    ]);
    expect(programmes[0].description).toContain('20年');
  });

  it('marks every industry and occupation as from the article', async () => {
    expect(await db().industry.count({ where: { priority: true, provenance: 'ARTICLE' } })).toBe(3);
    expect(await db().occupation.count({ where: { priority: true, provenance: 'ARTICLE' } })).toBe(5);
  });

  it('does nothing the second time, and new rows get fresh ids', async () => {
    expect(await seedDemo(enterpriseClassesSeeds, db())).toBe('present');
    const added = await db().mentor.create({ data: { name: 'test', side: 'COLLEGE', provenance: 'GENERATED' } });
    expect(added.id).toBeGreaterThan(1);
    await db().mentor.delete({ where: { id: added.id } });
  });
});

describe('the catalogues without the demo, as production gets them', () => {
  it('are the schools, industries and occupations, inserted once however often they run', async () => {
    const bare = await enterpriseClasses.open();
    try {
      await enterpriseClassesSeeds.catalogues(bare.client);
      await enterpriseClassesSeeds.catalogues(bare.client);
      expect(await bare.client.school.count()).toBe(2);
      expect(await bare.client.industry.count()).toBe(9);
      expect(await bare.client.occupation.count()).toBe(11);
      expect(await enterpriseClassesSeeds.demoState(bare.client)).toMatchObject({ demo: false, records: { EnterpriseClass: 0, Major: 0 } });
    } finally {
      await bare.close();
    }
  });

  it('keep a registry that holds its own records from receiving the demo', async () => {
    const registry = await enterpriseClasses.open();
    try {
      await enterpriseClassesSeeds.catalogues(registry.client);
      await registry.client.major.create({ data: { name: '登记专业', schoolId: 1, isNew: true, provenance: 'REGISTERED' } });
      const refusal = await seedDemo(enterpriseClassesSeeds, registry.client).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DemoRefused);
      expect((refusal as DemoRefused).records).toEqual({ Major: 1 });
      expect(await registry.client.enterpriseClass.count()).toBe(0);
    } finally {
      await registry.close();
    }
  });
});
