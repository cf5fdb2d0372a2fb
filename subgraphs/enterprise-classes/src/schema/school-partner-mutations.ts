// A school's partner enterprises (合作企业): its COLLEGE_STAFF add one and remove one, and an order
// class or industry college they register with an enterprise adds it. Nothing is
// deleted: a removed partnership keeps its row, marked ended, and adding the enterprise again
// resumes it, so the audit trail and retried requests always find the record they name.
import { type Actor, appendAuditEntry, createMutation, input, ruleError, writeInput } from '@partnership/kit';
import { builder, type Tx } from '../registry.ts';
import type { SchoolPartnership as PartnershipRow } from '../generated/prisma/client.ts';
import { SchoolPartnership } from './school-partnership.ts';
import { checkSchool } from './writes.ts';

const pair = (enterprise: string) => ({
  schoolId: input.id({ required: true, description: "The school: the caller's own." }),
  enterpriseId: input.id({ required: true, description: `The enterprise (pay-policies) ${enterprise}.` }),
});

const AddSchoolPartnerInput = writeInput(builder, 'AddSchoolPartnerInput', pair('to name as a partner'), {
  description: 'An enterprise a school names as its partner.',
});

const RemoveSchoolPartnerInput = writeInput(builder, 'RemoveSchoolPartnerInput', pair('the school no longer partners'), {
  description: 'A partner enterprise the school no longer names; the partnership stays on record, ended.',
});

type Pair = { schoolId: number; enterpriseId: number };

const find = (tx: Tx, { schoolId, enterpriseId }: Pair) =>
  tx.schoolPartnership.findUnique({ where: { schoolId_enterpriseId: { schoolId, enterpriseId } } });
const read = (tx: Tx, id: number) => tx.schoolPartnership.findUniqueOrThrow({ where: { id } });

/**
 * A school runs an order class or industry college only with a partner: naming an enterprise in
 * one makes it the school's partner (again, after a removal), in the same transaction, with an
 * audit row of its own under the write's operation. An enterprise already a partner is left as is.
 */
export async function ensurePartner(tx: Tx, actor: Actor, operation: string, partner: Pair): Promise<void> {
  const before = await find(tx, partner);
  if (!(await startPartnership(tx, partner, before))) return;
  const after = (await find(tx, partner))!;
  await appendAuditEntry(tx, actor, operation, { recordType: 'SchoolPartnership', recordId: after.id, before, after });
}

/**
 * Makes the enterprise a partner: a first record, or the ended one (`before`) resumed. False when
 * it already is one, also when another write made it one meanwhile: of two at once, the unique
 * (schoolId, enterpriseId) lets one insert, and only one resumes.
 */
async function startPartnership(tx: Tx, partner: Pair, before: PartnershipRow | null): Promise<boolean> {
  const { count } = before
    ? await tx.schoolPartnership.updateMany({ where: { id: before.id, endedAt: { not: null } }, data: { endedAt: null, provenance: 'REGISTERED' } })
    : await tx.schoolPartnership.createMany({ data: [{ ...partner, provenance: 'REGISTERED' }], skipDuplicates: true });
  return count > 0;
}

const alreadyPartner = ({ schoolId, enterpriseId }: Pair) =>
  ruleError('input.enterpriseId', 'unique', `refers to Enterprise ${enterpriseId}, already a partner of School ${schoolId}.`);

function notPartner({ schoolId, enterpriseId }: Pair, row: PartnershipRow | null) {
  const ended = row?.endedAt ? `: it was removed on ${row.endedAt.toISOString().slice(0, 10)}` : '';
  return ruleError('input.enterpriseId', 'partner', `refers to Enterprise ${enterpriseId}, which is not a partner of School ${schoolId}${ended}.`);
}

const listed = (one: string, many: string, rows: { id: number; name: string }[]) =>
  rows.length && `${rows.length === 1 ? one : many} ${rows.map((r) => `${r.id} (${r.name})`).join(', ')}`;

/**
 * Staff expect the partner list to agree with the order classes and industry colleges they run:
 * an enterprise that still has one with the school is still its partner (those records are never
 * deleted, and Enterprise.partnerSchools would contradict Enterprise.enterpriseClasses). So the
 * removal is refused, naming them, until they are given another partner with their own update.
 * Training programmes do not count: no write changes them, so they would pin a partner for good.
 */
async function checkUnlinked(tx: Tx, { schoolId, enterpriseId }: Pair) {
  const where = { schoolId, partnerEnterpriseId: enterpriseId };
  const select = { id: true, name: true };
  const classes = await tx.enterpriseClass.findMany({ where, select, orderBy: { id: 'asc' } });
  const colleges = await tx.industryCollege.findMany({ where, select, orderBy: { id: 'asc' } });
  const links = [listed('order class', 'order classes', classes), listed('industry college', 'industry colleges', colleges)].filter(Boolean);
  if (!links.length) return;
  const updates = [classes.length && 'updateEnterpriseClass', colleges.length && 'updateIndustryCollege'].filter(Boolean).join(', ');
  throw ruleError(
    'input.enterpriseId',
    'linked',
    `cannot be removed from School ${schoolId}'s partners: Enterprise ${enterpriseId} still runs ${links.join(' and ')} with the school. ` +
      `Change their partnerEnterpriseId first (${updates}).`,
  );
}

builder.mutationFields((t) => ({
  addSchoolPartner: createMutation(t, {
    type: SchoolPartnership,
    description: "Names an enterprise as a partner of the caller's school, or again after its removal. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    input: AddSchoolPartnerInput,
    create: async (partner, ctx, operation) => {
      await ctx.references([{ path: 'input.enterpriseId', type: 'Enterprise', key: partner.enterpriseId }]);
      return {
        authorize: (tx) => checkSchool(tx, ctx, operation, partner.schoolId),
        find: (tx) => find(tx, partner),
        write: async (tx, before) => {
          if (!(await startPartnership(tx, partner, before))) throw alreadyPartner(partner);
          return (await find(tx, partner))!;
        },
        read,
      };
    },
  }),
  removeSchoolPartner: createMutation(t, {
    type: SchoolPartnership,
    description: "Removes an enterprise from the partners of the caller's school; refused while it still has order classes or industry colleges with the school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    input: RemoveSchoolPartnerInput,
    // No question to pay-policies: a partner is on record here, so a removal works while it is down.
    create: (partner, ctx, operation) => ({
      authorize: (tx) => checkSchool(tx, ctx, operation, partner.schoolId),
      find: (tx) => find(tx, partner),
      write: async (tx, before) => {
        if (!before || before.endedAt) throw notPartner(partner, before);
        await checkUnlinked(tx, partner);
        // Where it is still a partner: of two removals at once, the second finds it ended.
        const { count } = await tx.schoolPartnership.updateMany({ where: { id: before.id, endedAt: null }, data: { endedAt: new Date() } });
        if (!count) throw notPartner(partner, await read(tx, before.id));
        return read(tx, before.id);
      },
      read,
    }),
  }),
}));
