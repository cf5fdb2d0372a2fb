import { auditedWrite, field, IDEMPOTENCY_KEY_DESCRIPTION, nextVersion, parseInput, versionedUpdate, z } from '@partnership/kit';
import { builder, type Types } from '../registry.ts';
import { Major } from './major.ts';
import { checkIndustry, checkSchool, ownedRecord } from './writes.ts';

builder.prismaObjectField(Major, 'version', (t) =>
  t.exposeInt('version', { description: 'Send it back with an update; it grows by one with every change.' }),
);

const majorFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  nameEn: t.string({ required: false, description: 'Its English name, where one is recorded.' }),
  industryCode: t.string({ required: false, description: 'An industry code from the catalogue, e.g. SMART_VEHICLES.' }),
  occupationalStandard: t.string({ required: false, description: 'The occupational standard the curriculum is aligned to.' }),
  introducedYear: t.int({ required: false, description: 'The year the school introduced the major.' }),
});

const RegisterMajorInput = builder.inputType('RegisterMajorInput', {
  fields: (t) => ({
    schoolId: t.id({ required: true, description: 'The school id; it must be one of the partnership schools.' }),
    name: t.string({ required: true, description: 'The major name in Chinese.' }),
    isNew: t.boolean({ required: true, description: 'A new major (新兴专业) opened for an emerging industry.' }),
    ...majorFields(t),
  }),
});

const UpdateMajorInput = builder.inputType('UpdateMajorInput', {
  description: 'Fields left out keep their value; null clears an optional one.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The major to update.' }),
    version: t.int({ required: true, description: 'The version last read; the update is refused if the record changed since.' }),
    name: t.string({ required: false, description: 'The major name in Chinese.' }),
    isNew: t.boolean({ required: false, description: 'Whether it is a new major (新兴专业).' }),
    ...majorFields(t),
  }),
});

const optional = {
  nameEn: field.text(200).nullish(),
  industryCode: field.code().nullish(),
  occupationalStandard: field.text(200).nullish(),
  introducedYear: field.year().nullish(),
};
const registerSchema = z.object({ ...optional, schoolId: field.id(), name: field.name(), isNew: z.boolean() });
const updateSchema = z.object({
  ...optional,
  id: field.id(),
  version: field.version(),
  name: field.name().optional(),
  isNew: z.boolean().optional(),
});

builder.mutationFields((t) => ({
  registerMajor: t.field({
    type: Major,
    description: "Registers a major of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    args: { input: t.arg({ type: RegisterMajorInput, required: true, description: 'What to register.' }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: (_root, args, ctx) => {
      const input = parseInput(registerSchema, args.input);
      return auditedWrite(ctx.db, ctx.actor, 'registerMajor', async (tx) => {
        await checkSchool(tx, ctx, 'registerMajor', input.schoolId);
        await checkIndustry(tx, input.industryCode);
        const after = await tx.major.create({ data: { ...input, provenance: 'REGISTERED' } });
        return { recordType: 'Major', recordId: after.id, before: null, after };
      }, { key: args.idempotencyKey, input, replay: (tx, id) => tx.major.findUnique({ where: { id } }) });
    },
  }),
  updateMajor: t.field({
    type: Major,
    description: "Changes a major of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    args: { input: t.arg({ type: UpdateMajorInput, required: true, description: 'What to write.' }) },
    resolve: (_root, args, ctx) => {
      const { id, version, ...changes } = parseInput(updateSchema, args.input);
      return auditedWrite(ctx.db, ctx.actor, 'updateMajor', async (tx) => {
        const before = ownedRecord(ctx, 'updateMajor', 'Major', await tx.major.findUnique({ where: { id } }), { id, version });
        await checkIndustry(tx, changes.industryCode);
        const after = await versionedUpdate('Major', id, version, () =>
          tx.major.update({ where: { id, version }, data: { ...changes, ...nextVersion } }),
        );
        return { recordType: 'Major', recordId: id, before, after };
      });
    },
  }),
}));
