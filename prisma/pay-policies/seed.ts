// The pay-policies registry as the article states it: 恒逸's and 钱江电气's 8-15% pay rises, 申通's
// courier-to-supervisor pathway, 62 certification enterprises + 6 social evaluation organisations
// that certified 5,926 people (3,066 self-trained) by end of October, and this year's subsidies.
// Where the article gives only totals, generated records (named as such) make them up exactly.
import { demoStateOf, SEED_TRANSACTION, syncIdSequences, type SubgraphSeeds } from '@partnership/kit';
import type { Db } from '../../subgraphs/pay-policies/src/registry.ts';
import type { Prisma } from '../../subgraphs/pay-policies/src/generated/prisma/client.ts';
import {
  ARTICLE_YEAR,
  DENSO_INFERRED_INDUSTRY,
  ENTERPRISES,
  FIRST_GENERATED_ENTERPRISE_ID,
  generatedEnterpriseCount,
  generatedEnterpriseProfile,
  INDUSTRIES,
  OCCUPATIONS,
  random,
  type SeedOptions,
  splitTotal,
} from '../seed/catalogue.ts';

type Rng = ReturnType<typeof random>;
type IndustryCode = (typeof INDUSTRIES)[number]['code'];
type OccupationCode = (typeof OCCUPATIONS)[number]['code'];

/** The article's certification figures, to the end of October. */
export const CERTIFICATION = {
  periodEnd: `${ARTICLE_YEAR}-10-31`,
  enterpriseBodies: 62,
  socialEvaluationOrganisations: 6,
  newEnterpriseBodies: 13,
  peopleCertified: 5926,
  selfTrained: 3066,
  zhengqiangCertified: 88,
  /** The one-time grant goes to enterprises that certified at least this many person-times. */
  grantThreshold: 50,
} as const;

/** How the generated batches share the totals (the article gives no breakdown). */
const SPLIT = { socialPeople: 1200, smallBodies: 16, smallPeople: 480 } as const;

/** Subsidies paid this year, in CNY. */
export const SUBSIDY_TOTALS = { CERTIFICATION_GRANT: 2_000_000, HIGH_SKILL_TALENT_SUBSIDY: 2_230_000 } as const;

/** Industries the article says self-certifying enterprises cover. */
const SELF_CERTIFICATION_INDUSTRIES: IndustryCode[] = [
  'ARTIFICIAL_INTELLIGENCE', 'INTEGRATED_CIRCUITS', 'INTERNET_OF_THINGS',
  'ADVANCED_MANUFACTURING', 'ELDERLY_CARE', 'CULTURE_TOURISM_HOTELS',
];

/** Occupations a generated body of each industry plausibly certifies. */
const OCCUPATIONS_BY_INDUSTRY: Record<IndustryCode, OccupationCode[]> = {
  SMART_VEHICLES: ['FITTER', 'ELECTRICIAN'],
  HIGH_END_EQUIPMENT: ['FITTER', 'MILLING_WORKER', 'TOOL_FITTER'],
  MODERN_TEXTILES: ['DYER', 'DYEING_FINISHER'],
  ARTIFICIAL_INTELLIGENCE: ['AI_TRAINER', 'ELECTRICIAN'],
  INTEGRATED_CIRCUITS: ['ELECTRICIAN', 'FITTER'],
  INTERNET_OF_THINGS: ['ELECTRICIAN', 'AI_TRAINER'],
  ADVANCED_MANUFACTURING: ['FITTER', 'MILLING_WORKER', 'TOOL_FITTER', 'ELECTRICIAN'],
  ELDERLY_CARE: ['ELDERLY_CARER'],
  CULTURE_TOURISM_HOTELS: ['CHINESE_COOK'],
};

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const generatedId = (n: number) => FIRST_GENERATED_ENTERPRISE_ID + n;
const label = (n: number) => String(n + 1).padStart(4, '0');
const range = (length: number) => Array.from({ length }, (_, i) => i);

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function distinctPicks<T>(items: readonly T[], count: number, rng: Rng): T[] {
  return shuffled(items, rng).slice(0, Math.min(count, items.length));
}

/** Nudges `values` one unit at a time, within 0..caps[i], until they add up to `total`. */
function fitToTotal(values: number[], caps: number[], total: number): number[] {
  if (total > caps.reduce((a, b) => a + b, 0)) throw new Error(`Cannot fit ${total} under the caps.`);
  const out = values.map((v, i) => Math.min(Math.max(v, 0), caps[i]));
  let diff = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % out.length) {
    if (diff > 0 && out[i] < caps[i]) [out[i], diff] = [out[i] + 1, diff - 1];
    else if (diff < 0 && out[i] > 0) [out[i], diff] = [out[i] - 1, diff + 1];
  }
  return out;
}

function enterprises(options: SeedOptions): Prisma.EnterpriseCreateManyInput[] {
  // The article gives no industry, town or credit code for the enterprises it names; Denso's
  // industry is inferred (marked), the others' stay not stated.
  const named = Object.values(ENTERPRISES).map((e) => ({
    id: e.id, name: e.name, nameEn: e.nameEn, industryCode: null, town: null, creditCode: null, provenance: 'ARTICLE' as const,
    ...(e.id === ENTERPRISES.denso.id && DENSO_INFERRED_INDUSTRY),
  }));
  const generated = range(generatedEnterpriseCount(options)).map((n) => ({
    id: generatedId(n), name: `生成企业 #${label(n)}`, nameEn: `Generated enterprise #${n + 1}`,
    ...generatedEnterpriseProfile(n), creditCode: null, provenance: 'GENERATED' as const,
  }));
  return [...named, ...generated];
}

function payPolicies(options: SeedOptions): Prisma.PayPolicyCreateManyInput[] {
  const quote = '区内重点企业已初步建立了薪酬待遇向一线技能人才倾斜的分配体系。恒逸、钱江电气等多家企业的高技能人才薪酬待遇已提高了8-15%。';
  const named = [ENTERPRISES.hengyi.id, ENTERPRISES.qianjiangElectric.id].map((enterpriseId) => ({
    enterpriseId, scope: 'HIGH_SKILL_TALENT' as const, upliftMinPercent: 8, upliftMaxPercent: 15,
    effectiveYear: ARTICLE_YEAR, description: quote, provenance: 'ARTICLE' as const,
  }));
  const rng = random(815);
  const base = generatedEnterpriseCount();
  // Three in four of the base generated enterprises, and every extra one, get a policy.
  const holders = range(generatedEnterpriseCount(options)).filter((n) => rng.next() < 0.75 || n >= base);
  const generated = holders.map((n) => {
    const min = rng.int(3, 10);
    return {
      enterpriseId: generatedId(n), scope: rng.pick(['HIGH_SKILL_TALENT', 'FRONT_LINE_SKILLED'] as const),
      upliftMinPercent: min, upliftMaxPercent: min + rng.int(2, 8), effectiveYear: rng.int(2019, ARTICLE_YEAR),
      description: null, provenance: 'GENERATED' as const,
    };
  });
  return [...named, ...generated];
}

function promotionPathways(): Prisma.PromotionPathwayCreateManyInput[] {
  const sto = {
    enterpriseId: ENTERPRISES.stoExpress.id, fromRole: '快递员', fromRoleEn: 'Courier',
    toRole: '转运中心主管', toRoleEn: 'Transit-centre supervisor', examplePerson: '李庆恒',
    honours: ['浙江省快递职业技能竞赛一等奖', '浙江省技术能手'], provenance: 'ARTICLE' as const,
  };
  const templates: [IndustryCode, string, string, string, string][] = [
    ['ADVANCED_MANUFACTURING', '一线操作工', 'Front-line operator', '班组长', 'Team leader'],
    ['HIGH_END_EQUIPMENT', '铣工', 'Milling worker', '车间主任', 'Workshop director'],
    ['SMART_VEHICLES', '维修电工', 'Maintenance electrician', '设备主管', 'Equipment supervisor'],
    ['ELDERLY_CARE', '养老护理员', 'Elderly carer', '护理部主管', 'Nursing supervisor'],
    ['CULTURE_TOURISM_HOTELS', '中式烹调师', 'Chinese cook', '厨政总监', 'Executive chef'],
  ];
  const rng = random(9);
  const generated = templates.map(([industry, fromRole, fromRoleEn, toRole, toRoleEn]) => {
    const hosts = range(generatedEnterpriseCount()).filter((n) => generatedEnterpriseProfile(n).industryCode === industry);
    return {
      enterpriseId: generatedId(rng.pick(hosts)), fromRole, fromRoleEn, toRole, toRoleEn,
      examplePerson: null, honours: [], provenance: 'GENERATED' as const,
    };
  });
  return [sto, ...generated];
}

interface Certification {
  bodies: Prisma.CertificationBodyCreateManyInput[];
  batches: Prisma.CertificationBatchCreateManyInput[];
  /** Generated enterprises whose batch reached the grant threshold. */
  grantees: number[];
}

function certification(): Certification {
  const rng = random(5926);
  const periodEnd = date(CERTIFICATION.periodEnd);
  const zhengqiang = { id: 1, enterpriseId: ENTERPRISES.zhengqiang.id };
  const bodies: Prisma.CertificationBodyCreateManyInput[] = [{
    ...zhengqiang, kind: 'ENTERPRISE', name: ENTERPRISES.zhengqiang.name, nameEn: ENTERPRISES.zhengqiang.nameEn,
    pilotSinceYear: ARTICLE_YEAR, pilotSinceMonth: 4, occupationCodes: [], provenance: 'ARTICLE',
  }];
  const batches: Prisma.CertificationBatchCreateManyInput[] = [{
    bodyId: zhengqiang.id, periodEnd, peopleCertified: CERTIFICATION.zhengqiangCertified, selfTrained: null,
    description: '88人在公司通过理论和实操考试后，顺利拿到了国家认可的技能等级证书；公司在考试中增加了企业制度、企业文化等内容。',
    provenance: 'ARTICLE',
  }];

  // Generated enterprise bodies: those in the industries the article names first.
  const generatedBodies = CERTIFICATION.enterpriseBodies - 1;
  const inListedIndustry = (n: number) => SELF_CERTIFICATION_INDUSTRIES.includes(generatedEnterpriseProfile(n).industryCode);
  const candidates = range(generatedEnterpriseCount());
  const certifiers = [...candidates.filter(inListedIndustry), ...candidates.filter((n) => !inListedIndustry(n))].slice(0, generatedBodies);
  const newThisYear = new Set(distinctPicks(range(generatedBodies), CERTIFICATION.newEnterpriseBodies - 1, rng));

  // Social evaluation organisations certify more people each; a few enterprises stay under the grant threshold.
  const socialCounts = splitTotal(SPLIT.socialPeople, CERTIFICATION.socialEvaluationOrganisations, rng, 100);
  const enterprisePeople = CERTIFICATION.peopleCertified - CERTIFICATION.zhengqiangCertified - SPLIT.socialPeople;
  const small = splitTotal(SPLIT.smallPeople, SPLIT.smallBodies, rng, 10);
  const large = splitTotal(enterprisePeople - SPLIT.smallPeople, generatedBodies - SPLIT.smallBodies, rng, CERTIFICATION.grantThreshold);
  const enterpriseCounts = shuffled([...small, ...large], rng);
  const selfTrained = fitToTotal(
    enterpriseCounts.map((people) => Math.round(people * (0.45 + 0.4 * rng.next()))),
    enterpriseCounts,
    CERTIFICATION.selfTrained,
  );

  const grantees: number[] = [];
  certifiers.forEach((n, i) => {
    const id = 2 + i;
    const isNew = newThisYear.has(i);
    const industry = generatedEnterpriseProfile(n).industryCode;
    bodies.push({
      id, kind: 'ENTERPRISE', name: `生成企业 #${label(n)}`, nameEn: `Generated enterprise #${n + 1}`,
      enterpriseId: generatedId(n), pilotSinceYear: isNew ? ARTICLE_YEAR : rng.int(2020, ARTICLE_YEAR - 1),
      // New pilots joined by October, so the period's figures include them.
      pilotSinceMonth: isNew ? rng.int(1, 10) : rng.int(1, 12),
      occupationCodes: distinctPicks(OCCUPATIONS_BY_INDUSTRY[industry], rng.int(1, 2), rng),
      provenance: 'GENERATED',
    });
    batches.push({
      bodyId: id, periodEnd, peopleCertified: enterpriseCounts[i], selfTrained: selfTrained[i],
      description: null, provenance: 'GENERATED',
    });
    if (enterpriseCounts[i] >= CERTIFICATION.grantThreshold) grantees.push(n);
  });

  socialCounts.forEach((people, i) => {
    const id = 2 + generatedBodies + i;
    bodies.push({
      id, kind: 'SOCIAL_EVALUATION_ORGANISATION', name: `生成社会评价组织 #${i + 1}`,
      nameEn: `Generated social evaluation organisation #${i + 1}`, enterpriseId: null,
      pilotSinceYear: rng.int(2020, ARTICLE_YEAR - 1), pilotSinceMonth: rng.int(1, 12),
      occupationCodes: distinctPicks(OCCUPATIONS.map((o) => o.code), rng.int(2, 4), rng),
      provenance: 'GENERATED',
    });
    // A social organisation certifies others' staff: "trained by the enterprise itself" does not apply.
    batches.push({ bodyId: id, periodEnd, peopleCertified: people, selfTrained: null, description: null, provenance: 'GENERATED' });
  });
  return { bodies, batches, grantees };
}

/** This year's payments; the article gives only the totals, so every payment is generated. */
function subsidies(grantees: number[]): Prisma.SubsidyCreateManyInput[] {
  const rng = random(223);
  const payment = (kind: keyof typeof SUBSIDY_TOTALS) => (n: number, thousands: number) => ({
    kind, enterpriseId: generatedId(n), amountCny: thousands * 1000, year: ARTICLE_YEAR, provenance: 'GENERATED' as const,
  });
  const grants = splitTotal(SUBSIDY_TOTALS.CERTIFICATION_GRANT / 1000, grantees.length, rng, 10);
  const talentHolders = distinctPicks(range(generatedEnterpriseCount()), 30, rng).sort((a, b) => a - b);
  const talent = splitTotal(SUBSIDY_TOTALS.HIGH_SKILL_TALENT_SUBSIDY / 1000, talentHolders.length, rng, 20);
  return [
    ...grantees.map((n, i) => payment('CERTIFICATION_GRANT')(n, grants[i])),
    ...talentHolders.map((n, i) => payment('HIGH_SKILL_TALENT_SUBSIDY')(n, talent[i])),
  ];
}

function districtIndicators(): Prisma.DistrictIndicatorCreateManyInput[] {
  const row = (
    code: string, name: string, nameEn: string, value: number, unit: string,
    extra: { target?: number; asOf?: string; qualifier?: 'over' | 'about' } = {},
  ) => ({
    code, name, nameEn, value, unit, target: extra.target ?? null, year: ARTICLE_YEAR,
    asOf: extra.asOf ? date(extra.asOf) : null, qualifier: extra.qualifier ?? null, provenance: 'ARTICLE' as const,
  });
  const nov20 = `${ARTICLE_YEAR}-11-20`;
  const octEnd = `${ARTICLE_YEAR}-10-31`;
  return [
    row('training_person_times', '职业技能培训', 'Vocational skills training', 34840, 'person-times', { target: 26000, asOf: nov20 }),
    row('new_skilled_talents', '新增技能人才', 'New skilled talents', 11391, 'people', { target: 7000, asOf: nov20 }),
    row('new_high_skill_talents', '新增高技能人才', 'New high-skill talents', 4885, 'people', { target: 3500, asOf: nov20 }),
    row('skilled_talent_stock', '技能人才总量', 'Skilled talents in the district', 310000, 'people', { qualifier: 'over' }),
    row('high_skill_talent_stock', '高技能人才总量', 'High-skill talents in the district', 110000, 'people'),
    row('skill_competitions', '技能比武场次', 'Skill competitions held', 13, 'competitions'),
    row('district_technical_experts', '区技术能手', 'District technical experts selected', 24, 'people'),
    row('city_outstanding_young_post_experts', '市优秀青年岗位能手', 'City outstanding young post experts selected', 1, 'people'),
    row('district_young_post_experts', '区青年岗位能手', 'District young post experts selected', 6, 'people'),
    row('competition_practice_person_times', '带动练兵', 'Practice driven by competitions', 5000, 'person-times', { qualifier: 'about' }),
    row('televised_contest_consecutive_years', '“行行出状元”技工比武电视擂台赛连续举办年数（自2011年）',
      '"行行出状元" televised skills contest, consecutive years since 2011', 13, 'years'),
    row('secondary_industry_training_share', '职业培训二产占比', 'Secondary industry share of training', 47.03, 'percent',
      { asOf: `${ARTICLE_YEAR}-09-30` }),
    row('new_business_form_workers_trained', '新业态从业人员培训', 'New-business-form workers trained', 4074, 'person-times', { asOf: octEnd }),
    row('digital_skills_workers_trained', '数字技能人才培训', 'Digital-skills workers trained', 3000, 'person-times',
      { asOf: octEnd, qualifier: 'about' }),
    row('survey_towns_platforms_visited', '走访重点镇街（平台）', 'Key towns and platforms visited in the survey', 8, 'places'),
    row('enterprise_forums', '企业座谈', 'Enterprise forums held', 10, 'forums'),
    row('survey_questionnaires', '收回调查问卷', 'Survey questionnaires returned', 500, 'questionnaires', { qualifier: 'about' }),
    row('supporting_management_measures', '配套管理办法', 'Supporting management measures issued', 7, 'measures'),
  ];
}

/** The article's records and the generated ones completing its totals, in one transaction. */
async function loadDemo(db: Db, options: SeedOptions = {}): Promise<void> {
  const { bodies, batches, grantees } = certification();
  await db.$transaction(async (tx) => {
    await tx.enterprise.createMany({ data: enterprises(options) });
    await tx.payPolicy.createMany({ data: payPolicies(options) });
    await tx.promotionPathway.createMany({ data: promotionPathways() });
    await tx.certificationBody.createMany({ data: bodies });
    await tx.certificationBatch.createMany({ data: batches });
    await tx.subsidy.createMany({ data: subsidies(grantees) });
    await tx.districtIndicator.createMany({ data: districtIndicators() });
    await syncIdSequences(tx, ['Enterprise', 'CertificationBody']);
  }, SEED_TRANSACTION);
}

export const payPoliciesSeeds: SubgraphSeeds<Db> = {
  // Its codes (industries, occupations) are enterprise-classes' catalogues; enterprises are registered.
  catalogues: async () => {},
  // The demo is loaded in one transaction: its ARTICLE and GENERATED enterprises stand for all of it.
  demoState: (db) =>
    demoStateOf(db.enterprise, {
      Enterprise: db.enterprise.count(),
      PayPolicy: db.payPolicy.count(),
      PromotionPathway: db.promotionPathway.count(),
      CertificationBody: db.certificationBody.count(),
      CertificationBatch: db.certificationBatch.count(),
      Subsidy: db.subsidy.count(),
      DistrictIndicator: db.districtIndicator.count(),
      AuditEntry: db.auditEntry.count(),
    }),
  loadDemo,
};
