// Every write of every registry goes one way: an update reads its record, authorises the caller
// on it, checks the version they read, writes (bumping the version) and audits, all in one
// transaction, which rolls back when the write left the record as it was (nothing to audit); a
// create (or a change to the record its input names by its links) authorises, writes and audits
// under the client's idempotency key.
import type { Actor } from './auth.ts';
import { auditedWrite, type TransactionRunner } from './audit.ts';
import type { Idempotency, WithIdempotencyTable } from './idempotency.ts';
import { sameRecord } from './same-record.ts';
import { expectVersion, versionedUpdate, type Versioned } from './versioning.ts';

type WriteTx = WithIdempotencyTable & { auditEntry: { create(args: never): PromiseLike<unknown> } };

/** What a write needs of the request: the database and the caller. */
export interface Writer<Tx> {
  db: TransactionRunner<Tx>;
  actor: Actor;
}

export interface Update<Tx, Row extends Versioned> {
  recordType: string;
  id: number;
  version: number;
  /** The record as the audit trail shows it, or null when there is none. */
  read: (tx: Tx) => PromiseLike<Row | null>;
  /** Throws when the caller may not change this record. */
  authorize?: (row: Row) => void;
  /** Checks the change against the record, then writes it where id and version still match. */
  write: (tx: Tx, before: NoInfer<Row>) => PromiseLike<NoInfer<Row>>;
  /** For an action a client may retry (it appends history): its key. */
  idempotency?: Omit<Idempotency<Tx, Row>, 'replay'>;
}

/**
 * Thrown inside the transaction when an update changed nothing, so that it rolls back (no version
 * bump, no audit row, no idempotency key, nothing a `write` touched on the way); carries the record.
 */
class Unchanged<Row> {
  readonly record: Row;
  constructor(record: Row) {
    this.record = record;
  }
}

/**
 * read → authorise → check version → write → audit, in one transaction. An update whose write
 * leaves every audited field as it was (sameRecord) writes nothing: the transaction rolls back and
 * the answer is the record as it is, at the version the caller sent. A stale version is still a
 * CONFLICT, and NOT_FOUND and refusals are still thrown, before anything is compared.
 */
export async function updateRecord<Tx extends WriteTx, Row extends Versioned>(writer: Writer<Tx>, operation: string, update: Update<Tx, Row>): Promise<Row> {
  const { recordType, id, version } = update;
  const idempotency = update.idempotency && { ...update.idempotency, replay: async (tx: Tx) => update.read(tx) };
  try {
    return await auditedWrite(writer.db, writer.actor, operation, async (tx) => {
      const before = expectVersion(await update.read(tx), recordType, id, version, update.authorize);
      const after = await versionedUpdate(recordType, id, version, async () => update.write(tx, before));
      if (sameRecord(before, after)) throw new Unchanged(before);
      return { recordType, recordId: id, before, after };
    }, idempotency);
  } catch (error) {
    if (error instanceof Unchanged) return error.record as Row;
    throw error;
  }
}

export interface Create<Tx, Row extends { id: number }> {
  recordType: string;
  /** The client's idempotency key and the parsed input it stands for. */
  key: string | null | undefined;
  input: unknown;
  /** Throws when the caller may not create it, or a reference does not hold. */
  authorize?(tx: Tx): Promise<void> | void;
  /**
   * For a write the input names by what it links rather than by id (a school's partnership with
   * an enterprise): the record as it is, or null when there is none. The audit row's before.
   */
  find?(tx: Tx): PromiseLike<Row | null>;
  write: (tx: Tx, before: Row | null) => PromiseLike<Row>;
  /** The record a retry answers with. */
  read: (tx: Tx, id: number) => PromiseLike<Row | null>;
}

/** authorise → (find) → write → audit, once per idempotency key, in one transaction. */
export function createRecord<Tx extends WriteTx, Row extends { id: number }>(writer: Writer<Tx>, operation: string, create: Create<Tx, Row>): Promise<Row> {
  return auditedWrite(writer.db, writer.actor, operation, async (tx) => {
    await create.authorize?.(tx);
    const before = (await create.find?.(tx)) ?? null;
    const after = await create.write(tx, before);
    return { recordType: create.recordType, recordId: after.id, before, after };
  }, { key: create.key, input: create.input, replay: async (tx, id) => create.read(tx, id) });
}
