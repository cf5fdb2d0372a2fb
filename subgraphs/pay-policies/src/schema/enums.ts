import { builder } from '../registry.ts';
import {
  CertificationBodyKind as CertificationBodyKindValues,
  PolicyScope as PolicyScopeValues,
  Provenance as ProvenanceValues,
  SubsidyKind as SubsidyKindValues,
} from '../generated/prisma/enums.ts';

export const Provenance = builder.enumType(ProvenanceValues, {
  name: 'Provenance',
  description: 'Where a record comes from: the source article, generated to fill a total the article gives, or registered through the API.',
});

export const PolicyScope = builder.enumType(PolicyScopeValues, {
  name: 'PolicyScope',
  description: 'Whom a pay policy favours: HIGH_SKILL_TALENT 高技能人才; FRONT_LINE_SKILLED 一线技能人才.',
});

export const CertificationBodyKind = builder.enumType(CertificationBodyKindValues, {
  name: 'CertificationBodyKind',
  description:
    'ENTERPRISE 等级认定企业 ("enterprise uses, enterprise evaluates"); SOCIAL_EVALUATION_ORGANISATION 社会评价组织.',
});

export const SubsidyKind = builder.enumType(SubsidyKindValues, {
  name: 'SubsidyKind',
  description: 'CERTIFICATION_GRANT 等级认定一次性资助; HIGH_SKILL_TALENT_SUBSIDY 高技能人才资助.',
});

/** Subsidy kinds in declaration order, for summaries that list every kind. */
export const SUBSIDY_KINDS = Object.values(SubsidyKindValues);
