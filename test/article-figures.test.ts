// Every figure of ../shared/domain/FACTS.md, asked through the gateway: totals are computed
// from the registries' records, never stored as constants.
import { describe, expect, it } from 'vitest';
import { testPostgresUrl } from './support/databases.ts';
import { readOnlyGraph } from './support/file-graph.ts';

const graph = readOnlyGraph();

it('runs on the database engine the environment asks for', () => {
  expect(graph.engine).toBe(testPostgresUrl ? 'postgresql' : 'pglite');
});

async function ask(query: string) {
  const { data, errors } = await graph.query(query);
  expect(errors).toBeUndefined();
  return data;
}

describe("the technician college's partnerships", () => {
  it('counts 6 industry colleges, 6 new majors and 15 order classes, the Denso class among them', async () => {
    const data = await ask(`{
      industryColleges { id }
      majors(isNew: true) { id }
      enterpriseClasses(filter: { nameContains: "电装" }) { totalCount edges { node { name provenance partnerEnterprise { name nameEn } } } }
      all: enterpriseClasses { totalCount }
      school(id: "1") { name partnerEnterprises { name provenance } }
    }`);
    expect(data.industryColleges).toHaveLength(6);
    expect(data.majors).toHaveLength(6);
    expect(data.all.totalCount).toBe(15);
    expect(data.enterpriseClasses.edges[0].node).toEqual({
      name: '电装班', provenance: 'ARTICLE', partnerEnterprise: { name: '电装', nameEn: 'Denso' },
    });
    const named = data.school.partnerEnterprises.filter((e: any) => e.provenance === 'ARTICLE').map((e: any) => e.name);
    expect(named.sort()).toEqual(['先临三维', '宝盛集团', '电装'].sort());
  });

  it('sums 329 students, 81 renovations, 23 pieces of equipment and 74 patents over the last 3 years', async () => {
    const data = await ask(`{ researchOutcomeSummary { students technicalRenovations developedEquipment patents yearFrom yearTo } }`);
    expect(data.researchOutcomeSummary).toEqual({
      students: 329, technicalRenovations: 81, developedEquipment: 23, patents: 74, yearFrom: 2021, yearTo: 2023,
    });
  });

  it('has 20 graduates who became teachers, 戴华恺 among them, and two mentors per student', async () => {
    const data = await ask(`{
      graduateTeachers { name declinedOfferCny provenance }
      students(first: 500) { totalCount edges { node { collegeMentor { side } enterpriseMentor { side } } } }
      mentorshipSummary(schoolId: "1") { students pairedStudents }
    }`);
    expect(data.mentorshipSummary).toEqual({ students: data.students.totalCount, pairedStudents: data.students.totalCount });
    expect(data.graduateTeachers).toHaveLength(20);
    expect(data.graduateTeachers).toContainEqual({ name: '戴华恺', declinedOfferCny: 400000, provenance: 'ARTICLE' });
    for (const { node } of data.students.edges) {
      expect(node).toEqual({ collegeMentor: { side: 'COLLEGE' }, enterpriseMentor: { side: 'ENTERPRISE' } });
    }
  });

  it('records Zhengqiang staff in further study and the new apprenticeship scheme', async () => {
    const data = await ask(`{ trainingProgrammes { kind participantsAtLeast examplePerson description partnerEnterprise { name } } }`);
    expect(data.trainingProgrammes).toContainEqual(expect.objectContaining({
      kind: 'FURTHER_STUDY', participantsAtLeast: 40, examplePerson: '金素琴',
      partnerEnterprise: { name: '杭州正强传动股份有限公司' },
    }));
    expect(data.trainingProgrammes).toContainEqual(expect.objectContaining({
      kind: 'NEW_APPRENTICESHIP', description: '企校双制、工学一体',
    }));
  });
});

describe('the master studios', () => {
  it('counts 76 studios: 1 national, 10 provincial, 19 city, 46 district', async () => {
    const data = await ask(`{ masterStudioCountsByLevel { level count } masterStudios { totalCount } }`);
    expect(data.masterStudios.totalCount).toBe(76);
    expect(data.masterStudioCountsByLevel).toEqual([
      { level: 'DISTRICT', count: 46 }, { level: 'CITY', count: 19 },
      { level: 'PROVINCIAL', count: 10 }, { level: 'NATIONAL', count: 1 },
    ]);
  });

  it('finds this year 5 new district technician studios and 2 new city-level ones', async () => {
    const data = await ask(`{
      district: masterStudios(filter: { levels: [DISTRICT], kinds: [TECHNICIAN_STUDIO], recognisedInYear: 2023 }) { totalCount }
      city: masterStudios(filter: { levels: [CITY], kinds: [TECHNICIAN_STUDIO], recognisedInYear: 2023 }) { totalCount }
    }`);
    expect(data.district.totalCount).toBe(5);
    expect(data.city.totalCount).toBe(2);
  });

  it("shows Wang Luqing: 13 years, chief technician of the 15th batch of 10, and his city-level studio", async () => {
    const data = await ask(`{
      chiefTechnicians(batch: 15) { batch master { name yearsInTrade honours { name valueCny valueQualifier }
        studios { name level hostEnterprise { name } levelHistory { level note } } } }
      leadersGroups { name provenance }
    }`);
    expect(data.chiefTechnicians).toHaveLength(10);
    const wang = data.chiefTechnicians.find((c: any) => c.master.name === '王露清').master;
    expect(wang.yearsInTrade).toBe(13);
    expect(wang.honours.map((h: any) => h.name)).toEqual(expect.arrayContaining(['浙江工匠', '萧山工匠']));
    // 600余万元: over 6,000,000.
    expect(wang.honours.find((h: any) => h.valueCny)).toMatchObject({ valueCny: 6_000_000, valueQualifier: 'over' });
    expect(wang.studios).toEqual([{
      name: '王露清工作室', level: 'CITY', hostEnterprise: { name: '杭州大有供电服务有限公司萧山欣美分公司' },
      levelHistory: [{ level: 'CITY', note: '杭州市高技能人才（劳模工匠）创新工作室' }],
    }]);
    expect(data.leadersGroups).toEqual([{ name: '萧山工匠大师领航团', provenance: 'ARTICLE' }]);
  });
});

describe('the pay policies', () => {
  it('shows the 8-15% uplift at Hengyi and Qianjiang Electric and the courier who became a supervisor', async () => {
    const data = await ask(`{
      hengyi: enterprise(id: "7") { name payPolicies { scope upliftMinPercent upliftMaxPercent } }
      qianjiang: enterprise(id: "8") { name payPolicies { scope upliftMinPercent upliftMaxPercent } }
      sto: enterprise(id: "9") { name promotionPathways { fromRole toRole examplePerson honours } }
    }`);
    for (const enterprise of [data.hengyi, data.qianjiang]) {
      expect(enterprise.payPolicies).toEqual([{ scope: 'HIGH_SKILL_TALENT', upliftMinPercent: 8, upliftMaxPercent: 15 }]);
    }
    expect(data.sto.promotionPathways).toEqual([{
      fromRole: '快递员', toRole: '转运中心主管', examplePerson: '李庆恒',
      honours: ['浙江省快递职业技能竞赛一等奖', '浙江省技术能手'],
    }]);
  });

  it('computes the certification totals: 62 + 6 bodies, 68 pilots, 5,926 certified, 3,066 self-trained', async () => {
    const data = await ask(`{
      certificationSummary { enterpriseBodies socialEvaluationOrganisations pilotUnits newEnterpriseBodies(year: 2023)
        peopleCertified selfTrained selfTrainedPercent }
      zhengqiang: enterprise(id: "5") { certificationBodies { pilotSinceYear pilotSinceMonth batches { peopleCertified } } }
    }`);
    expect(data.certificationSummary).toEqual({
      enterpriseBodies: 62, socialEvaluationOrganisations: 6, pilotUnits: 68, newEnterpriseBodies: 13,
      peopleCertified: 5926, selfTrained: 3066, selfTrainedPercent: 51.74,
    });
    expect(data.zhengqiang.certificationBodies).toEqual([
      { pilotSinceYear: 2023, pilotSinceMonth: 4, batches: [{ peopleCertified: 88 }] },
    ]);
  });

  it('covers the six industries of self-certifying enterprises', async () => {
    const data = await ask(`{ certificationBodies(filter: { kind: ENTERPRISE }, first: 100) { edges { node { enterprise { industry { code } } } } } }`);
    const codes = new Set(data.certificationBodies.edges.map((e: any) => e.node.enterprise.industry?.code).filter(Boolean));
    for (const code of ['ARTIFICIAL_INTELLIGENCE', 'INTEGRATED_CIRCUITS', 'INTERNET_OF_THINGS', 'ADVANCED_MANUFACTURING', 'ELDERLY_CARE', 'CULTURE_TOURISM_HOTELS']) {
      expect(codes).toContain(code);
    }
  });

  it('sums 2,000,000 CNY of certification grants and 2,230,000 CNY of high-skill talent subsidies', async () => {
    const data = await ask(`{ subsidySummary(year: 2023) { byKind { kind totalCny } } }`);
    expect(data.subsidySummary.byKind).toEqual(expect.arrayContaining([
      { kind: 'CERTIFICATION_GRANT', totalCny: 2_000_000 },
      { kind: 'HIGH_SKILL_TALENT_SUBSIDY', totalCny: 2_230_000 },
    ]));
  });
});

describe('district-wide figures', () => {
  it('answers every dashboard figure with its target and achievement', async () => {
    const data = await ask(`{ districtIndicators { code value target achievedPercent qualifier } }`);
    const byCode = Object.fromEntries(data.districtIndicators.map((i: any) => [i.code, i]));
    const expected: Record<string, number> = {
      training_person_times: 34840, new_skilled_talents: 11391, new_high_skill_talents: 4885,
      skilled_talent_stock: 310000, high_skill_talent_stock: 110000, skill_competitions: 13,
      district_technical_experts: 24, city_outstanding_young_post_experts: 1, district_young_post_experts: 6,
      competition_practice_person_times: 5000, televised_contest_consecutive_years: 13,
      secondary_industry_training_share: 47.03, new_business_form_workers_trained: 4074,
      digital_skills_workers_trained: 3000, survey_towns_platforms_visited: 8, enterprise_forums: 10,
      survey_questionnaires: 500, supporting_management_measures: 7,
    };
    for (const [code, value] of Object.entries(expected)) expect(byCode[code]?.value, code).toBe(value);
    expect(byCode.training_person_times.target).toBe(26000);
    expect(Math.round(byCode.training_person_times.achievedPercent)).toBe(134);
    expect(Math.round(byCode.new_skilled_talents.achievedPercent)).toBe(163);
    expect(Math.round(byCode.new_high_skill_talents.achievedPercent)).toBe(140);
    expect(byCode.skilled_talent_stock.qualifier).toBe('over');
  });

  it('lists the priority industries and occupations', async () => {
    const data = await ask(`{ industries(priorityOnly: true) { name } occupations(priorityOnly: true) { name } }`);
    const names = (list: { name: string }[]) => list.map((item) => item.name).sort();
    expect(names(data.industries)).toEqual(['智能汽车', '高端装备', '现代纺织'].sort());
    expect(names(data.occupations)).toEqual(['钳工', '电工', '铣工', '印染后处理工', '印染工'].sort());
  });
});
