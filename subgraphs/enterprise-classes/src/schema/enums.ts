import { PROVENANCE_ENUM } from '@partnership/kit';
import { builder } from '../registry.ts';

export const Provenance = builder.enumType('Provenance', PROVENANCE_ENUM);

export const SchoolKind = builder.enumType('SchoolKind', {
  description: 'The kind of school (学校类型).',
  values: {
    TECHNICIAN_COLLEGE: { description: 'Technician college (技师学院).' },
    VOCATIONAL_SCHOOL: { description: 'Vocational school (职业学校).' },
  } as const,
});

export const MentorSide = builder.enumType('MentorSide', {
  description: 'The two sides of the dual-mentor system (双导师制): the college and the enterprise.',
  values: {
    COLLEGE: { description: 'A college teacher (校内导师).' },
    ENTERPRISE: { description: 'An enterprise expert (企业导师).' },
  } as const,
});

export const ResearchOutcomeKind = builder.enumType('ResearchOutcomeKind', {
  description: 'What a student research project produced (研修成果).',
  values: {
    TECHNICAL_RENOVATION: { description: 'A technical renovation (技术改造) of an enterprise process.' },
    DEVELOPED_EQUIPMENT: { description: 'A piece of equipment developed (研发设备).' },
    PATENT: { description: 'A patent (专利).' },
  } as const,
});

export const ProgrammeKind = builder.enumType('ProgrammeKind', {
  description: 'The kind of training programme: further study (进修) or new apprenticeship (新型学徒制).',
  values: {
    FURTHER_STUDY: { description: 'Further study (进修) for enterprise staff at a school.' },
    NEW_APPRENTICESHIP: { description: 'The new enterprise apprenticeship (企业新型学徒制).' },
  } as const,
});
