import { builder } from '../registry.ts';
import {
  MentorSide as MentorSideValues,
  ProgrammeKind as ProgrammeKindValues,
  Provenance as ProvenanceValues,
  ResearchOutcomeKind as ResearchOutcomeKindValues,
  SchoolKind as SchoolKindValues,
} from '../generated/prisma/enums.ts';

export const Provenance = builder.enumType(ProvenanceValues, {
  name: 'Provenance',
  description: 'Where a record comes from: the source article, generated to fill a total the article gives, or registered through the API.',
});

export const SchoolKind = builder.enumType(SchoolKindValues, {
  name: 'SchoolKind',
  description: 'TECHNICIAN_COLLEGE 技师学院; VOCATIONAL_SCHOOL 职业学校.',
});

export const MentorSide = builder.enumType(MentorSideValues, {
  name: 'MentorSide',
  description: 'The two sides of the dual-mentor system (双导师制): the college and the enterprise.',
});

export const ResearchOutcomeKind = builder.enumType(ResearchOutcomeKindValues, {
  name: 'ResearchOutcomeKind',
  description: 'TECHNICAL_RENOVATION 技术改造; DEVELOPED_EQUIPMENT 研发设备; PATENT 专利.',
});

export const ProgrammeKind = builder.enumType(ProgrammeKindValues, {
  name: 'ProgrammeKind',
  description: 'FURTHER_STUDY 进修 for enterprise staff; NEW_APPRENTICESHIP 企业新型学徒制.',
});
