import { PROVENANCE_ENUM } from '@partnership/kit';
import { builder } from '../registry.ts';
import {
  CertificationBodyKind as CertificationBodyKindValues,
  PolicyScope as PolicyScopeValues,
  SubsidyKind as SubsidyKindValues,
} from '../generated/prisma/enums.ts';

export const Provenance = builder.enumType('Provenance', PROVENANCE_ENUM);

export const PolicyScope = builder.enumType('PolicyScope', {
  values: {
    HIGH_SKILL_TALENT: { value: PolicyScopeValues.HIGH_SKILL_TALENT, description: 'High-skill talent (高技能人才).' },
    FRONT_LINE_SKILLED: { value: PolicyScopeValues.FRONT_LINE_SKILLED, description: 'Front-line skilled workers (一线技能人才).' },
  } as const,
  description: 'Whom a pay policy favours: HIGH_SKILL_TALENT 高技能人才; FRONT_LINE_SKILLED 一线技能人才.',
});

export const CertificationBodyKind = builder.enumType('CertificationBodyKind', {
  values: {
    ENTERPRISE: {
      value: CertificationBodyKindValues.ENTERPRISE,
      description: 'An enterprise that certifies its own workers (等级认定企业: "enterprise uses, enterprise evaluates").',
    },
    SOCIAL_EVALUATION_ORGANISATION: {
      value: CertificationBodyKindValues.SOCIAL_EVALUATION_ORGANISATION,
      description: 'A social evaluation organisation (社会评价组织).',
    },
  } as const,
  description:
    'ENTERPRISE 等级认定企业 ("enterprise uses, enterprise evaluates"); SOCIAL_EVALUATION_ORGANISATION 社会评价组织.',
});

export const SubsidyKind = builder.enumType('SubsidyKind', {
  values: {
    CERTIFICATION_GRANT: { value: SubsidyKindValues.CERTIFICATION_GRANT, description: 'One-off grant for skill-level certification (等级认定一次性资助).' },
    HIGH_SKILL_TALENT_SUBSIDY: { value: SubsidyKindValues.HIGH_SKILL_TALENT_SUBSIDY, description: 'Subsidy for high-skill talent (高技能人才资助).' },
  } as const,
  description: 'CERTIFICATION_GRANT 等级认定一次性资助; HIGH_SKILL_TALENT_SUBSIDY 高技能人才资助.',
});

/** Subsidy kinds in declaration order, for summaries that list every kind. */
export const SUBSIDY_KINDS = Object.values(SubsidyKindValues);
