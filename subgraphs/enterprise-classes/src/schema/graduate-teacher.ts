import { parseId } from '@partnership/kit';
import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';
import { School } from './school.ts';

export const GraduateTeacher = builder.prismaObject('GraduateTeacher', {
  description: 'A graduate of the technician class (技师班毕业生) who became a teacher (职教师) at the college.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The teacher id.' }),
    name: t.exposeString('name', { description: 'The teacher name.' }),
    school: t.relation('school', { description: 'The college where the graduate now teaches.' }),
    hiredYear: t.exposeInt('hiredYear', { nullable: true, description: 'The year the graduate was hired as a teacher.' }),
    declinedOfferCny: t.exposeInt('declinedOfferCny', {
      nullable: true,
      description: 'A yearly industry salary offered and turned down, in CNY.',
    }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
  }),
});

builder.prismaObjectField(School, 'graduateTeachers', (t) =>
  t.relation('graduateTeachers', {
    listSize: { assumedSize: 20 },
    query: { orderBy: { id: 'asc' } },
    description: 'Its technician-class graduates who became its teachers, oldest record first.',
  }),
);

builder.queryFields((t) => ({
  graduateTeachers: t.prismaField({
    type: [GraduateTeacher],
    listSize: { assumedSize: 20 },
    description: 'Technician-class graduates (技师班毕业生) who became college teachers, oldest record first.',
    args: { schoolId: t.arg.id({ required: false, description: 'Only teachers of this school.' }) },
    resolve: (query, _root, { schoolId }, ctx) =>
      ctx.db.graduateTeacher.findMany({
        ...query,
        where: { schoolId: schoolId == null ? undefined : parseId(schoolId, 'schoolId') },
        orderBy: { id: 'asc' },
      }),
  }),
}));
