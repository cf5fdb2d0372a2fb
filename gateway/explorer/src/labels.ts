// Enum order and name helpers; the enum labels themselves are messages (i18n/zh-CN.ts, i18n/en.ts).
import type { StudioLevel } from './gql/graphql.ts';

/** Every level, lowest first. */
export const STUDIO_LEVELS: StudioLevel[] = ['DISTRICT', 'CITY', 'PROVINCIAL', 'NATIONAL'];

/** A registry name with its English rendering where the registry has one: "钳工 · Fitter", Chinese first in both languages. */
export const bilingual = (name: string, nameEn?: string | null) => (nameEn ? `${name} · ${nameEn}` : name);
