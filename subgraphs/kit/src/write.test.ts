// updateRecord over an in-memory database whose transactions commit or roll back whole, like
// PostgreSQL's: what a caller gets, and what is left in the tables, for changes and non-changes.
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from './auth.ts';
import { updateRecord, type Update } from './write.ts';

interface Studio {
  id: number;
  version: number;
  name: string;
  town: string | null;
  retiredAt: Date | null;
  /** Linked rows, replaced as a whole by a write (delete all, insert the new ones). */
  occupationCodes: string[];
}

interface KeyId {
  actorSubject: string;
  operation: string;
  key: string;
}

interface KeyRow {
  requestHash: string;
  recordType: string | null;
  recordId: string | null;
  createdAt: Date;
}

interface Tables {
  studios: Map<number, Studio>;
  audit: { operation: string; recordId: string; before?: object; after?: object }[];
  keys: Map<string, KeyRow>;
}

const copy = (tables: Tables): Tables => ({
  studios: new Map([...tables.studios].map(([id, s]) => [id, { ...s, occupationCodes: [...s.occupationCodes] }])),
  audit: [...tables.audit],
  keys: new Map([...tables.keys].map(([k, v]) => [k, { ...v }])),
});

/** Each transaction works on a copy of the tables, which replaces them only if it returns. */
function memoryDb(initial: Studio[]) {
  const db = {
    tables: { studios: new Map(initial.map((s) => [s.id, s])), audit: [], keys: new Map() } as Tables,
    transactions: 0,
    async $transaction<R>(work: (tx: ReturnType<typeof txOf>) => Promise<R>): Promise<R> {
      db.transactions += 1;
      const draft = copy(db.tables);
      const result = await work(txOf(draft));
      db.tables = draft;
      return result;
    },
  };
  return db;
}

function txOf(tables: Tables) {
  const keyOf = (id: KeyId) => `${id.actorSubject}/${id.operation}/${id.key}`;
  return {
    tables,
    /** A versioned UPDATE: no row at that version is Prisma's P2025. */
    update(id: number, version: number, changes: Partial<Studio>): Studio {
      const row = tables.studios.get(id);
      if (!row || row.version !== version) throw Object.assign(new Error('No record was found for an update.'), { code: 'P2025' });
      const next = { ...row, ...changes, version: row.version + 1 };
      tables.studios.set(id, next);
      return { ...next, occupationCodes: [...next.occupationCodes].sort() };
    },
    auditEntry: {
      create: async ({ data }: { data: Tables['audit'][number] }) => void tables.audit.push(data),
    },
    idempotencyKey: {
      deleteMany: async () => ({ count: 0 }),
      createMany: async ({ data: [{ actorSubject, operation, key, ...row }] }: { data: (KeyId & KeyRow)[] }) => {
        const id = keyOf({ actorSubject, operation, key });
        if (tables.keys.has(id)) return { count: 0 };
        tables.keys.set(id, row);
        return { count: 1 };
      },
      findUnique: async ({ where }: { where: { actorSubject_operation_key: KeyId } }) => {
        const row = tables.keys.get(keyOf(where.actorSubject_operation_key));
        return row ? { ...where.actorSubject_operation_key, ...row } : null;
      },
      update: async ({ where, data }: { where: { actorSubject_operation_key: KeyId }; data: Partial<KeyRow> }) =>
        Object.assign(tables.keys.get(keyOf(where.actorSubject_operation_key))!, data),
    },
  };
}

type Tx = ReturnType<typeof txOf>;
const ADMIN: Actor = { subject: 'zhang.min', role: 'BUREAU_ADMIN' };
const STUDIO: Studio = { id: 1, version: 3, name: '工作室', town: '河上镇', retiredAt: null, occupationCodes: ['ELECTRICIAN', 'WELDER'] };

/** The studio as its read shapes it for the audit: the linked codes sorted, as a set. */
const read = (tx: Tx, id: number) => {
  const row = tx.tables.studios.get(id);
  return Promise.resolve(row ? { ...row, occupationCodes: [...row.occupationCodes].sort() } : null);
};

let db: ReturnType<typeof memoryDb>;
let writes: number;
beforeEach(() => {
  db = memoryDb([STUDIO]);
  writes = 0;
});

/** updateStudio as a registry declares it: fields left out keep their value. */
function updateStudio(
  input: { id: number; version: number } & Partial<Omit<Studio, 'id' | 'version'>>,
  options: { authorize?: (row: Studio) => void; key?: string } = {},
) {
  const { id, version, ...changes } = input;
  const update: Update<Tx, Studio> = {
    recordType: 'MasterStudio',
    id,
    version,
    read: (tx) => read(tx, id),
    authorize: options.authorize,
    write: async (tx) => {
      writes += 1;
      // Links are replaced whole, as the registries do: a no-op must roll this back too.
      if (changes.occupationCodes) tx.tables.studios.get(id)!.occupationCodes = [];
      return tx.update(id, version, changes);
    },
    ...(options.key !== undefined && { idempotency: { key: options.key, input } }),
  };
  return updateRecord({ db, actor: ADMIN }, 'updateMasterStudio', update);
}

const stored = () => db.tables.studios.get(1)!;

describe('an update that changes something', () => {
  it('bumps the version and writes one audit row with the record before and after', async () => {
    const answer = await updateStudio({ id: 1, version: 3, town: '瓜沥镇' });
    expect(answer).toMatchObject({ version: 4, town: '瓜沥镇' });
    expect(stored()).toMatchObject({ version: 4, town: '瓜沥镇' });
    expect(db.tables.audit).toEqual([
      expect.objectContaining({ operation: 'updateMasterStudio', recordId: '1', before: expect.objectContaining({ version: 3, town: '河上镇' }), after: expect.objectContaining({ version: 4, town: '瓜沥镇' }) }),
    ]);
  });
});

describe('an update that changes nothing', () => {
  it('writes nothing and answers the record as it is, at the version the caller sent', async () => {
    for (const same of [{}, { town: '河上镇' }, { name: '工作室', town: '河上镇', retiredAt: null }]) {
      const answer = await updateStudio({ id: 1, version: 3, ...same });
      expect(answer).toEqual(STUDIO);
    }
    expect(writes).toBe(3); // the writes ran, and were rolled back
    expect(db.tables.studios.get(1)).toBe(STUDIO);
    expect(db.tables.audit).toEqual([]);
  });

  it('rolls back what the write did on the way, such as links replaced by the same ones in another order', async () => {
    const answer = await updateStudio({ id: 1, version: 3, occupationCodes: ['WELDER', 'ELECTRICIAN'] });
    expect(answer).toEqual(STUDIO);
    expect(stored()).toEqual(STUDIO);
    expect(db.tables.audit).toEqual([]);
  });

  it('leaves the version for a real change that follows, at the version the caller read', async () => {
    await updateStudio({ id: 1, version: 3, town: '河上镇' });
    const changed = await updateStudio({ id: 1, version: 3, town: '瓜沥镇' });
    expect(changed).toMatchObject({ version: 4, town: '瓜沥镇' });
    expect(db.tables.audit).toHaveLength(1);
  });

  it('is still a CONFLICT when sent with a stale version, and NOT_FOUND for a record that is not there', async () => {
    await updateStudio({ id: 1, version: 3, town: '瓜沥镇' });
    const stale = updateStudio({ id: 1, version: 3, town: '瓜沥镇' });
    await expect(stale).rejects.toThrow(GraphQLError);
    await expect(stale).rejects.toMatchObject({ extensions: { code: 'CONFLICT', field: 'input.version', currentVersion: 4 } });
    await expect(updateStudio({ id: 9, version: 1 })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'input.id' } });
    expect(db.tables.audit).toHaveLength(1);
  });

  it('is still refused when the caller may not change the record', async () => {
    const refuse = () => {
      throw new GraphQLError('updateMasterStudio needs role BUREAU_ADMIN.', { extensions: { code: 'FORBIDDEN' } });
    };
    await expect(updateStudio({ id: 1, version: 3 }, { authorize: refuse })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(writes).toBe(0);
  });

  it('passes on an error of the write itself', async () => {
    const update: Update<Tx, Studio> = {
      recordType: 'MasterStudio',
      id: 1,
      version: 3,
      read: (tx) => read(tx, 1),
      write: async () => {
        throw new Error('disk full');
      },
    };
    await expect(updateRecord({ db, actor: ADMIN }, 'updateMasterStudio', update)).rejects.toThrow('disk full');
  });
});

describe('an idempotent update (one that appends history)', () => {
  it('replays a retry with its key: the record as it is now, no second write, no second audit row', async () => {
    const first = await updateStudio({ id: 1, version: 3, town: '瓜沥镇' }, { key: 'level-change-0001' });
    const retry = await updateStudio({ id: 1, version: 3, town: '瓜沥镇' }, { key: 'level-change-0001' });
    expect(retry).toEqual(first);
    expect(writes).toBe(1);
    expect(db.tables.audit).toHaveLength(1);
    expect([...db.tables.keys.values()]).toEqual([expect.objectContaining({ recordType: 'MasterStudio', recordId: '1' })]);
  });

  it('keeps no key for a change that changed nothing: the key stays free, nothing was written', async () => {
    expect(await updateStudio({ id: 1, version: 3, town: '河上镇' }, { key: 'no-change-0001' })).toEqual(STUDIO);
    expect(db.tables.keys.size).toBe(0);
    expect(db.tables.audit).toEqual([]);
    const changed = await updateStudio({ id: 1, version: 3, town: '瓜沥镇' }, { key: 'no-change-0001' });
    expect(changed).toMatchObject({ version: 4, town: '瓜沥镇' });
  });
});
