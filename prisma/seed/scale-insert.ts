import { syncIdSequences } from '@partnership/kit';
import type pg from 'pg';

/** A column's PostgreSQL type; enums by name, e.g. '"StudioLevel"'. */
export type ColumnType = 'int' | 'text' | 'boolean' | 'date' | 'numeric' | 'text[]' | `"${string}"`;

export interface TableRows {
  table: string;
  columns: Record<string, ColumnType>;
  rows: Iterable<unknown[]>;
}

const CHUNK = 10_000;

// One statement per chunk: each column travels as one array parameter and unnest() turns them
// back into rows, so 10,000 rows cost one round trip and one parse instead of 10,000.
function insertSql({ table, columns }: Pick<TableRows, 'table' | 'columns'>): string {
  const entries = Object.entries(columns);
  const names = entries.map(([name]) => `"${name}"`).join(', ');
  // unnest() cannot yield array-typed values from a 2-D array: those travel as array literals.
  const params = entries.map(([, type], i) => `$${i + 1}::${type === 'text[]' ? 'text' : type}[]`).join(', ');
  const aliases = entries.map((_, i) => `c${i}`);
  const select = entries.map(([, type], i) => (type === 'text[]' ? `c${i}::text[]` : `c${i}`)).join(', ');
  return `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS t(${aliases.join(', ')})`;
}

const arrayLiteral = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** Inserts every row of `rows` in chunks of 10,000; returns how many. Runs in the caller's transaction. */
export async function insertRows(client: pg.ClientBase, load: TableRows): Promise<number> {
  const sql = insertSql(load);
  const types = Object.values(load.columns);
  let buffer: unknown[][] = types.map(() => []);
  let pending = 0;
  let total = 0;
  const flush = async () => {
    if (pending === 0) return;
    await client.query(sql, buffer);
    total += pending;
    buffer = types.map(() => []);
    pending = 0;
  };
  for (const row of load.rows) {
    row.forEach((value, i) => buffer[i].push(types[i] === 'text[]' ? arrayLiteral(value as string[]) : value));
    if (++pending === CHUNK) await flush();
  }
  await flush();
  return total;
}

/** Moves each table's id sequence past the ids written here, with the kit's helper the article seeds use. */
export function syncSequences(client: pg.ClientBase, tables: string[]): Promise<void> {
  return syncIdSequences({ $executeRawUnsafe: async (sql) => (await client.query(sql)).rowCount ?? 0 }, tables);
}

/**
 * Whether `table` holds the article's rows only ('todo') or those plus this scale's ('done').
 * Anything else (another scale, `extra` rows, hand edits) would break the shared ids: refuse.
 */
export async function scaleState(
  client: pg.ClientBase,
  table: string,
  counts: { article: number; scale: number },
): Promise<'todo' | 'done'> {
  const { rows } = await client.query<{ rows: number; last: number | null }>(
    `SELECT COUNT(*)::int AS rows, MAX(id) AS last FROM "${table}"`,
  );
  const { rows: found, last } = rows[0];
  if (found === counts.article && (last ?? 0) === counts.article) return 'todo';
  if (found === counts.article + counts.scale) return 'done';
  throw new Error(
    `"${table}" holds ${found} rows; seed:scale expects the article's ${counts.article} (as seeded, without extra rows) ` +
      `or those plus this scale's ${counts.scale}. Seed it into fresh databases.`,
  );
}

/** The rows `make(n)` returns for n = 0 .. count-1 (none, one or several each), made as they are inserted. */
export function* perIndex(count: number, make: (n: number) => unknown[][]): Generator<unknown[]> {
  for (let n = 0; n < count; n++) yield* make(n);
}
