// What `npm run seed:scale -- --scale N` adds on top of the article's records, and the ids and
// codes the three registries must agree on without reading each other's databases. Every value
// is a pure function of a row's index, so the data is the same on every run and every machine.
import {
  FIRST_GENERATED_ENTERPRISE_ID,
  generatedEnterpriseCount,
  INDUSTRIES,
  OCCUPATIONS,
  SCHOOLS,
  TOWNS,
} from './catalogue.ts';

/** Rows per table at scale 1 (about 1,000,000 in all); other scales multiply them. */
const PER_SCALE = { enterprises: 50_000, studios: 100_000, classes: 30_000 } as const;

/** Reference data a province-wide registry holds beyond the article's district: fixed at any scale. */
const REFERENCE = { industries: 300, occupations: 200, schools: 200, towns: 200 } as const;

export interface ScalePlan {
  scale: number;
  enterprises: number;
  studios: number;
  classes: number;
}

export function scalePlan(scale: number): ScalePlan {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) {
    throw new Error(`--scale must be a number above 0 and at most 100 (1 is about 1,000,000 rows), not ${scale}.`);
  }
  const rows = (perScale: number) => Math.max(1, Math.round(perScale * scale));
  return { scale, enterprises: rows(PER_SCALE.enterprises), studios: rows(PER_SCALE.studios), classes: rows(PER_SCALE.classes) };
}

/** Scale rows follow the article seed (without `extra`), whose last ids these are. */
export const ARTICLE_LAST_ID = {
  enterprise: FIRST_GENERATED_ENTERPRISE_ID + generatedEnterpriseCount() - 1,
  school: Math.max(...Object.values(SCHOOLS).map((s) => s.id)),
} as const;

export const scaleEnterpriseId = (n: number) => ARTICLE_LAST_ID.enterprise + 1 + n;

const code = (prefix: string, n: number) => `${prefix}_${String(n + 1).padStart(3, '0')}`;

/** The article's codes first, then generated ones ("GENERATED_INDUSTRY_001"). */
export const INDUSTRY_CODES: readonly string[] = [
  ...INDUSTRIES.map((i) => i.code),
  ...Array.from({ length: REFERENCE.industries - INDUSTRIES.length }, (_, n) => code('GENERATED_INDUSTRY', n)),
];
export const OCCUPATION_CODES: readonly string[] = [
  ...OCCUPATIONS.map((o) => o.code),
  ...Array.from({ length: REFERENCE.occupations - OCCUPATIONS.length }, (_, n) => code('GENERATED_OCCUPATION', n)),
];
export const SCALE_TOWNS: readonly string[] = [
  ...TOWNS,
  ...Array.from({ length: REFERENCE.towns - TOWNS.length }, (_, n) => `生成镇街 #${String(n + 1).padStart(3, '0')}`),
];
/** Every school id, the article's two first. */
export const SCHOOL_IDS: readonly number[] = Array.from({ length: REFERENCE.schools }, (_, n) => n + 1);

/** A well-mixed 32-bit hash of (index, salt): the per-row dice of the scale data. */
export function dice(index: number, salt: number): number {
  let h = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** An integer in [min, max] for row `index`, different for each `salt`. */
export const between = (index: number, salt: number, min: number, max: number) => min + (dice(index, salt) % (max - min + 1));
export const pickFor = <T>(items: readonly T[], index: number, salt: number): T => items[dice(index, salt) % items.length];

/** The n-th scale enterprise's industry and town, the same in every registry. */
export function scaleEnterpriseProfile(n: number) {
  return { industryCode: INDUSTRY_CODES[n % INDUSTRY_CODES.length], town: pickFor(SCALE_TOWNS, n, 11) };
}

/** Zero-padded label shared by a scale row's Chinese and English names: "S000042". */
export const scaleLabel = (n: number) => `S${String(n + 1).padStart(6, '0')}`;
