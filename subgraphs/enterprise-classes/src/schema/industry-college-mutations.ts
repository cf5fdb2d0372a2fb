import { auditedWrite, field, IDEMPOTENCY_KEY_DESCRIPTION, nextVersion, parseInput, versionedUpdate, z } from '@partnership/kit';
import { builder, type Types } from '../registry.ts';
import { IndustryCollege } from './industry-college.ts';
import { checkIndustry, checkSchool, ownedRecord } from './writes.ts';

builder.prismaObjectField(IndustryCollege, 'version', (t) =>
  t.exposeInt('version', { description: 'Send it back with an update; it grows by one with every change.' }),
);

const collegeFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  nameEn: t.string({ required: false, description: 'Its English name, where one is recorded.' }),
  partnerEnterpriseId: t.id({ required: false, description: 'The partner enterprise id, as pay-policies knows it.' }),
  industryCode: t.string({ required: false, description: 'An industry code from the catalogue, e.g. SMART_VEHICLES.' }),
  foundedYear: t.int({ required: false, description: 'The year it was founded (成立).' }),
});

const RegisterIndustryCollegeInput = builder.inputType('RegisterIndustryCollegeInput', {
  fields: (t) => ({
    schoolId: t.id({ required: true, description: 'The school that co-built it; staff may register only for their own school.' }),
    name: t.string({ required: true, description: 'The college name in Chinese.' }),
    ...collegeFields(t),
  }),
});

const UpdateIndustryCollegeInput = builder.inputType('UpdateIndustryCollegeInput', {
  description: 'Fields left out keep their value; null clears an optional one.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The industry college to update.' }),
    version: t.int({ required: true, description: 'The version last read; the update is refused if the record changed since.' }),
    name: t.string({ required: false, description: 'The college name in Chinese.' }),
    ...collegeFields(t),
  }),
});

const optional = {
  nameEn: field.text(200).nullish(),
  partnerEnterpriseId: field.id().nullish(),
  industryCode: field.code().nullish(),
  foundedYear: field.year().nullish(),
};
const registerSchema = z.object({ ...optional, schoolId: field.id(), name: field.name() });
const updateSchema = z.object({ ...optional, id: field.id(), version: field.version(), name: field.name().optional() });

builder.mutationFields((t) => ({
  registerIndustryCollege: t.field({
    type: IndustryCollege,
    description: "Registers an industry college of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    args: { input: t.arg({ type: RegisterIndustryCollegeInput, required: true, description: 'What to register.' }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(registerSchema, args.input);
      await ctx.references([{ path: 'input.partnerEnterpriseId', type: 'Enterprise', key: input.partnerEnterpriseId }]);
      return auditedWrite(ctx.db, ctx.actor, 'registerIndustryCollege', async (tx) => {
        await checkSchool(tx, ctx, 'registerIndustryCollege', input.schoolId);
        await checkIndustry(tx, input.industryCode);
        const after = await tx.industryCollege.create({ data: { ...input, provenance: 'REGISTERED' } });
        return { recordType: 'IndustryCollege', recordId: after.id, before: null, after };
      }, { key: args.idempotencyKey, input, replay: (tx, id) => tx.industryCollege.findUnique({ where: { id } }) });
    },
  }),
  updateIndustryCollege: t.field({
    type: IndustryCollege,
    description: "Changes an industry college of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    args: { input: t.arg({ type: UpdateIndustryCollegeInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, args, ctx) => {
      const { id, version, ...changes } = parseInput(updateSchema, args.input);
      await ctx.references([{ path: 'input.partnerEnterpriseId', type: 'Enterprise', key: changes.partnerEnterpriseId }]);
      return auditedWrite(ctx.db, ctx.actor, 'updateIndustryCollege', async (tx) => {
        const row = await tx.industryCollege.findUnique({ where: { id } });
        const before = ownedRecord(ctx, 'updateIndustryCollege', 'IndustryCollege', row, { id, version });
        await checkIndustry(tx, changes.industryCode);
        const after = await versionedUpdate('IndustryCollege', id, version, () =>
          tx.industryCollege.update({ where: { id, version }, data: { ...changes, ...nextVersion } }),
        );
        return { recordType: 'IndustryCollege', recordId: id, before, after };
      });
    },
  }),
}));
