// What every enterprise-classes mutation shares: its records belong to one school, and only that
// school's COLLEGE_STAFF may write them.
import { authorize, missingReference } from '@partnership/kit';
import type { Context, Tx } from '../registry.ts';

export const VERSION_DESCRIPTION = 'Send it back with an update; it grows by one with every change.';

/** A new record's school: the caller's own, and on record. */
export async function checkSchool(tx: Tx, ctx: Context, operation: string, schoolId: number): Promise<void> {
  authorize(ctx.actor, operation, 'ownSchool', schoolId);
  if (!(await tx.school.findUnique({ where: { id: schoolId } }))) throw missingReference('input.schoolId', 'School', schoolId);
}

/** An update's check: only staff of the record's school may change it. */
export const ownSchool = (ctx: Context, operation: string) => <Row extends { schoolId: number }>(row: Row) =>
  authorize(ctx.actor, operation, 'ownSchool', row.schoolId);

export async function checkIndustry(tx: Tx, code: string | null | undefined): Promise<void> {
  if (code != null && !(await tx.industry.findUnique({ where: { code } }))) throw missingReference('input.industryCode', 'Industry', code);
}
