// Research outcomes: student projects on an enterprise's technical problem, and who took part.
import { auditedWrite, field, IDEMPOTENCY_KEY_DESCRIPTION, missingReference, nextVersion, parseInput, ruleError, versionedUpdate, z } from '@partnership/kit';
import { builder, type Tx, type Types } from '../registry.ts';
import { ResearchOutcomeKind as OutcomeKinds } from '../generated/prisma/enums.ts';
import type { ResearchProject as ProjectRow } from '../generated/prisma/client.ts';
import { ResearchOutcomeKind } from './enums.ts';
import { ResearchProject } from './research-project.ts';
import { checkSchool, ownedRecord } from './writes.ts';

builder.prismaObjectField(ResearchProject, 'version', (t) =>
  t.exposeInt('version', { description: 'Send it back with an update; it grows by one with every change.' }),
);

const projectFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  enterpriseId: t.id({ required: false, description: 'The enterprise whose technical problem it took up.' }),
  participantIds: t.idList({ required: false, description: 'Students of the same school; replaces the list.' }),
});

const RegisterResearchProjectInput = builder.inputType('RegisterResearchProjectInput', {
  fields: (t) => ({
    schoolId: t.id({ required: true, description: 'The school id; it must be one of the partnership schools.' }),
    title: t.string({ required: true, description: 'What the project set out to solve or build.' }),
    kind: t.field({ type: ResearchOutcomeKind, required: true, description: 'What the project produced.' }),
    year: t.int({ required: true, description: 'The year the project finished.' }),
    ...projectFields(t),
  }),
});

const UpdateResearchProjectInput = builder.inputType('UpdateResearchProjectInput', {
  description: 'Fields left out keep their value; null clears an optional one.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The project to update.' }),
    version: t.int({ required: true, description: 'The version last read; the update is refused if the record changed since.' }),
    title: t.string({ required: false, description: 'What the project set out to solve or build.' }),
    kind: t.field({ type: ResearchOutcomeKind, required: false, description: 'What the project produced.' }),
    year: t.int({ required: false, description: 'The year the project finished.' }),
    ...projectFields(t),
  }),
});

const optional = {
  enterpriseId: field.id().nullish(),
  participantIds: z.array(field.id()).max(200, { error: 'must list at most 200 students' }).nullish(),
};
const registerSchema = z.object({
  ...optional,
  schoolId: field.id(),
  title: field.name(300),
  kind: z.enum(OutcomeKinds),
  year: field.year(),
});
const updateSchema = z.object({
  ...optional,
  id: field.id(),
  version: field.version(),
  title: field.name(300).optional(),
  kind: z.enum(OutcomeKinds).optional(),
  year: field.year().optional(),
});

/** Participants must be students of the project's school. */
async function checkParticipants(tx: Tx, schoolId: number, ids: number[] | null | undefined): Promise<number[] | undefined> {
  if (ids == null) return undefined;
  const unique = [...new Set(ids)];
  const students = await tx.student.findMany({ where: { id: { in: unique } }, select: { id: true, schoolId: true } });
  for (const id of unique) {
    const student = students.find((s) => s.id === id);
    if (!student) throw missingReference('input.participantIds', 'Student', id);
    if (student.schoolId !== schoolId) throw ruleError('input.participantIds', 'sameSchool', `must be students of school ${schoolId}; Student ${id} is not.`);
  }
  return unique;
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

/** A project registered earlier, for a retry of its registration. */
async function registered(tx: Tx, id: number) {
  const row = await tx.researchProject.findUnique({ where: { id } });
  return row && snapshot(tx, row);
}

builder.mutationFields((t) => ({
  registerResearchProject: t.field({
    type: ResearchProject,
    description: "Registers a research outcome of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    args: { input: t.arg({ type: RegisterResearchProjectInput, required: true, description: 'What to register.' }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: async (_root, args, ctx) => {
      const parsed = parseInput(registerSchema, args.input);
      const { participantIds, ...input } = parsed;
      await ctx.references([{ path: 'input.enterpriseId', type: 'Enterprise', key: input.enterpriseId }]);
      return auditedWrite(ctx.db, ctx.actor, 'registerResearchProject', async (tx) => {
        await checkSchool(tx, ctx, 'registerResearchProject', input.schoolId);
        const participants = await checkParticipants(tx, input.schoolId, participantIds);
        const row = await tx.researchProject.create({ data: { ...input, provenance: 'REGISTERED' } });
        await replaceParticipants(tx, row.id, participants ?? []);
        return { recordType: 'ResearchProject', recordId: row.id, before: null, after: await snapshot(tx, row) };
      }, { key: args.idempotencyKey, input: parsed, replay: registered });
    },
  }),
  updateResearchProject: t.field({
    type: ResearchProject,
    description: "Changes a research outcome of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    args: { input: t.arg({ type: UpdateResearchProjectInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, args, ctx) => {
      const { id, version, participantIds, ...changes } = parseInput(updateSchema, args.input);
      await ctx.references([{ path: 'input.enterpriseId', type: 'Enterprise', key: changes.enterpriseId }]);
      return auditedWrite(ctx.db, ctx.actor, 'updateResearchProject', async (tx) => {
        const row = await tx.researchProject.findUnique({ where: { id } });
        const before = await snapshot(tx, ownedRecord(ctx, 'updateResearchProject', 'ResearchProject', row, { id, version }));
        const participants = await checkParticipants(tx, before.schoolId, participantIds);
        const updated = await versionedUpdate('ResearchProject', id, version, () =>
          tx.researchProject.update({ where: { id, version }, data: { ...changes, ...nextVersion } }),
        );
        await replaceParticipants(tx, id, participants);
        return { recordType: 'ResearchProject', recordId: id, before, after: await snapshot(tx, updated) };
      });
    },
  }),
}));
