import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';

/** Enterprise classes are added to Occupation in their own file. */
export const Occupation = builder.prismaObject('Occupation', {
  description: 'An occupation (trade) the registries classify by; priority ones are the district training focus.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    priority: t.exposeBoolean('priority', { description: 'One of the priority trades: fitter, electrician, milling worker, dyeing finisher, dyer.' }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

builder.asEntity(Occupation, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: ({ code }, ctx) => ctx.loaders.occupationByCode.load(code),
});

builder.queryFields((t) => ({
  occupations: t.prismaField({
    type: [Occupation],
    description: 'Occupations, priority ones first.',
    args: { priorityOnly: t.arg.boolean({ required: false }) },
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
    description: 'One occupation by code; null if there is none.',
    args: { code: t.arg.string({ required: true, description: 'The occupation code, e.g. FITTER.' }) },
    resolve: (query, _root, { code }, ctx) => ctx.db.occupation.findUnique({ ...query, where: { code: code.trim() } }),
  }),
}));
