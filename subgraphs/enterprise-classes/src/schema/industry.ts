import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';

/** Majors, industry colleges and classes are added to Industry in their own files. */
export const Industry = builder.prismaObject('Industry', {
  description: 'An industry (产业) the registries classify by; priority ones are the district training focus.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The industry code, e.g. SMART_VEHICLES.' }),
    name: t.exposeString('name', { description: 'The industry name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Its English name, where one is recorded.' }),
    priority: t.exposeBoolean('priority', { description: 'One of the priority industries: smart vehicles, high-end equipment, modern textiles.' }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
  }),
});

builder.asEntity(Industry, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: ({ code }, ctx) => ctx.loaders.industryByCode.load(code),
});

builder.queryFields((t) => ({
  industries: t.prismaField({
    type: [Industry],
    description: 'Industries (产业), priority ones first.',
    args: { priorityOnly: t.arg.boolean({ required: false, description: 'Only the priority industries or trades of the district.' }) },
    resolve: (query, _root, { priorityOnly }, ctx) =>
      ctx.db.industry.findMany({
        ...query,
        where: priorityOnly ? { priority: true } : {},
        orderBy: [{ priority: 'desc' }, { code: 'asc' }],
      }),
  }),
  industry: t.prismaField({
    type: Industry,
    nullable: true,
    description: 'One industry (产业) by code; null if there is none.',
    args: { code: t.arg.string({ required: true, description: 'The industry code, e.g. SMART_VEHICLES.' }) },
    resolve: (query, _root, { code }, ctx) => ctx.db.industry.findUnique({ ...query, where: { code: code.trim() } }),
  }),
}));
