import { parseId } from '@partnership/kit';
import { builder } from '../registry.ts';
import { Provenance, SchoolKind } from './enums.ts';

/** Relations (majors, classes, partners...) are added to School in their own files. */
export const School = builder.prismaObject('School', {
  description: 'A vocational school or technician college that trains with enterprises.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    kind: t.expose('kind', { type: SchoolKind }),
    town: t.exposeString('town', { nullable: true }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

builder.asEntity(School, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.schoolById.load(parseId(id)),
});

builder.queryFields((t) => ({
  schools: t.prismaField({
    type: [School],
    resolve: (query, _root, _args, ctx) => ctx.db.school.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
  school: t.prismaField({
    type: School,
    nullable: true,
    description: 'One school by id; null if there is none.',
    args: { id: t.arg.id({ required: true, description: 'The school id.' }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.school.findUnique({ ...query, where: { id: parseId(id) } }),
  }),
}));
