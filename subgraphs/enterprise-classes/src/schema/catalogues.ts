// Industry and Occupation, the two catalogues the registries classify by, have the same fields
// and queries, differing only in their words; other registries extend them by code.
import type { PrismaObjectRef } from '@pothos/plugin-prisma';
import type PrismaTypes from '../generated/pothos-types.ts';
import { builder, type Context, type Types } from '../registry.ts';
import { Provenance } from './enums.ts';

interface Words {
  description: string;
  code: string;
  name: string;
  priority: string;
  list: string;
  one: string;
}

/**
 * One catalogue entry type, its entity key and its two root queries (`plural` and `singular`);
 * `listSize` is the most entries the catalogue is expected to hold (the gateway's cost limit).
 */
export function catalogue<Name extends 'Industry' | 'Occupation'>(name: Name, plural: string, singular: string, listSize: number, words: Words): PrismaObjectRef<Types, PrismaTypes[Name], PrismaTypes[Name]['Shape']> {
  // The two tables have the same columns: the body is written against Industry's, and the
  // ref returned is typed by its own model.
  const table = (ctx: Context) => (name === 'Industry' ? ctx.db.industry : ctx.db.occupation) as Context['db']['industry'];
  const ref = builder.prismaObject(name as 'Industry', {
    description: words.description,
    fields: (t) => ({
      code: t.exposeString('code', { description: words.code }),
      name: t.exposeString('name', { description: words.name }),
      nameEn: t.exposeString('nameEn', { nullable: true, description: 'Its English name, where one is recorded.' }),
      priority: t.exposeBoolean('priority', { description: words.priority }),
      provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
    }),
  });
  builder.asEntity(ref, {
    key: builder.selection<{ code: string }>('code'),
    resolveReference: ({ code }, ctx) => (name === 'Industry' ? ctx.loaders.industryByCode : ctx.loaders.occupationByCode).load(code),
  });
  builder.queryFields((t) => ({
    [plural]: t.prismaField({
      type: [ref],
      listSize: { assumedSize: listSize },
      description: words.list,
      args: { priorityOnly: t.arg.boolean({ required: false, description: 'Only the priority industries or trades of the district.' }) },
      resolve: (query, _root, { priorityOnly }, ctx) =>
        table(ctx).findMany({ ...query, where: priorityOnly ? { priority: true } : {}, orderBy: [{ priority: 'desc' }, { code: 'asc' }] }),
    }),
    [singular]: t.prismaField({
      type: ref,
      nullable: true,
      description: words.one,
      args: { code: t.arg.string({ required: true, description: words.code }) },
      resolve: (query, _root, { code }, ctx) => table(ctx).findUnique({ ...query, where: { code: code.trim() } }),
    }),
  }));
  return ref as never;
}
