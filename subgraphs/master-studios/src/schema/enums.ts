import { PROVENANCE_ENUM } from '@partnership/kit';
import { builder } from '../registry.ts';
import { StudioKind as StudioKindValues, StudioLevel as StudioLevelValues } from '../generated/prisma/enums.ts';

export const Provenance = builder.enumType('Provenance', PROVENANCE_ENUM);

export const StudioLevel = builder.enumType('StudioLevel', {
  values: {
    DISTRICT: { value: StudioLevelValues.DISTRICT, description: 'District level (区级).' },
    CITY: { value: StudioLevelValues.CITY, description: 'City level (市级).' },
    PROVINCIAL: { value: StudioLevelValues.PROVINCIAL, description: 'Provincial level (省级).' },
    NATIONAL: { value: StudioLevelValues.NATIONAL, description: 'National level (国家级).' },
  } as const,
  description: 'The level (级别) that recognised a studio, lowest first: 区级, 市级, 省级, 国家级.',
});

export const StudioKind = builder.enumType('StudioKind', {
  values: {
    SKILL_MASTER_STUDIO: { value: StudioKindValues.SKILL_MASTER_STUDIO, description: 'Skill-master studio (技能大师工作室).' },
    TECHNICIAN_STUDIO: { value: StudioKindValues.TECHNICIAN_STUDIO, description: 'Technician studio (技师工作室).' },
    HIGH_SKILL_INNOVATION_STUDIO: {
      value: StudioKindValues.HIGH_SKILL_INNOVATION_STUDIO,
      description: 'High-skill talent (model worker and craftsman) innovation studio (高技能人才（劳模工匠）创新工作室).',
    },
  } as const,
  description: 'SKILL_MASTER_STUDIO 技能大师工作室; TECHNICIAN_STUDIO 技师工作室; HIGH_SKILL_INNOVATION_STUDIO 高技能人才（劳模工匠）创新工作室.',
});

/** Levels in rank order, for counts that list every level. */
export const STUDIO_LEVELS = Object.values(StudioLevelValues);
