// English labels for the graph's enums; names and places stay in Chinese, as the registries hold them.
import type {
  CertificationBodyKind,
  PolicyScope,
  ProgrammeKind,
  StudioKind,
  StudioLevel,
  SubsidyKind,
} from './gql/graphql.ts';

export const LEVEL_LABELS: Record<StudioLevel, string> = {
  DISTRICT: 'District',
  CITY: 'City',
  PROVINCIAL: 'Provincial',
  NATIONAL: 'National',
};

/** Every level, lowest first, as LEVEL_LABELS lists them (its type makes the list complete). */
export const STUDIO_LEVELS = Object.keys(LEVEL_LABELS) as StudioLevel[];

export const STUDIO_KIND_LABELS: Record<StudioKind, string> = {
  SKILL_MASTER_STUDIO: 'Skill-master studio',
  TECHNICIAN_STUDIO: 'Technician studio',
  HIGH_SKILL_INNOVATION_STUDIO: 'High-skill innovation studio',
};

export const POLICY_SCOPE_LABELS: Record<PolicyScope, string> = {
  HIGH_SKILL_TALENT: 'High-skill talent',
  FRONT_LINE_SKILLED: 'Front-line skilled workers',
};

export const BODY_KIND_LABELS: Record<CertificationBodyKind, string> = {
  ENTERPRISE: 'Certifying enterprise',
  SOCIAL_EVALUATION_ORGANISATION: 'Social evaluation organisation',
};

export const SUBSIDY_KIND_LABELS: Record<SubsidyKind, string> = {
  CERTIFICATION_GRANT: 'Certification grant',
  HIGH_SKILL_TALENT_SUBSIDY: 'High-skill talent subsidy',
};

export const PROGRAMME_KIND_LABELS: Record<ProgrammeKind, string> = {
  FURTHER_STUDY: 'Further study',
  NEW_APPRENTICESHIP: 'New apprenticeship',
};

const numbers = new Intl.NumberFormat('en');

/** 5926 → "5,926". */
export const formatNumber = (value: number) => numbers.format(value);

/** 2000000 → "CNY 2,000,000". */
export const formatCny = (value: number) => `CNY ${numbers.format(value)}`;

/** An uplift range: "8–15%", or "10%" when both ends agree. */
export const formatUplift = (min: number, max: number) => (min === max ? `${min}%` : `${min}–${max}%`);

/** A registry name with its English rendering where the registry has one: "钳工 · Fitter". */
export const bilingual = (name: string, nameEn?: string | null) => (nameEn ? `${name} · ${nameEn}` : name);
