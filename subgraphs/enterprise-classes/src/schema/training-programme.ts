import { builder } from '../registry.ts';
import { Provenance, ProgrammeKind } from './enums.ts';
import { Enterprise } from './enterprise.ts';
import { School } from './school.ts';

export const TrainingProgramme = builder.prismaObject('TrainingProgramme', {
  description: 'Further study for enterprise staff at a school, or a new-apprenticeship scheme (企校双制、工学一体).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The programme id.' }),
    kind: t.expose('kind', { type: ProgrammeKind, description: 'Further study (进修) or new apprenticeship (企业新型学徒制).' }),
    name: t.exposeString('name', { description: 'The programme name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Its English name, where one is recorded.' }),
    school: t.relation('school', { nullable: true, description: 'The school that runs it; null for a district-wide scheme.' }),
    partnerEnterprise: t.field({
      type: Enterprise,
      nullable: true,
      description: 'The enterprise taking part; null when none is recorded or its registry, pay-policies, did not answer.',
      resolve: (p) => (p.partnerEnterpriseId == null ? null : { id: String(p.partnerEnterpriseId) }),
    }),
    participantsAtLeast: t.exposeInt('participantsAtLeast', {
      nullable: true,
      description: 'Participants as the source states them ("40 多名" is at least 40).',
    }),
    examplePerson: t.exposeString('examplePerson', { nullable: true, description: 'A person the source names as taking part.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the source says about the programme.' }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
  }),
});

builder.prismaObjectField(School, 'trainingProgrammes', (t) =>
  t.relation('trainingProgrammes', { listSize: { assumedSize: 5 }, query: { orderBy: { id: 'asc' } }, description: 'Programmes the school runs, oldest record first.' }),
);

builder.queryFields((t) => ({
  trainingProgrammes: t.prismaField({
    type: [TrainingProgramme],
    listSize: { assumedSize: 5 },
    description: 'Training programmes (进修, 企业新型学徒制), oldest record first, of one kind or all.',
    args: { kind: t.arg({ type: ProgrammeKind, required: false, description: 'Only programmes of this kind.' }) },
    resolve: (query, _root, { kind }, ctx) =>
      ctx.db.trainingProgramme.findMany({ ...query, where: { kind: kind ?? undefined }, orderBy: { id: 'asc' } }),
  }),
}));
