import { expect, it } from 'vitest';
import { ENTERPRISES } from '../../../../prisma/seed/catalogue.ts';
import { seededDatabase } from '@partnership/kit/seeded-database';
import { enterpriseClasses } from './index.ts';

const { run } = seededDatabase(enterpriseClasses);

it('lists the 15 enterprise order classes with their total', async () => {
  const { data, errors } = await run(`{ enterpriseClasses(first: 50) { totalCount edges { node { name } } } }`);
  expect(errors).toBeUndefined();
  expect(data.enterpriseClasses.totalCount).toBe(15);
  expect(data.enterpriseClasses.edges[0].node.name).toBe('电装班');
});

it('finds the Denso class by name and by partner', async () => {
  const query = `query ($filter: EnterpriseClassFilter) {
    enterpriseClasses(filter: $filter) { totalCount edges { node { name provenance partnerEnterprise { id } industry { code } industryInferred } } }
  }`;
  const byName = await run(query, { filter: { nameContains: ' 电装 ' } });
  const byPartner = await run(query, { filter: { partnerEnterpriseIds: [String(ENTERPRISES.denso.id)] } });
  expect(byName.data).toEqual(byPartner.data);
  expect(byName.data.enterpriseClasses.edges).toEqual([
    { node: { name: '电装班', provenance: 'ARTICLE', partnerEnterprise: { id: '3' }, industry: { code: 'SMART_VEHICLES' }, industryInferred: true } },
  ]);
});

it('narrows by industry and occupation', async () => {
  const { data } = await run(`{
    all: enterpriseClasses(filter: { industryCodes: ["MODERN_TEXTILES"] }) { totalCount edges { node { occupations { code } } } }
    dyers: enterpriseClasses(filter: { occupationCodes: ["DYER"] }) { totalCount }
  }`);
  expect(data.all.totalCount).toBeGreaterThan(0);
  expect(data.dyers.totalCount).toBe(data.all.totalCount);
  for (const { node } of data.all.edges) expect(node.occupations.map((o: { code: string }) => o.code)).toContain('DYER');
});

it('refuses a blank name filter, naming the field', async () => {
  const { errors } = await run(`{ enterpriseClasses(filter: { nameContains: "   " }) { totalCount } }`);
  expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.nameContains' });
});

it('shows the college with its partnerships, majors, teachers and programmes', async () => {
  const { data, errors } = await run(`{
    school(id: "1") {
      name
      partnerEnterprises { id }
      industryColleges { name partnerEnterprise { id } industry { code } }
      majors { isNew }
      enterpriseClasses { id }
      graduateTeachers { name }
      trainingProgrammes { kind examplePerson participantsAtLeast partnerEnterprise { id } }
    }
    industries(priorityOnly: true) { code }
    occupations(priorityOnly: true) { code }
    mentors(side: ENTERPRISE, first: 1) { totalCount edges { node { enterprise { id } students { enterpriseMentor { side } } } } }
  }`);
  expect(errors).toBeUndefined();
  const school = data.school;
  expect(school.name).toBe('萧山技师学院');
  expect(school.partnerEnterprises.slice(0, 3)).toEqual([{ id: '1' }, { id: '2' }, { id: '3' }]);
  expect(school.industryColleges).toHaveLength(6);
  expect(school.majors.filter((m: { isNew: boolean }) => m.isNew)).toHaveLength(6);
  expect(school.enterpriseClasses).toHaveLength(15);
  expect(school.graduateTeachers).toHaveLength(20);
  expect(school.trainingProgrammes).toEqual([
    { kind: 'FURTHER_STUDY', examplePerson: '金素琴', participantsAtLeast: 40, partnerEnterprise: { id: String(ENTERPRISES.zhengqiang.id) } },
  ]);
  expect(data.industries).toHaveLength(3);
  expect(data.occupations).toHaveLength(5);
  expect(data.mentors.edges[0].node.students[0].enterpriseMentor.side).toBe('ENTERPRISE');
});

it('hides generated classes without hiding registered ones, and groups those with no industry as not stated', async () => {
  const { data } = await run(`{
    shown: enterpriseClasses(filter: { provenances: [ARTICLE, REGISTERED] }) { edges { node { name } } }
    notStated: enterpriseClasses(filter: { industryStated: false }) { totalCount }
    stated: enterpriseClasses(filter: { industryStated: true }) { totalCount }
    all: enterpriseClasses { totalCount }
    industry(code: "SMART_VEHICLES") { enterpriseClasses(provenances: [ARTICLE, REGISTERED]) { name } majors(provenances: [ARTICLE]) { name } }
  }`);
  expect(data.shown.edges).toEqual([{ node: { name: '电装班' } }]);
  expect(data.notStated.totalCount + data.stated.totalCount).toBe(data.all.totalCount);
  expect(data.industry).toEqual({ enterpriseClasses: [{ name: '电装班' }], majors: [] });
});

it('reads an empty provenances list as no filter, as its description and every filter say', async () => {
  const { data } = await run(`{ industry(code: "SMART_VEHICLES") {
    none: enterpriseClasses(provenances: []) { id } all: enterpriseClasses { id } noMajors: majors(provenances: []) { id } allMajors: majors { id } } }`);
  expect(data.industry.all.length).toBeGreaterThan(0);
  expect(data.industry.none).toEqual(data.industry.all);
  expect(data.industry.noMajors).toEqual(data.industry.allMajors);
});

it('refuses an unknown industry code in a filter, naming the valid codes', async () => {
  const { errors } = await run(`{ enterpriseClasses(filter: { industryCodes: ["SMART_VEHICLE"] }) { totalCount } }`);
  expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.industryCodes' });
  expect(errors?.[0].message).toContain('SMART_VEHICLE;');
  expect(errors?.[0].message).toContain('SMART_VEHICLES');
});
