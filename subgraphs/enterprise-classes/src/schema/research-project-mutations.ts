// Research outcomes: student projects on an enterprise's technical problem, and who took part.
import { createMutation, input, missingReference, nextVersion, ruleError, updateMutation, writeInput } from '@partnership/kit';
import { builder, type Tx } from '../registry.ts';
import { ResearchOutcomeKind as OutcomeKinds } from '../generated/prisma/enums.ts';
import type { ResearchProject as ProjectRow } from '../generated/prisma/client.ts';
import { ResearchOutcomeKind } from './enums.ts';
import { ResearchProject } from './research-project.ts';
import { checkSchool, ownSchool, VERSION_DESCRIPTION } from './writes.ts';

builder.prismaObjectField(ResearchProject, 'version', (t) => t.exposeInt('version', { description: VERSION_DESCRIPTION }));

const projectFields = {
  enterpriseId: input.id({ description: 'The enterprise whose technical problem it took up.' }),
  participantIds: input.list(input.id(), 200, 'students', { description: 'Students of the same school; replaces the list (null or [] empties it).' }),
};

const RegisterResearchProjectInput = writeInput(builder, 'RegisterResearchProjectInput', {
  schoolId: input.id({ required: true, description: 'The school.' }),
  title: input.name(300, { required: true, description: 'What the project set out to solve or build.' }),
  kind: input.enum(ResearchOutcomeKind, OutcomeKinds, { required: true, description: 'What it produced.' }),
  year: input.pastYear({ required: true, description: 'The year it finished.' }),
  ...projectFields,
}, { description: 'A new research project on an enterprise technical problem, with its outcome kind.' });

const UpdateResearchProjectInput = writeInput(builder, 'UpdateResearchProjectInput', {
  id: input.recordId(),
  version: input.version(),
  title: input.name(300, { keep: true, description: 'What the project set out to solve or build.' }),
  kind: input.enum(ResearchOutcomeKind, OutcomeKinds, { keep: true, description: 'What it produced.' }),
  year: input.pastYear({ keep: true, description: 'The year it finished.' }),
  ...projectFields,
}, { description: 'Fields left out keep their value; null clears an optional one.' });

/** Participants must be students of the project's school. */
async function checkParticipants(tx: Tx, schoolId: number, ids: number[] | undefined): Promise<number[] | undefined> {
  if (!ids?.length) return ids;
  const students = await tx.student.findMany({ where: { id: { in: ids } }, select: { id: true, schoolId: true } });
  for (const id of ids) {
    const student = students.find((s) => s.id === id);
    if (!student) throw missingReference('input.participantIds', 'Student', id);
    if (student.schoolId !== schoolId) throw ruleError('input.participantIds', 'sameSchool', `must be students of school ${schoolId}; Student ${id} is not.`);
  }
  return ids;
}

async function replaceParticipants(tx: Tx, projectId: number, ids: number[] | undefined) {
  if (ids === undefined) return;
  await tx.researchParticipation.deleteMany({ where: { projectId } });
  await tx.researchParticipation.createMany({ data: ids.map((studentId) => ({ projectId, studentId })) });
}

/** The project with its participants, as the audit trail records it. */
async function snapshot(tx: Tx, row: ProjectRow) {
  const links = await tx.researchParticipation.findMany({ where: { projectId: row.id }, orderBy: { studentId: 'asc' } });
  return { ...row, participantIds: links.map((l) => l.studentId) };
}

/** A project with its participants: what an update starts from and a retried registration answers. */
async function registered(tx: Tx, id: number) {
  const row = await tx.researchProject.findUnique({ where: { id } });
  return row && snapshot(tx, row);
}

builder.mutationFields((t) => ({
  registerResearchProject: createMutation(t, {
    type: ResearchProject,
    description: "Registers a research outcome of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    input: RegisterResearchProjectInput,
    create: async ({ participantIds, ...project }, ctx, operation) => {
      await ctx.references([{ path: 'input.enterpriseId', type: 'Enterprise', key: project.enterpriseId }]);
      return {
        authorize: (tx) => checkSchool(tx, ctx, operation, project.schoolId),
        write: async (tx) => {
          const participants = await checkParticipants(tx, project.schoolId, participantIds);
          const row = await tx.researchProject.create({ data: { ...project, provenance: 'REGISTERED' } });
          await replaceParticipants(tx, row.id, participants ?? []);
          return snapshot(tx, row);
        },
        read: registered,
      };
    },
  }),
  updateResearchProject: updateMutation(t, {
    type: ResearchProject,
    description: "Changes a research outcome of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    input: UpdateResearchProjectInput,
    update: async ({ id, version, participantIds, ...changes }, ctx, operation) => {
      await ctx.references([{ path: 'input.enterpriseId', type: 'Enterprise', key: changes.enterpriseId }]);
      return {
        read: (tx) => registered(tx, id),
        authorize: ownSchool(ctx, operation),
        write: async (tx, before) => {
          const participants = await checkParticipants(tx, before.schoolId, participantIds);
          const updated = await tx.researchProject.update({ where: { id, version }, data: { ...changes, ...nextVersion } });
          await replaceParticipants(tx, id, participants);
          return snapshot(tx, updated);
        },
      };
    },
  }),
}));
