import { parseId, readPage } from '@partnership/kit';
import { builder } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { EnterpriseClass } from './enterprise-class.ts';
import { Provenance } from './enums.ts';
import { Mentor } from './mentor.ts';

/** Research projects are added to Student in their own file. */
export const Student = builder.prismaObject('Student', {
  description: 'A student with a college mentor and an enterprise mentor (双导师制).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The student id.' }),
    name: t.exposeString('name', { description: 'The student name.' }),
    school: t.relation('school', { description: 'The school the student attends.' }),
    cohortYear: t.exposeInt('cohortYear', { description: 'The year the student started.' }),
    technicianLevel: t.exposeBoolean('technicianLevel', { description: 'Studying at technician level (技师段).' }),
    enterpriseClass: t.relation('enterpriseClass', { nullable: true, description: 'The order class (企业订单班) the student is in, if any.' }),
    collegeMentor: t.relation('collegeMentor', { nullable: true, description: 'The college-side mentor (校内导师).' }),
    enterpriseMentor: t.relation('enterpriseMentor', { nullable: true, description: 'The enterprise-side mentor (企业导师).' }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
  }),
});

const byId = { orderBy: { id: 'asc' } } as const;

builder.prismaObjectField(EnterpriseClass, 'students', (t) =>
  t.relation('students', {
    listSize: { assumedSize: 50 },
    query: byId,
    description: 'Students in the class, oldest record first.',
    // Only when the class came from resolveReference or an enterprise's list (not loaded with its students).
    resolve: (_query, c, _args, ctx) => ctx.loaders.studentsByClassId.load(c.id),
  }),
);

builder.prismaObjectField(Mentor, 'students', (t) =>
  t.field({
    type: [Student],
    listSize: { assumedSize: 20 },
    description: 'Students this mentor guides, oldest record first.',
    // A mentor guides on one side only, so the other list is empty; both load in the parent's query.
    select: (_args, _ctx, nestedSelection) => ({
      side: true,
      collegeMentees: nestedSelection(byId),
      enterpriseMentees: nestedSelection(byId),
    }),
    resolve: (m) => (m.side === 'COLLEGE' ? m.collegeMentees : m.enterpriseMentees),
  }),
);

function studentWhere(args: { technicianLevel?: boolean | null; enterpriseClassId?: string | null }): Prisma.StudentWhereInput {
  return {
    technicianLevel: args.technicianLevel ?? undefined,
    enterpriseClassId: args.enterpriseClassId == null ? undefined : parseId(args.enterpriseClassId, 'enterpriseClassId'),
  };
}

builder.queryFields((t) => ({
  students: t.prismaConnection(
    {
      type: 'Student',
      cursor: 'id',
      description: 'Students (学生), oldest record first.',
      args: {
        technicianLevel: t.arg.boolean({ required: false, description: 'Only students at technician level (技师段), or only those below it.' }),
        enterpriseClassId: t.arg.id({ required: false, description: 'Only students of this order class (企业订单班).' }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.student.count({ where: studentWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        readPage(query, studentWhere(args), (page) => ctx.db.student.findMany({ ...page, orderBy: { id: 'asc' } })),
    },
    { name: 'StudentConnection', description: 'A page of students with the total that match.' },
    { name: 'StudentEdge' },
  ),
}));
