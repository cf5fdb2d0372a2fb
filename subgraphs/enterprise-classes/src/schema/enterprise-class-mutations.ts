import { createMutation, input, missingReference, nextVersion, ruleError, updateMutation, writeInput } from '@partnership/kit';
import { builder, type Tx } from '../registry.ts';
import type { EnterpriseClass as ClassRow } from '../generated/prisma/client.ts';
import { EnterpriseClass } from './enterprise-class.ts';
import { ensurePartner } from './school-partner-mutations.ts';
import { checkIndustry, checkSchool, ownSchool, VERSION_DESCRIPTION } from './writes.ts';

builder.prismaObjectField(EnterpriseClass, 'version', (t) => t.exposeInt('version', { description: VERSION_DESCRIPTION }));

const classFields = {
  nameEn: input.text(200, { description: 'The English name.' }),
  majorId: input.id({ description: 'A major of the same school.' }),
  industryCode: input.industryCode(),
  cohortYear: input.year({ description: 'The year the class was enrolled (届).' }),
  seats: input.count(1000, { description: 'Places in the class.' }),
  occupationCodes: input.list(input.occupationCode(), 50, 'occupations', { description: 'Occupations the class trains for; replaces the list (null or [] empties it).' }),
};

const RegisterEnterpriseClassInput = writeInput(builder, 'RegisterEnterpriseClassInput', {
  schoolId: input.id({ required: true, description: 'The school.' }),
  name: input.name(200, { required: true, description: 'The class name in Chinese, e.g. 电装班.' }),
  partnerEnterpriseId: input.id({ required: true, description: 'The partner enterprise that orders the class (pay-policies); it becomes a partner of the school if it is not one.' }),
  ...classFields,
}, { description: 'A new enterprise class (企业班): a class a school runs with a partner enterprise.' });

const UpdateEnterpriseClassInput = writeInput(builder, 'UpdateEnterpriseClassInput', {
  id: input.recordId(),
  version: input.version(),
  name: input.name(200, { keep: true, description: 'The class name in Chinese.' }),
  partnerEnterpriseId: input.id({ keep: true, description: 'The partner enterprise (pay-policies); it becomes a partner of the school if it is not one.' }),
  ...classFields,
}, { description: 'Fields left out keep their value; null clears an optional one.' });

type Links = { majorId?: number | null; occupationCodes?: string[]; industryCode?: string | null };

/** The major must be the same school's; every occupation must be on record. */
async function checkLinks(tx: Tx, schoolId: number, links: Links): Promise<string[] | undefined> {
  await checkIndustry(tx, links.industryCode);
  if (links.majorId != null) {
    const major = await tx.major.findUnique({ where: { id: links.majorId } });
    if (!major) throw missingReference('input.majorId', 'Major', links.majorId);
    if (major.schoolId !== schoolId) throw ruleError('input.majorId', 'sameSchool', `must be a major of school ${schoolId}, not of school ${major.schoolId}.`);
  }
  if (links.occupationCodes === undefined) return undefined;
  const codes = links.occupationCodes;
  if (!codes.length) return codes;
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

/** A class with its occupations: what an update starts from and a retried registration answers. */
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
  registerEnterpriseClass: createMutation(t, {
    type: EnterpriseClass,
    description: "Registers an enterprise order class of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    input: RegisterEnterpriseClassInput,
    create: async ({ occupationCodes, ...enterpriseClass }, ctx, operation) => {
      await ctx.references([{ path: 'input.partnerEnterpriseId', type: 'Enterprise', key: enterpriseClass.partnerEnterpriseId }]);
      return {
        authorize: (tx) => checkSchool(tx, ctx, operation, enterpriseClass.schoolId),
        write: async (tx) => {
          const codes = await checkLinks(tx, enterpriseClass.schoolId, { ...enterpriseClass, occupationCodes });
          const row = await tx.enterpriseClass.create({ data: { ...enterpriseClass, provenance: 'REGISTERED' } });
          await replaceOccupations(tx, row.id, codes ?? []);
          await ensurePartner(tx, ctx.actor, operation, { schoolId: row.schoolId, enterpriseId: row.partnerEnterpriseId });
          return snapshot(tx, row);
        },
        read: registered,
      };
    },
  }),
  updateEnterpriseClass: updateMutation(t, {
    type: EnterpriseClass,
    description: "Changes an enterprise order class of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    input: UpdateEnterpriseClassInput,
    update: async ({ id, version, occupationCodes, ...changes }, ctx, operation) => {
      await ctx.references([{ path: 'input.partnerEnterpriseId', type: 'Enterprise', key: changes.partnerEnterpriseId }]);
      return {
        read: (tx) => registered(tx, id),
        authorize: ownSchool(ctx, operation),
        write: async (tx, before) => {
          const codes = await checkLinks(tx, before.schoolId, { ...changes, occupationCodes });
          const updated = await tx.enterpriseClass.update({ where: { id, version }, data: { ...changes, ...nextVersion } });
          await replaceOccupations(tx, id, codes);
          if (updated.partnerEnterpriseId !== before.partnerEnterpriseId) {
            await ensurePartner(tx, ctx.actor, operation, { schoolId: updated.schoolId, enterpriseId: updated.partnerEnterpriseId });
          }
          return snapshot(tx, updated);
        },
      };
    },
  }),
}));
