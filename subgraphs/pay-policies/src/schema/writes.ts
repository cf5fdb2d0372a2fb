// What every pay-policies mutation shares.
import { authorize, missingReference } from '@partnership/kit';
import type { Context, Tx } from '../registry.ts';


export const VERSION_DESCRIPTION = 'Send it back with an update; it grows by one with every change.';

/** The enterprise must be on record. */
export async function checkEnterprise(tx: Tx, enterpriseId: number | null | undefined, path = 'input.enterpriseId'): Promise<void> {
  if (enterpriseId != null && !(await tx.enterprise.findUnique({ where: { id: enterpriseId } }))) {
    throw missingReference(path, 'Enterprise', enterpriseId);
  }
}

/** A check for expectVersion: only HR of the record's enterprise may change it. */
export const ownEnterprise = (ctx: Context, operation: string) => <Row extends { enterpriseId: number }>(row: Row) =>
  authorize(ctx.actor, operation, 'ownEnterprise', row.enterpriseId);
