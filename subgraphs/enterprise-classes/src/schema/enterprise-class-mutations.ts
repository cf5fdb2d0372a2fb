import { auditedWrite, field, IDEMPOTENCY_KEY_DESCRIPTION, missingReference, nextVersion, parseInput, ruleError, versionedUpdate, z } from '@partnership/kit';
import { builder, type Tx, type Types } from '../registry.ts';
import type { EnterpriseClass as ClassRow } from '../generated/prisma/client.ts';
import { EnterpriseClass } from './enterprise-class.ts';
import { checkIndustry, checkSchool, ownedRecord } from './writes.ts';

builder.prismaObjectField(EnterpriseClass, 'version', (t) =>
  t.exposeInt('version', { description: 'Send it back with an update; it grows by one with every change.' }),
);

const classFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  nameEn: t.string({ required: false, description: 'Its English name, where one is recorded.' }),
  majorId: t.id({ required: false, description: 'A major of the same school.' }),
  industryCode: t.string({ required: false, description: 'An industry code from the catalogue, e.g. SMART_VEHICLES.' }),
  cohortYear: t.int({ required: false, description: 'The year the class starts.' }),
  seats: t.int({ required: false, description: 'Places in the class.' }),
  occupationCodes: t.stringList({ required: false, description: 'Occupations the class trains for; replaces the list.' }),
});

const RegisterEnterpriseClassInput = builder.inputType('RegisterEnterpriseClassInput', {
  fields: (t) => ({
    schoolId: t.id({ required: true, description: 'The school id; it must be one of the partnership schools.' }),
    name: t.string({ required: true, description: 'The class name in Chinese.' }),
    partnerEnterpriseId: t.id({ required: true, description: 'The partner enterprise id, as pay-policies knows it.' }),
    ...classFields(t),
  }),
});

const UpdateEnterpriseClassInput = builder.inputType('UpdateEnterpriseClassInput', {
  description: 'Fields left out keep their value; null clears an optional one.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The order class to update.' }),
    version: t.int({ required: true, description: 'The version last read; the update is refused if the record changed since.' }),
    name: t.string({ required: false, description: 'The class name in Chinese.' }),
    partnerEnterpriseId: t.id({ required: false, description: 'The partner enterprise id, as pay-policies knows it.' }),
    ...classFields(t),
  }),
});

const optional = {
  nameEn: field.text(200).nullish(),
  majorId: field.id().nullish(),
  industryCode: field.code().nullish(),
  cohortYear: field.year().nullish(),
  seats: field.count(1000).nullish(),
  occupationCodes: z.array(field.code()).max(50, { error: 'must list at most 50 occupations' }).nullish(),
};
const registerSchema = z.object({ ...optional, schoolId: field.id(), name: field.name(), partnerEnterpriseId: field.id() });
const updateSchema = z.object({
  ...optional,
  id: field.id(),
  version: field.version(),
  name: field.name().optional(),
  partnerEnterpriseId: field.id().optional(),
});

type Links = { majorId?: number | null; occupationCodes?: string[] | null; industryCode?: string | null };

/** The major must be the same school's; every occupation must be on record. */
async function checkLinks(tx: Tx, schoolId: number, links: Links): Promise<string[] | undefined> {
  await checkIndustry(tx, links.industryCode);
  if (links.majorId != null) {
    const major = await tx.major.findUnique({ where: { id: links.majorId } });
    if (!major) throw missingReference('input.majorId', 'Major', links.majorId);
    if (major.schoolId !== schoolId) throw ruleError('input.majorId', 'sameSchool', `must be a major of school ${schoolId}, not of school ${major.schoolId}.`);
  }
  if (links.occupationCodes == null) return undefined;
  const codes = [...new Set(links.occupationCodes)];
  const found = await tx.occupation.findMany({ where: { code: { in: codes } }, select: { code: true } });
  const missing = codes.find((code) => !found.some((o) => o.code === code));
  if (missing) throw missingReference('input.occupationCodes', 'Occupation', missing);
  return codes;
}

/** The class with its occupations, as the audit trail records it. */
async function snapshot(tx: Tx, row: ClassRow) {
  const links = await tx.enterpriseClassOccupation.findMany({ where: { classId: row.id }, orderBy: { occupationCode: 'asc' } });
  return { ...row, occupationCodes: links.map((l) => l.occupationCode) };
}

/** A class registered earlier, for a retry of its registration. */
async function registered(tx: Tx, id: number) {
  const row = await tx.enterpriseClass.findUnique({ where: { id } });
  return row && snapshot(tx, row);
}

async function replaceOccupations(tx: Tx, classId: number, codes: string[] | undefined) {
  if (codes === undefined) return;
  await tx.enterpriseClassOccupation.deleteMany({ where: { classId } });
  await tx.enterpriseClassOccupation.createMany({ data: codes.map((occupationCode) => ({ classId, occupationCode })) });
}

builder.mutationFields((t) => ({
  registerEnterpriseClass: t.field({
    type: EnterpriseClass,
    description: "Registers an enterprise order class of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    args: { input: t.arg({ type: RegisterEnterpriseClassInput, required: true, description: 'What to register.' }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: async (_root, args, ctx) => {
      const parsed = parseInput(registerSchema, args.input);
      const { occupationCodes, ...input } = parsed;
      await ctx.references([{ path: 'input.partnerEnterpriseId', type: 'Enterprise', key: input.partnerEnterpriseId }]);
      return auditedWrite(ctx.db, ctx.actor, 'registerEnterpriseClass', async (tx) => {
        await checkSchool(tx, ctx, 'registerEnterpriseClass', input.schoolId);
        const codes = await checkLinks(tx, input.schoolId, { ...input, occupationCodes });
        const row = await tx.enterpriseClass.create({ data: { ...input, provenance: 'REGISTERED' } });
        await replaceOccupations(tx, row.id, codes ?? []);
        return { recordType: 'EnterpriseClass', recordId: row.id, before: null, after: await snapshot(tx, row) };
      }, { key: args.idempotencyKey, input: parsed, replay: registered });
    },
  }),
  updateEnterpriseClass: t.field({
    type: EnterpriseClass,
    description: "Changes an enterprise order class of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    args: { input: t.arg({ type: UpdateEnterpriseClassInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, args, ctx) => {
      const { id, version, occupationCodes, ...changes } = parseInput(updateSchema, args.input);
      await ctx.references([{ path: 'input.partnerEnterpriseId', type: 'Enterprise', key: changes.partnerEnterpriseId }]);
      return auditedWrite(ctx.db, ctx.actor, 'updateEnterpriseClass', async (tx) => {
        const row = await tx.enterpriseClass.findUnique({ where: { id } });
        const before = await snapshot(tx, ownedRecord(ctx, 'updateEnterpriseClass', 'EnterpriseClass', row, { id, version }));
        const codes = await checkLinks(tx, before.schoolId, { ...changes, occupationCodes });
        const updated = await versionedUpdate('EnterpriseClass', id, version, () =>
          tx.enterpriseClass.update({ where: { id, version }, data: { ...changes, ...nextVersion } }),
        );
        await replaceOccupations(tx, id, codes);
        return { recordType: 'EnterpriseClass', recordId: id, before, after: await snapshot(tx, updated) };
      });
    },
  }),
}));
