// Reference data every registry's seed agrees on: ids and codes that cross subgraph borders.
// Named records are the article's; everything generated says so in its name.
import { NAMED_TOWNS } from '@partnership/kit';

/** The article's year: the Asian Games torch relay and the 13th contest since 2011. */
export const ARTICLE_YEAR = 2023;

export interface SeedOptions {
  /** Extra generated rows per large table, for batching tests and benchmarks. @default 0 */
  extra?: number;
}

export const SCHOOLS = {
  technicianCollege: { id: 1, name: '萧山技师学院', nameEn: 'Xiaoshan Technician College', kind: 'TECHNICIAN_COLLEGE' },
  vocationalSchoolNo1: { id: 2, name: '萧山一职', nameEn: 'Xiaoshan No. 1 Vocational School', kind: 'VOCATIONAL_SCHOOL' },
} as const;

export const ENTERPRISES = {
  shining3d: { id: 1, name: '先临三维', nameEn: 'Shining 3D' },
  baosheng: { id: 2, name: '宝盛集团', nameEn: 'Baosheng Group' },
  denso: { id: 3, name: '电装', nameEn: 'Denso' },
  hangzhouAdvanceGearbox: { id: 4, name: '杭齿集团', nameEn: 'Hangzhou Advance Gearbox Group' },
  zhengqiang: { id: 5, name: '杭州正强传动股份有限公司', nameEn: 'Hangzhou Zhengqiang Transmission' },
  dayouPowerSupply: { id: 6, name: '杭州大有供电服务有限公司萧山欣美分公司', nameEn: 'Hangzhou Dayou Power Supply Service, Xiaoshan Xinmei branch' },
  hengyi: { id: 7, name: '恒逸', nameEn: 'Hengyi' },
  qianjiangElectric: { id: 8, name: '钱江电气', nameEn: 'Qianjiang Electric' },
  stoExpress: { id: 9, name: '申通物流', nameEn: 'STO Express' },
} as const;

/**
 * The article names 电装 (Denso) and its 电装班 but no industry for either. Denso is an automotive
 * parts maker and the article lists 智能汽车 among the district's priority industries, so both are
 * placed there as an inference, marked as such in the data; every other named enterprise stays
 * "not stated".
 */
export const DENSO_INFERRED_INDUSTRY = {
  industryCode: 'SMART_VEHICLES',
  industryInferred: true,
  industryNote: '推断：电装（Denso）为汽车零部件企业，原文未注明行业 / Inferred: Denso makes automotive parts; the article states no industry',
} as const;

export const INDUSTRIES = [
  { code: 'SMART_VEHICLES', name: '智能汽车', nameEn: 'Smart vehicles', priority: true },
  { code: 'HIGH_END_EQUIPMENT', name: '高端装备', nameEn: 'High-end equipment', priority: true },
  { code: 'MODERN_TEXTILES', name: '现代纺织', nameEn: 'Modern textiles', priority: true },
  { code: 'ARTIFICIAL_INTELLIGENCE', name: '人工智能', nameEn: 'Artificial intelligence', priority: false },
  { code: 'INTEGRATED_CIRCUITS', name: '集成电路', nameEn: 'Integrated circuits', priority: false },
  { code: 'INTERNET_OF_THINGS', name: '物联网技术', nameEn: 'Internet of Things', priority: false },
  { code: 'ADVANCED_MANUFACTURING', name: '先进制造业', nameEn: 'Advanced manufacturing', priority: false },
  { code: 'ELDERLY_CARE', name: '养老服务', nameEn: 'Elderly care services', priority: false },
  { code: 'CULTURE_TOURISM_HOTELS', name: '文旅酒店', nameEn: 'Culture, tourism and hotels', priority: false },
] as const;

export const OCCUPATIONS = [
  { code: 'FITTER', name: '钳工', nameEn: 'Fitter', priority: true },
  { code: 'ELECTRICIAN', name: '电工', nameEn: 'Electrician', priority: true },
  { code: 'MILLING_WORKER', name: '铣工', nameEn: 'Milling worker', priority: true },
  { code: 'DYEING_FINISHER', name: '印染后处理工', nameEn: 'Dyeing post-processing worker', priority: true },
  { code: 'DYER', name: '印染工', nameEn: 'Dyer', priority: true },
  { code: 'TOOL_FITTER', name: '工具钳工', nameEn: 'Tool fitter', priority: false },
  { code: 'POWER_EMERGENCY_REPAIR', name: '电力抢修', nameEn: 'Power emergency repair', priority: false },
  { code: 'COURIER', name: '快递员', nameEn: 'Courier', priority: false },
  { code: 'ELDERLY_CARER', name: '养老护理员', nameEn: 'Elderly carer', priority: false },
  { code: 'CHINESE_COOK', name: '中式烹调师', nameEn: 'Chinese cook', priority: false },
  { code: 'AI_TRAINER', name: '人工智能训练师', nameEn: 'AI trainer', priority: false },
] as const;

/** The four towns and platforms the article names among the eight it surveyed. */
export const TOWNS = NAMED_TOWNS;

/** Generated enterprises beyond the named ones, before `extra`: hosts, partners, certifiers. */
const BASE_GENERATED_ENTERPRISES = 120;
export const FIRST_GENERATED_ENTERPRISE_ID = 10;

export function generatedEnterpriseCount(options: SeedOptions = {}): number {
  return BASE_GENERATED_ENTERPRISES + (options.extra ?? 0);
}

/** The id of the n-th generated enterprise (0-based), wrapping around the generated range. */
export function generatedEnterpriseId(n: number, options: SeedOptions = {}): number {
  return FIRST_GENERATED_ENTERPRISE_ID + (n % generatedEnterpriseCount(options));
}

/** The n-th generated enterprise's industry and town, the same in every registry. */
export function generatedEnterpriseProfile(n: number) {
  return {
    industryCode: INDUSTRIES[n % INDUSTRIES.length].code,
    town: TOWNS[n % TOWNS.length],
  };
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same data everywhere. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}

/** Splits `total` into `parts` positive integers (each at least `min`) that add up exactly. */
export function splitTotal(total: number, parts: number, rng: ReturnType<typeof random>, min = 1): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - min * parts;
  const shares = weights.map((w) => min + Math.floor((w / sum) * spare));
  let rest = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts, rest--) shares[i] += 1;
  return shares;
}
