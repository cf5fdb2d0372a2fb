import { parseId, replicaOf } from '@partnership/kit';
import { builder } from '../registry.ts';

interface Summary {
  students: number;
  pairedStudents: number;
  collegeMentors: number;
  enterpriseMentors: number;
  mentorEnterprises: number;
}

export const MentorshipSummary = builder.objectRef<Summary>('MentorshipSummary').implement({
  description: 'The dual-mentor system (双导师制) at one school, counted from its student and mentor records.',
  fields: (t) => ({
    students: t.exposeInt('students', { description: 'Students of the school.' }),
    pairedStudents: t.exposeInt('pairedStudents', { description: 'Of them, those with both a college and an enterprise mentor.' }),
    collegeMentors: t.exposeInt('collegeMentors', { description: 'College mentors (校内导师) teaching at the school.' }),
    enterpriseMentors: t.exposeInt('enterpriseMentors', { description: 'Enterprise mentors (企业导师) guiding at least one of its students.' }),
    mentorEnterprises: t.exposeInt('mentorEnterprises', { description: 'Enterprises those enterprise mentors work at.' }),
  }),
});

builder.queryFields((t) => ({
  mentorshipSummary: t.field({
    type: MentorshipSummary,
    description: "A school's dual-mentor system (双导师制): its students, how many have both mentors, and its mentors on each side.",
    args: { schoolId: t.arg.id({ required: true, description: 'The school id.' }) },
    resolve: async (_root, args, ctx) => {
      const schoolId = parseId(args.schoolId, 'schoolId');
      // One statement, whatever the school's size: each count is an aggregate over an indexed column.
      const [row] = await replicaOf(ctx.db).$queryRaw<Summary[]>`
        SELECT
          COUNT(*)::int AS "students",
          COUNT(*) FILTER (WHERE s."collegeMentorId" IS NOT NULL AND s."enterpriseMentorId" IS NOT NULL)::int AS "pairedStudents",
          (SELECT COUNT(*) FROM "Mentor" m WHERE m.side = 'COLLEGE' AND m."schoolId" = ${schoolId}::int)::int AS "collegeMentors",
          COUNT(DISTINCT s."enterpriseMentorId")::int AS "enterpriseMentors",
          (SELECT COUNT(DISTINCT m."enterpriseId") FROM "Mentor" m
            WHERE m.id IN (SELECT "enterpriseMentorId" FROM "Student" WHERE "schoolId" = ${schoolId}::int))::int AS "mentorEnterprises"
        FROM "Student" s
        WHERE s."schoolId" = ${schoolId}::int`;
      return row;
    },
  }),
}));
