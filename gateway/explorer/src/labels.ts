// Enum order and name helpers; the enum labels themselves are messages (i18n/zh-CN.ts, i18n/en.ts).
import type { StudioKind, StudioLevel } from './gql/graphql.ts';

/** Every level, lowest first. */
export const STUDIO_LEVELS: StudioLevel[] = ['DISTRICT', 'CITY', 'PROVINCIAL', 'NATIONAL'];

/** Every kind of studio, the most common first. */
export const STUDIO_KINDS: StudioKind[] = ['SKILL_MASTER_STUDIO', 'TECHNICIAN_STUDIO', 'HIGH_SKILL_INNOVATION_STUDIO'];

/** A catalogue entry (an industry, an occupation) in the interface language: in English its English name, where it has one. */
export const inLanguage = (entry: { name: string; nameEn?: string | null } | null | undefined, english: boolean) =>
  (english && entry?.nameEn) || entry?.name;

/** A registry name with its English rendering where the registry has one: "钳工 · Fitter", Chinese first in both languages. */
export const bilingual = (name: string, nameEn?: string | null) => (nameEn ? `${name} · ${nameEn}` : name);
