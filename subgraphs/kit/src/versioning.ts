// Optimistic concurrency: an update names the version it read; the row changes only if it is
// still at that version (UPDATE ... WHERE id = $1 AND version = $2), and every change bumps it.
import { GraphQLError } from 'graphql';

export interface Versioned {
  id: number;
  version: number;
}

export function notFound(recordType: string, id: number, field = 'input.id'): GraphQLError {
  return new GraphQLError(`No ${recordType} with id ${id}.`, { extensions: { code: 'NOT_FOUND', field } });
}

export function conflict(recordType: string, id: number, sent: number, current: number | null): GraphQLError {
  const now = current == null ? 'has changed' : `is at version ${current}`;
  return new GraphQLError(
    `${recordType} ${id} ${now}, not version ${sent}: someone changed it after you read it. Read it again and retry; nothing was written.`,
    { extensions: { code: 'CONFLICT', field: 'input.version', currentVersion: current } },
  );
}

/**
 * The row a caller wants to update: NOT_FOUND when missing, then `authorize` (may the caller
 * touch this record?), then CONFLICT when their version is stale.
 */
export function expectVersion<Row extends Versioned>(
  row: Row | null,
  recordType: string,
  id: number,
  version: number,
  authorize?: (row: Row) => void,
): Row {
  if (!row) throw notFound(recordType, id);
  authorize?.(row);
  if (row.version !== version) throw conflict(recordType, id, version, row.version);
  return row;
}

/** Prisma data that bumps the version; spread into every update. */
export const nextVersion = { version: { increment: 1 } } as const;

/**
 * Runs `update` (a Prisma update whose where names the id and the version). When no row matched
 * (Prisma P2025) another writer committed first: CONFLICT, and the transaction rolls back.
 */
export async function versionedUpdate<Row>(recordType: string, id: number, version: number, update: () => Promise<Row>): Promise<Row> {
  try {
    return await update();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'P2025') throw conflict(recordType, id, version, null);
    throw error;
  }
}
