// Every change and its audit row commit in one transaction, or neither does.
import { GraphQLError } from 'graphql';
import type { Actor } from './auth.ts';
import { checkIdempotencyKey, claimKey, type Idempotency, type WithIdempotencyTable } from './idempotency.ts';

/** A row of the append-only AuditEntry table each subgraph has. */
export interface AuditEntryRow {
  id: number;
  at: Date;
  actorSubject: string;
  actorName: string | null;
  actorRole: string;
  operation: string;
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

type JsonObject = { [key: string]: unknown };

interface AuditWriter {
  create(args: {
    data: Omit<AuditEntryRow, 'id' | 'at' | 'before' | 'after'> & { before?: JsonObject; after?: JsonObject };
  }): PromiseLike<unknown>;
}

/** Any subgraph's transaction client: Prisma's generated create() is too generic to match AuditWriter. */
type WithAuditTable = { auditEntry: { create(args: never): PromiseLike<unknown> } };

/** What a mutation changed: the record before (null when it is new) and after. */
export interface Change<Row> {
  recordType: string;
  recordId: number | string;
  before: object | null;
  after: Row;
}

export interface TransactionRunner<Tx> {
  $transaction<R>(work: (tx: Tx) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R>;
}

// A burst of writers queues for a pool connection (PostgreSQL) or the single PGlite session:
// Prisma's 2 s default wait would turn a busy moment into errors.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

/** Rows as JSON: Decimal and Date become the strings their toJSON gives. */
const asJson = (row: object | null): JsonObject | undefined => (row ? JSON.parse(JSON.stringify(row)) : undefined);

/**
 * Appends one audit row for `change`, in the caller's transaction. auditedWrite appends the
 * write's own; a write that also changes another record on the way appends that one with this.
 */
export async function appendAuditEntry(tx: WithAuditTable, actor: Actor, operation: string, change: Change<object>): Promise<void> {
  await (tx.auditEntry as AuditWriter).create({
    data: {
      actorSubject: actor.subject,
      actorName: actor.name ?? null,
      actorRole: actor.role,
      operation,
      recordType: change.recordType,
      recordId: String(change.recordId),
      before: asJson(change.before),
      after: asJson(change.after),
    },
  });
}

/**
 * Runs `work` in a transaction and appends its audit row (who, when, what, before/after) in the
 * same transaction. A unique-constraint violation becomes BAD_USER_INPUT naming the field.
 * With `idempotency` and a key, a retry of a committed write returns its record instead of
 * running `work` again, and writes no audit row (see idempotency.ts).
 */
export async function auditedWrite<Tx extends WithAuditTable & WithIdempotencyTable, Row extends object>(
  db: TransactionRunner<Tx>,
  actor: Actor,
  operation: string,
  work: (tx: Tx) => Promise<Change<Row>>,
  idempotency?: Idempotency<Tx, Row>,
): Promise<Row> {
  const key = checkIdempotencyKey(idempotency?.key);
  try {
    return await db.$transaction(async (tx) => {
      const keyed = key === undefined ? undefined : await claimKey(tx, actor, operation, { ...idempotency!, key });
      if (keyed && 'replay' in keyed) return keyed.replay;
      const change = await work(tx);
      await appendAuditEntry(tx, actor, operation, change);
      await keyed?.claim.done(change.recordType, change.recordId);
      return change.after;
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
}

/** Prisma's P2002 names the columns of the unique constraint an insert or update broke. */
function uniqueViolation(error: unknown): GraphQLError | undefined {
  const { code, meta } = error as { code?: unknown; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } } } };
  if (code !== 'P2002') return undefined;
  const fields = meta?.target ?? meta?.driverAdapterError?.cause?.constraint?.fields;
  const column = Array.isArray(fields) ? fields.join(', ') : 'a unique field';
  return new GraphQLError(`input.${column} is already used by another record; it must be unique.`, {
    extensions: { code: 'BAD_USER_INPUT', field: `input.${column}`, rule: 'unique' },
  });
}
