// Idempotent creates: a client that got no answer (a timeout, a subgraph that died mid-request)
// retries with the key it sent, and gets the record the first request created instead of a second
// one. The key row is written in the write's own transaction, so a crash leaves both or neither,
// and its primary key (caller, mutation, key) lets only one of two concurrent retries create.
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Actor } from './auth.ts';

/** How long a key is remembered; after that, the same key creates a new record. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;
const RETENTION_MS = IDEMPOTENCY_RETENTION_HOURS * 3_600_000;

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

/** The `idempotencyKey` argument's description, the same on every create. */
export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Optional: a key of your choosing for this request (8 to 128 letters, digits, "-", "_", "." or ":"; a UUID will do). ' +
  `Retrying with the same key and the same input within ${IDEMPOTENCY_RETENTION_HOURS} hours returns the record the first request wrote ` +
  '(as it is now) and writes nothing again; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED). Keys are your own and per mutation.';

/** A keyed write: what auditedWrite needs to recognise and answer a retry. */
export interface Idempotency<Tx, Row> {
  /** The client's key; null or undefined: the write is not idempotent. */
  key: string | null | undefined;
  /** The parsed input: a retry must send the same. */
  input: unknown;
  /** Reads the record the first request created: the retry's answer. */
  replay: (tx: Tx, recordId: number) => Promise<Row | null>;
}

/** A row of the IdempotencyKey table each subgraph has. */
interface KeyRow {
  actorSubject: string;
  operation: string;
  key: string;
  requestHash: string;
  recordType: string | null;
  recordId: string | null;
  createdAt: Date;
}

type KeyId = Pick<KeyRow, 'actorSubject' | 'operation' | 'key'>;

interface KeyTable {
  deleteMany(args: { where: { createdAt: { lt: Date } } }): PromiseLike<unknown>;
  createMany(args: { data: KeyRow[]; skipDuplicates: true }): PromiseLike<{ count: number }>;
  findUnique(args: { where: { actorSubject_operation_key: KeyId } }): PromiseLike<KeyRow | null>;
  update(args: { where: { actorSubject_operation_key: KeyId }; data: Pick<KeyRow, 'recordType' | 'recordId'> }): PromiseLike<unknown>;
}

/** Any subgraph's transaction client: Prisma's generated delegates are too generic to match KeyTable. */
export type WithIdempotencyTable = { idempotencyKey: { createMany(args: never): PromiseLike<unknown> } };

/** The key as sent, or BAD_USER_INPUT naming the rule; undefined when there is none. */
export function checkIdempotencyKey(key: string | null | undefined): string | undefined {
  if (key == null) return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new GraphQLError(
      'idempotencyKey must be 8 to 128 characters, each a letter A-Z or a-z, a digit, "-", "_", "." or ":" (a UUID will do).',
      { extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey', rule: 'idempotencyKey' } },
    );
  }
  return key;
}

/** JSON with sorted keys and no null or undefined members: one text per meaning of the input. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, member]) => member != null);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, member]) => [name, canonical(member)]));
  }
  return value;
}

export const requestHash = (input: unknown): string =>
  createHash('sha256').update(JSON.stringify(canonical(input ?? {}))).digest('hex');

function keyReused(operation: string, row: KeyRow): GraphQLError {
  return new GraphQLError(
    `idempotencyKey "${row.key}" was used for another ${operation} input at ${row.createdAt.toISOString()}; nothing was written. ` +
      'Send a new key for a new request, or the first input again to get its result.',
    { extensions: { code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey', idempotencyKey: row.key } },
  );
}

/** A claimed key: the write goes ahead, and `done` records what it created. */
export interface KeyClaim {
  done(recordType: string, recordId: number | string): Promise<void>;
}

/**
 * Inside the write's transaction: forgets expired keys, then claims this one. The first request
 * with a key gets a claim; a retry gets `replay` of what the first created (PostgreSQL makes a
 * concurrent retry wait until the first commits or rolls back); another input is refused.
 */
export async function claimKey<Tx extends WithIdempotencyTable, Row>(
  tx: Tx,
  actor: Actor,
  operation: string,
  idempotency: Idempotency<Tx, Row> & { key: string },
): Promise<{ claim: KeyClaim } | { replay: Row }> {
  const table = tx.idempotencyKey as unknown as KeyTable;
  const now = new Date();
  await table.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - RETENTION_MS) } } });
  const id: KeyId = { actorSubject: actor.subject, operation, key: idempotency.key };
  const hash = requestHash(idempotency.input);
  const { count } = await table.createMany({
    data: [{ ...id, requestHash: hash, recordType: null, recordId: null, createdAt: now }],
    skipDuplicates: true,
  });
  if (count === 1) {
    return {
      claim: {
        done: async (recordType, recordId) => {
          await table.update({ where: { actorSubject_operation_key: id }, data: { recordType, recordId: String(recordId) } });
        },
      },
    };
  }
  const first = await table.findUnique({ where: { actorSubject_operation_key: id } });
  // A claim commits only together with its record id; a row without one cannot be seen here.
  if (!first?.recordId) throw new Error(`idempotency key ${operation}/${idempotency.key} is claimed but has no record`);
  if (first.requestHash !== hash) throw keyReused(operation, first);
  const row = await idempotency.replay(tx, Number(first.recordId));
  if (!row) throw new Error(`${first.recordType} ${first.recordId}, created under idempotency key ${idempotency.key}, is gone`);
  return { replay: row };
}
