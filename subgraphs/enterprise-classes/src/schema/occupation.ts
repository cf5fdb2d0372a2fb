import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';

/** Enterprise classes are added to Occupation in their own file. */
export const Occupation = builder.prismaObject('Occupation', {
  description: 'An occupation or trade (职业/工种) the registries classify by; priority ones are the district training focus.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The occupation code, e.g. FITTER.' }),
    name: t.exposeString('name', { description: 'The occupation (工种) name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Its English name, where one is recorded.' }),
    priority: t.exposeBoolean('priority', { description: 'One of the priority trades: fitter, electrician, milling worker, dyeing finisher, dyer.' }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
  }),
});

builder.asEntity(Occupation, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: ({ code }, ctx) => ctx.loaders.occupationByCode.load(code),
});

builder.queryFields((t) => ({
  occupations: t.prismaField({
    type: [Occupation],
    description: 'Occupations (职业/工种), priority ones first.',
    args: { priorityOnly: t.arg.boolean({ required: false, description: 'Only the priority industries or trades of the district.' }) },
    resolve: (query, _root, { priorityOnly }, ctx) =>
      ctx.db.occupation.findMany({
        ...query,
        where: priorityOnly ? { priority: true } : {},
        orderBy: [{ priority: 'desc' }, { code: 'asc' }],
      }),
  }),
  occupation: t.prismaField({
    type: Occupation,
    nullable: true,
    description: 'One occupation (职业/工种) by code; null if there is none.',
    args: { code: t.arg.string({ required: true, description: 'The occupation code, e.g. FITTER.' }) },
    resolve: (query, _root, { code }, ctx) => ctx.db.occupation.findUnique({ ...query, where: { code: code.trim() } }),
  }),
}));
