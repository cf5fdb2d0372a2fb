import { parseId, replicaOf } from '@partnership/kit';
import { ARTICLE_YEAR } from '../../../../prisma/seed/catalogue.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { builder } from '../registry.ts';
import { checkYearRange } from './research-project.ts';

interface Summary {
  students: number;
  technicalRenovations: number;
  developedEquipment: number;
  patents: number;
  yearFrom: number;
  yearTo: number;
}

export const ResearchOutcomeSummary = builder.objectRef<Summary>('ResearchOutcomeSummary').implement({
  description: 'What student research (学生研修课题) produced over a span of years, counted from the project records.',
  fields: (t) => ({
    students: t.exposeInt('students', { description: 'Distinct technician-level (技师段) students who took part.' }),
    technicalRenovations: t.exposeInt('technicalRenovations', { description: '技术改造 projects.' }),
    developedEquipment: t.exposeInt('developedEquipment', { description: '研发设备 projects (pieces of equipment).' }),
    patents: t.exposeInt('patents', { description: '专利 projects.' }),
    yearFrom: t.exposeInt('yearFrom', { description: 'The first year, inclusive.' }),
    yearTo: t.exposeInt('yearTo', { description: 'The last year, inclusive.' }),
  }),
});

builder.queryFields((t) => ({
  researchOutcomeSummary: t.field({
    type: ResearchOutcomeSummary,
    description: `Research outcomes (研修成果) from yearFrom to yearTo inclusive; by default the 3 years ending ${ARTICLE_YEAR}.`,
    args: {
      schoolId: t.arg.id({ required: false, description: 'Only research of this school; by default all schools.' }),
      yearFrom: t.arg.int({ required: false, description: 'The first year, inclusive.' }),
      yearTo: t.arg.int({ required: false, description: 'The last year, inclusive.' }),
    },
    resolve: async (_root, args, ctx) => {
      const yearTo = args.yearTo ?? (args.yearFrom != null ? Math.max(args.yearFrom, ARTICLE_YEAR) : ARTICLE_YEAR);
      const yearFrom = args.yearFrom ?? yearTo - 2;
      checkYearRange(yearFrom, yearTo);
      const schoolId = args.schoolId == null ? null : parseId(args.schoolId, 'schoolId');
      const ofSchool = (table: string) => (schoolId == null ? Prisma.empty : Prisma.sql`AND ${Prisma.raw(table)}."schoolId" = ${schoolId}::int`);
      // One statement: distinct participants and the outcome counts in the same range.
      const [row] = await replicaOf(ctx.db).$queryRaw<Omit<Summary, 'yearFrom' | 'yearTo'>[]>`
        SELECT
          (SELECT COUNT(DISTINCT rp."studentId")
             FROM "ResearchParticipation" rp
             JOIN "ResearchProject" p ON p.id = rp."projectId"
             JOIN "Student" s ON s.id = rp."studentId"
            WHERE p.year BETWEEN ${yearFrom}::int AND ${yearTo}::int AND s."technicianLevel" ${ofSchool('p')})::int AS "students",
          COUNT(*) FILTER (WHERE kind = 'TECHNICAL_RENOVATION')::int AS "technicalRenovations",
          COUNT(*) FILTER (WHERE kind = 'DEVELOPED_EQUIPMENT')::int AS "developedEquipment",
          COUNT(*) FILTER (WHERE kind = 'PATENT')::int AS "patents"
        FROM "ResearchProject"
        WHERE year BETWEEN ${yearFrom}::int AND ${yearTo}::int ${ofSchool('"ResearchProject"')}`;
      return { ...row, yearFrom, yearTo };
    },
  }),
}));
