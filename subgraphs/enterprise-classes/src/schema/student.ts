import { parseId } from '@partnership/kit';
import { builder } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { EnterpriseClass } from './enterprise-class.ts';
import { Provenance } from './enums.ts';
import { Mentor } from './mentor.ts';
import { School } from './school.ts';

/** Research projects are added to Student in their own file. */
export const Student = builder.prismaObject('Student', {
  description: 'A student with a college mentor and an enterprise mentor (双导师制).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    school: t.field({ type: School, resolve: async (s, _args, ctx) => (await ctx.loaders.schoolById.load(s.schoolId))! }),
    cohortYear: t.exposeInt('cohortYear'),
    technicianLevel: t.exposeBoolean('technicianLevel', { description: 'Studying at technician level (技师段).' }),
    enterpriseClass: t.field({
      type: EnterpriseClass,
      nullable: true,
      resolve: (s, _args, ctx) => (s.enterpriseClassId == null ? null : ctx.loaders.classById.load(s.enterpriseClassId)),
    }),
    collegeMentor: t.field({
      type: Mentor,
      nullable: true,
      resolve: (s, _args, ctx) => (s.collegeMentorId == null ? null : ctx.loaders.mentorById.load(s.collegeMentorId)),
    }),
    enterpriseMentor: t.field({
      type: Mentor,
      nullable: true,
      resolve: (s, _args, ctx) =>
        s.enterpriseMentorId == null ? null : ctx.loaders.mentorById.load(s.enterpriseMentorId),
    }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

builder.prismaObjectField(EnterpriseClass, 'students', (t) =>
  t.field({ type: [Student], resolve: (c, _args, ctx) => ctx.loaders.studentsByClassId.load(c.id) }),
);

builder.prismaObjectField(Mentor, 'students', (t) =>
  t.field({
    type: [Student],
    description: 'Students this mentor guides.',
    resolve: (m, _args, ctx) =>
      m.side === 'COLLEGE'
        ? ctx.loaders.studentsByCollegeMentorId.load(m.id)
        : ctx.loaders.studentsByEnterpriseMentorId.load(m.id),
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
      description: 'Students, oldest record first.',
      args: {
        technicianLevel: t.arg.boolean({ required: false }),
        enterpriseClassId: t.arg.id({ required: false }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.student.count({ where: studentWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.student.findMany({ ...query, where: studentWhere(args), orderBy: { id: 'asc' } }),
    },
    { name: 'StudentConnection', description: 'A page of students with the total that match.' },
    { name: 'StudentEdge' },
  ),
}));
