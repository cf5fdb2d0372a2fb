import { builder } from '../registry.ts';
import { Provenance as ProvenanceValues, StudioKind as StudioKindValues, StudioLevel as StudioLevelValues } from '../generated/prisma/enums.ts';

export const Provenance = builder.enumType(ProvenanceValues, {
  name: 'Provenance',
  description: 'Where a record comes from: the source article, generated to fill a total the article gives, or registered through the API.',
});

export const StudioLevel = builder.enumType(StudioLevelValues, {
  name: 'StudioLevel',
  description: 'The level that recognised a studio, lowest first.',
});

export const StudioKind = builder.enumType(StudioKindValues, {
  name: 'StudioKind',
  description: 'SKILL_MASTER_STUDIO 技能大师工作室; TECHNICIAN_STUDIO 技师工作室; HIGH_SKILL_INNOVATION_STUDIO 高技能人才（劳模工匠）创新工作室.',
});

/** Levels in rank order, for counts that list every level. */
export const STUDIO_LEVELS = Object.values(StudioLevelValues);
