// The master-studios registry as the article states it: 76 studios at district level or above
// (1 national, 10 provincial, 19 city, 46 district), two named studios and their masters,
// the 15th batch of 10 chief technicians, and the masters' leaders group.
import { demoStateOf, SEED_TRANSACTION, syncIdSequences, type SubgraphSeeds } from '@partnership/kit';
import type { Db } from '../../subgraphs/master-studios/src/registry.ts';
import type { Prisma } from '../../subgraphs/master-studios/src/generated/prisma/client.ts';
import type { StudioKind, StudioLevel } from '../../subgraphs/master-studios/src/generated/prisma/enums.ts';
import {
  ARTICLE_YEAR,
  ENTERPRISES,
  generatedEnterpriseId,
  generatedEnterpriseProfile,
  OCCUPATIONS,
  random,
  SCHOOLS,
  type SeedOptions,
} from '../seed/catalogue.ts';

const LEVELS: StudioLevel[] = ['DISTRICT', 'CITY', 'PROVINCIAL', 'NATIONAL'];

/** Studios the article counts by level; the named ones are part of these totals. */
export const STUDIO_TOTALS: Record<StudioLevel, number> = { NATIONAL: 1, PROVINCIAL: 10, CITY: 19, DISTRICT: 46 };
/** Recognised this year: 5 new district technician studios, 2 new Hangzhou city-level ones. */
export const NEW_THIS_YEAR = { DISTRICT: 5, CITY: 2 } as const;

const LU_LIJUN = 1;
const WANG_LUQING = 2;

function articleMasters() {
  return [
    {
      id: LU_LIJUN, name: '陆立军', nameEn: 'Lu Lijun', title: '机械制造高级技师',
      titleEn: 'Senior technician, machinery manufacturing', yearsInTrade: null, provenance: 'ARTICLE' as const,
    },
    {
      id: WANG_LUQING, name: '王露清', nameEn: 'Wang Luqing', title: '首席技师', titleEn: 'Chief technician',
      yearsInTrade: 13, provenance: 'ARTICLE' as const,
    },
  ];
}

function articleHonours() {
  const honour = (masterId: number, name: string, nameEn: string, year: number | null = null) =>
    ({ masterId, name, nameEn, year, provenance: 'ARTICLE' as const });
  return [
    honour(LU_LIJUN, '工具钳工技能大赛脱颖而出', 'Tool-fitter skills contest winner', 2004),
    honour(LU_LIJUN, '浙江省技术能手', 'Zhejiang technical expert'),
    honour(LU_LIJUN, '杭州亚运会火炬手', 'Hangzhou Asian Games torchbearer', ARTICLE_YEAR),
    honour(WANG_LUQING, '浙江工匠', 'Zhejiang craftsman'),
    honour(WANG_LUQING, '萧山工匠', 'Xiaoshan craftsman'),
    honour(WANG_LUQING, '保电先锋', 'Power-supply guarantee pioneer'),
    {
      ...honour(WANG_LUQING, '主创“带电更换总保面板方法”，为公司累计创造经济效益600余万元',
        'Devised the live-line main-switch panel replacement method, worth over 6,000,000 CNY to the company'),
      valueCny: 6_000_000,
      valueQualifier: 'over',
    },
  ];
}

function articleStudios() {
  return [
    {
      id: 1, name: '陆立军大师工作室', nameEn: 'Lu Lijun Master Studio', kind: 'SKILL_MASTER_STUDIO' as const,
      leaderId: LU_LIJUN, occupationCode: 'TOOL_FITTER', industryCode: null,
      hostEnterpriseId: ENTERPRISES.hangzhouAdvanceGearbox.id, hostSchoolId: null,
      campusSchoolId: SCHOOLS.vocationalSchoolNo1.id, town: null, level: 'DISTRICT' as const,
      recognisedYear: null, provenance: 'ARTICLE' as const,
    },
    {
      id: 2, name: '王露清工作室', nameEn: 'Wang Luqing Studio', kind: 'HIGH_SKILL_INNOVATION_STUDIO' as const,
      leaderId: WANG_LUQING, occupationCode: 'POWER_EMERGENCY_REPAIR', industryCode: null,
      hostEnterpriseId: ENTERPRISES.dayouPowerSupply.id, hostSchoolId: null, campusSchoolId: null, town: null,
      level: 'CITY' as const, recognisedYear: null, provenance: 'ARTICLE' as const,
    },
  ];
}

function articleLevelHistory() {
  return [
    // The article does not give this studio's level: DISTRICT, the lowest a registry entry can hold, stands in.
    { studioId: 1, level: 'DISTRICT' as const, year: null, note: '级别原文未载明（占位）', provenance: 'GENERATED' as const },
    { studioId: 2, level: 'CITY' as const, year: null, note: '杭州市高技能人才（劳模工匠）创新工作室', provenance: 'ARTICLE' as const },
  ];
}

interface GeneratedStudio {
  level: StudioLevel;
  kind: StudioKind;
  recognisedYear: number;
}

/** The generated studios that complete the article's totals, plus `extra` district ones. */
function generatedStudioPlan(options: SeedOptions, rng: ReturnType<typeof random>): GeneratedStudio[] {
  const named = { DISTRICT: 1, CITY: 1, PROVINCIAL: 0, NATIONAL: 0 };
  const plan: GeneratedStudio[] = [];
  for (const level of LEVELS) {
    const count = STUDIO_TOTALS[level] - named[level] + (level === 'DISTRICT' ? (options.extra ?? 0) : 0);
    const newThisYear = level === 'DISTRICT' || level === 'CITY' ? NEW_THIS_YEAR[level] : 0;
    for (let i = 0; i < count; i++) {
      const isNew = i < newThisYear;
      plan.push({
        level,
        kind: isNew ? 'TECHNICIAN_STUDIO' : rng.pick(['SKILL_MASTER_STUDIO', 'TECHNICIAN_STUDIO'] as const),
        recognisedYear: isNew ? ARTICLE_YEAR : rng.int(2012, ARTICLE_YEAR - 1),
      });
    }
  }
  return plan;
}

/** The article's studios and the generated ones completing its totals, in one transaction. */
async function loadDemo(db: Db, options: SeedOptions = {}): Promise<void> {
  const rng = random(76);
  const plan = generatedStudioPlan(options, rng);
  const firstId = 3;
  const masters: Prisma.MasterCreateManyInput[] = articleMasters();
  const studios: Prisma.MasterStudioCreateManyInput[] = articleStudios();
  const history: Prisma.StudioLevelChangeCreateManyInput[] = articleLevelHistory();
  const apprentices: Prisma.ApprenticeCreateManyInput[] = [];

  plan.forEach((studio, n) => {
    const id = firstId + n;
    const label = String(n + 1).padStart(4, '0');
    masters.push({
      id, name: `生成大师 #${label}`, nameEn: `Generated master #${n + 1}`, title: null, titleEn: null,
      yearsInTrade: rng.int(8, 30), provenance: 'GENERATED',
    });
    const hostedBySchool = n % 25 === 24;
    const profile = generatedEnterpriseProfile(n);
    studios.push({
      id, name: `生成工作室 #${label}`, nameEn: `Generated studio #${n + 1}`, kind: studio.kind, leaderId: id,
      occupationCode: rng.pick(OCCUPATIONS).code, industryCode: profile.industryCode,
      hostEnterpriseId: hostedBySchool ? null : generatedEnterpriseId(n, options),
      hostSchoolId: hostedBySchool ? SCHOOLS.technicianCollege.id : null, campusSchoolId: null,
      town: profile.town, level: studio.level, recognisedYear: studio.recognisedYear, provenance: 'GENERATED',
    });
    // Promotions climb one level at a time, the last one in the year of recognition.
    const steps = LEVELS.slice(0, LEVELS.indexOf(studio.level) + 1);
    steps.forEach((level, step) => {
      const year = studio.recognisedYear - (steps.length - 1 - step) * rng.int(1, 3);
      history.push({ studioId: id, level, year, note: null, provenance: 'GENERATED' });
    });
    for (let a = 1, count = rng.int(0, 3); a <= count; a++) {
      apprentices.push({
        studioId: id, name: `生成学徒 #${label}-${a}`, sinceYear: rng.int(studio.recognisedYear, ARTICLE_YEAR),
        provenance: 'GENERATED',
      });
    }
  });

  // The 15th batch selected 10 chief technicians: Wang Luqing and nine generated masters.
  const chiefs = [
    { masterId: WANG_LUQING, batch: 15, year: ARTICLE_YEAR, provenance: 'ARTICLE' as const },
    ...Array.from({ length: 9 }, (_, i) => ({ masterId: firstId + i, batch: 15, year: ARTICLE_YEAR, provenance: 'GENERATED' as const })),
  ];

  await db.$transaction(async (tx) => {
    await tx.master.createMany({ data: masters });
    await tx.masterHonour.createMany({ data: articleHonours() });
    await tx.masterStudio.createMany({ data: studios });
    await tx.studioLevelChange.createMany({ data: history });
    await tx.apprentice.createMany({ data: apprentices });
    await tx.chiefTechnician.createMany({ data: chiefs });
    await tx.leadersGroup.create({
      data: {
        name: '萧山工匠大师领航团', nameEn: 'Xiaoshan Craftsman Masters Leaders Group', foundedYear: null,
        purpose: '改技助企、传技帮带、提技比拼', provenance: 'ARTICLE',
      },
    });
    await syncIdSequences(tx, ['Master', 'MasterStudio']);
  }, SEED_TRANSACTION);
}

export const masterStudiosSeeds: SubgraphSeeds<Db> = {
  // Its codes (occupations, industries, schools) are enterprise-classes' catalogues; towns are the kit's controlled list.
  catalogues: async () => {},
  // The demo is loaded in one transaction: its ARTICLE and GENERATED studios stand for all of it.
  demoState: (db) =>
    demoStateOf(db.masterStudio, {
      Master: db.master.count(),
      MasterHonour: db.masterHonour.count(),
      MasterStudio: db.masterStudio.count(),
      StudioLevelChange: db.studioLevelChange.count(),
      Apprentice: db.apprentice.count(),
      ChiefTechnician: db.chiefTechnician.count(),
      LeadersGroup: db.leadersGroup.count(),
      LeadersGroupMember: db.leadersGroupMember.count(),
      AuditEntry: db.auditEntry.count(),
    }),
  loadDemo,
};
