import { parseId } from '@partnership/kit';
import { builder } from '../registry.ts';
import { Provenance, SchoolKind } from './enums.ts';

/** Relations (majors, classes, partners...) are added to School in their own files. */
export const School = builder.prismaObject('School', {
  description: 'A vocational school (职业学校) or technician college (技师学院) that trains with enterprises.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The school id.' }),
    name: t.exposeString('name', { description: 'The school name in Chinese, e.g. 萧山技师学院.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Its English name, where one is recorded.' }),
    kind: t.expose('kind', { type: SchoolKind, description: 'Technician college (技师学院) or vocational school (职业学校).' }),
    town: t.exposeString('town', { nullable: true, description: 'The town or street (镇街) of Xiaoshan where it is.' }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
  }),
});

builder.asEntity(School, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.schoolById.load(parseId(id)),
});

builder.queryFields((t) => ({
  schools: t.prismaField({
    description: 'The partnership schools (学校), by id.',
    type: [School],
    listSize: { assumedSize: 200 },
    resolve: (query, _root, _args, ctx) => ctx.db.school.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
  school: t.prismaField({
    type: School,
    nullable: true,
    description: 'One school (学校) by id; null if there is none.',
    args: { id: t.arg.id({ required: true, description: 'The school id.' }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.school.findUnique({ ...query, where: { id: parseId(id) } }),
  }),
}));
