// A write's mutation field declared once: its `input` argument (and a create's idempotency key),
// and a resolver that parses the input, then runs createRecord or updateRecord with what the
// registry says of the write. The operation is the field's name; the record type, its type's.
import type { ObjectRef, SchemaTypes } from '@pothos/core';
import type { AuthScopes } from './auth.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from './idempotency.ts';
import type { TransactionOf } from './registry.ts';
import type { WriteInput } from './write-input.ts';
import { createRecord, updateRecord, type Create, type Update, type Writer } from './write.ts';

type TxOf<Types extends SchemaTypes> = Types['Context'] extends { db: infer Db } ? TransactionOf<Db> : never;

/**
 * What the registry says of a write, given the parsed input, the request and the operation's name.
 * It may first check what needs no transaction (references into other registries, the caller's
 * claims), which a retry of a create then checks again before its record is replayed.
 */
type Spec<Types extends SchemaTypes, Parsed, Write> = (input: Parsed, ctx: Types['Context'], operation: string) => Write | Promise<Write>;

interface WriteMutation<Types extends SchemaTypes, Row, Parsed> {
  type: ObjectRef<Types, Row>;
  description: string;
  /** Who may call it at all; the write's own `authorize` narrows it to a record. */
  authScopes: Partial<AuthScopes>;
  input: WriteInput<Types, Parsed>;
}

export interface CreateMutation<Types extends SchemaTypes, Row extends { id: number }, Parsed> extends WriteMutation<Types, Row, Parsed> {
  create: Spec<Types, Parsed, Omit<Create<TxOf<Types>, Row>, 'recordType' | 'key' | 'input'>>;
}

export interface UpdateMutation<Types extends SchemaTypes, Row extends { id: number; version: number }, Parsed extends { id: number; version: number }>
  extends WriteMutation<Types, Row, Parsed> {
  /** An update that appends history, so a client may retry it: it takes an idempotency key. */
  idempotent?: boolean;
  update: Spec<Types, Parsed, Omit<Update<TxOf<Types>, Row>, 'recordType' | 'id' | 'version' | 'idempotency'>>;
}

type MutationFieldBuilder<Types extends SchemaTypes> = PothosSchemaTypes.MutationFieldBuilder<Types, Types['Root']>;

/** The field: its `input` (and a create's `idempotencyKey`), parsed before `run` sees it. */
function writeField<Types extends SchemaTypes, Row, Parsed>(
  t: MutationFieldBuilder<Types>,
  mutation: WriteMutation<Types, Row, Parsed>,
  idempotent: boolean,
  run: (input: Parsed, ctx: Types['Context'], operation: string, key: string | null | undefined) => Promise<Row>,
) {
  return t.field({
    type: mutation.type,
    description: mutation.description,
    authScopes: mutation.authScopes,
    args: {
      input: t.arg({ type: mutation.input.ref, required: true, description: 'What to write.' }),
      ...(idempotent && { idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) }),
    },
    resolve: (_root: unknown, args: { input: unknown; idempotencyKey?: string | null }, ctx: Types['Context'], info: { fieldName: string }) =>
      run(mutation.input.parse(args.input), ctx, info.fieldName, args.idempotencyKey),
  } as never);
}

/** A mutation that creates one record, or changes the one its input names by its links (`find`), once per idempotency key. */
export function createMutation<Types extends SchemaTypes, Row extends { id: number }, Parsed>(
  t: MutationFieldBuilder<Types>,
  mutation: CreateMutation<Types, Row, Parsed>,
) {
  return writeField(t, mutation, true, async (input, ctx, operation, key) => {
    const create = { ...(await mutation.create(input, ctx, operation)), recordType: mutation.type.name, key, input };
    return createRecord(ctx as Writer<never>, operation, create as unknown as Create<never, Row>);
  });
}

/** A mutation that changes one record at the version the caller read. */
export function updateMutation<Types extends SchemaTypes, Row extends { id: number; version: number }, Parsed extends { id: number; version: number }>(
  t: MutationFieldBuilder<Types>,
  mutation: UpdateMutation<Types, Row, Parsed>,
) {
  const idempotent = mutation.idempotent ?? false;
  return writeField(t, mutation, idempotent, async (input, ctx, operation, key) => {
    const update = {
      ...(await mutation.update(input, ctx, operation)),
      recordType: mutation.type.name,
      id: input.id,
      version: input.version,
      ...(idempotent && { idempotency: { key, input } }),
    };
    return updateRecord(ctx as Writer<never>, operation, update as unknown as Update<never, Row>);
  });
}
