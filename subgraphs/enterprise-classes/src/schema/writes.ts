// What every enterprise-classes mutation shares: its records belong to one school, and only that
// school's COLLEGE_STAFF may write them.
import { authorize, expectVersion, missingReference, type Versioned } from '@partnership/kit';
import type { Context, Tx } from '../registry.ts';


/** A new record's school: the caller's own, and on record. */
export async function checkSchool(tx: Tx, ctx: Context, operation: string, schoolId: number): Promise<void> {
  authorize(ctx.actor, operation, 'ownSchool', schoolId);
  if (!(await tx.school.findUnique({ where: { id: schoolId } }))) throw missingReference('input.schoolId', 'School', schoolId);
}

/** The record to update: it exists, belongs to the caller's school, and is at the version they read. */
export function ownedRecord<Row extends Versioned & { schoolId: number }>(
  ctx: Context,
  operation: string,
  recordType: string,
  row: Row | null,
  input: { id: number; version: number },
): Row {
  return expectVersion(row, recordType, input.id, input.version, (found) =>
    authorize(ctx.actor, operation, 'ownSchool', found.schoolId),
  );
}

export async function checkIndustry(tx: Tx, code: string | null | undefined): Promise<void> {
  if (code != null && !(await tx.industry.findUnique({ where: { code } }))) throw missingReference('input.industryCode', 'Industry', code);
}
