import { anyOf, checkYear, parseId, readPage, userError } from '@partnership/kit';
import { builder } from '../registry.ts';
import type { Prisma, Provenance as ProvenanceValue } from '../generated/prisma/client.ts';
import { Provenance, ResearchOutcomeKind } from './enums.ts';
import { Enterprise } from './enterprise.ts';
import { Student } from './student.ts';

export const ResearchProject = builder.prismaObject('ResearchProject', {
  description: 'An enterprise technical problem (企业技术难题) taken up as student research (学生研修课题), and what it produced.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The research project id.' }),
    title: t.exposeString('title', { description: 'What the project set out to solve or build.' }),
    kind: t.expose('kind', { type: ResearchOutcomeKind, description: 'What the project produced: a technical renovation, a piece of equipment or a patent.' }),
    year: t.exposeInt('year', { description: 'The year the project finished.' }),
    school: t.relation('school', { description: 'The school whose students did the research.' }),
    sourceEnterprise: t.field({
      type: Enterprise,
      nullable: true,
      description: 'The enterprise whose technical problem the project took up; null when none is recorded or its registry, pay-policies, did not answer.',
      resolve: (p) => (p.enterpriseId == null ? null : { id: String(p.enterpriseId) }),
    }),
    participants: t.field({
      type: [Student],
      listSize: { assumedSize: 5 },
      description: 'Students who took part, by id.',
      select: (_args, _ctx, nestedSelection) => ({
        participants: { select: { student: nestedSelection(true) }, orderBy: { studentId: 'asc' } },
      }),
      resolve: (p) => p.participants.map((participation) => participation.student),
    }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
  }),
});

builder.prismaObjectField(Student, 'researchProjects', (t) =>
  t.field({
    type: [ResearchProject],
    listSize: { assumedSize: 5 },
    description: 'Research projects the student took part in, by project id.',
    select: (_args, _ctx, nestedSelection) => ({
      participations: { select: { project: nestedSelection(true) }, orderBy: { projectId: 'asc' } },
    }),
    resolve: (s) => s.participations.map((participation) => participation.project),
  }),
);

/** Checks a year range argument pair; either end may be open. */
export function checkYearRange(yearFrom: number | null | undefined, yearTo: number | null | undefined): void {
  checkYear(yearFrom, 'yearFrom');
  checkYear(yearTo, 'yearTo');
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
    throw userError('yearFrom must not be after yearTo.', 'yearFrom', 'minMax', { max: yearTo });
  }
}

type ProjectArgs = {
  schoolId?: string | null;
  kind?: Prisma.ResearchProjectWhereInput['kind'] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  provenances?: readonly ProvenanceValue[] | null;
};

function projectWhere({ schoolId, kind, yearFrom, yearTo, provenances }: ProjectArgs): Prisma.ResearchProjectWhereInput {
  checkYearRange(yearFrom, yearTo);
  return {
    schoolId: schoolId == null ? undefined : parseId(schoolId, 'schoolId'),
    kind: kind ?? undefined,
    year: { gte: yearFrom ?? undefined, lte: yearTo ?? undefined },
    provenance: anyOf(provenances),
  };
}

builder.queryFields((t) => ({
  researchProjects: t.prismaConnection(
    {
      type: 'ResearchProject',
      cursor: 'id',
      description: 'Student research projects (学生研修课题), oldest record first, of one school, outcome kind, year range and provenance.',
      args: {
        schoolId: t.arg.id({ required: false, description: 'Only projects of this school.' }),
        kind: t.arg({ type: ResearchOutcomeKind, required: false, description: 'Only projects with this outcome.' }),
        yearFrom: t.arg.int({ required: false, description: 'The first year, inclusive.' }),
        yearTo: t.arg.int({ required: false, description: 'The last year, inclusive.' }),
        provenances: t.arg({ type: [Provenance], required: false, description: 'Any of these provenances, e.g. [ARTICLE, REGISTERED] hides generated placeholders; none: all.' }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.researchProject.count({ where: projectWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        readPage(query, projectWhere(args), (page) => ctx.db.researchProject.findMany({ ...page, orderBy: { id: 'asc' } })),
    },
    { name: 'ResearchProjectConnection', description: 'A page of research projects with the total that match.' },
    { name: 'ResearchProjectEdge' },
  ),
}));
