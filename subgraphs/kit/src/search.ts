// The one ranking every registry's search uses: exact name before prefix before contains, the
// article's records before generated ones, then by name. Each registry writes its own SQL (its
// tables and joins differ) from these fragments, so the ranking cannot drift between them.
import { containsText } from './input-text.ts';
import { userError } from './errors.ts';

/** Most hits a search returns per kind; the box shows the best few of each. */
export const MAX_SEARCH_HITS = 50;

/**
 * The parameters of a search statement: $1 the text as typed (for the exact match), $2 a prefix
 * and $3 a contains pattern for ILIKE, in which %, _ and \ stand for themselves.
 */
export function searchParameters(text: string, path = 'text'): [string, string, string] {
  const trimmed = text.trim();
  if (trimmed.length < 1 || trimmed.length > 100) {
    throw userError(`${path} must be 1 to 100 characters after trimming.`, path, 'length', { minLength: 1, maxLength: 100 });
  }
  const escaped = containsText(trimmed).contains;
  return [trimmed, `${escaped}%`, `%${escaped}%`];
}

/** Checks a hit limit: 1 to MAX_SEARCH_HITS. */
export function searchLimit(first: number | null | undefined, path = 'first'): number {
  const limit = first ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_HITS) {
    throw userError(`${path} must be between 1 and ${MAX_SEARCH_HITS}.`, path, 'range', { min: 1, max: MAX_SEARCH_HITS });
  }
  return limit;
}

/** SQL true when any of the (trusted, quoted) columns contains $3; a trigram index per column serves it. */
export const matchesSql = (columns: readonly string[]) => columns.map((c) => `${c} ILIKE $3`).join(' OR ');

/** SQL for the best rank among the columns: 0 exact, 1 prefix, 2 contains, 3 no match. */
export const rankSql = (columns: readonly string[]) =>
  `LEAST(${columns
    .map((c) => `CASE WHEN lower(${c}) = lower($1) THEN 0 WHEN ${c} ILIKE $2 THEN 1 WHEN ${c} ILIKE $3 THEN 2 ELSE 3 END`)
    .join(', ')})`;

interface RawClient {
  $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T>;
}

/**
 * Runs a search and loads its hits in rank order. `hits` is SQL selecting `id`, `rank` (from
 * rankSql), `provenance` and `name` of the matching rows, with $1-$3 from searchParameters;
 * `load` reads the rows by id (one statement), so every field of the type resolves as usual.
 */
export async function rankedSearch<Id, Row>(
  db: RawClient,
  hits: string,
  text: string,
  first: number | null | undefined,
  load: (ids: Id[]) => Promise<Row[]>,
  idOf: (row: Row) => Id,
): Promise<Row[]> {
  const sql = `SELECT id FROM (${hits}) hits
    ORDER BY rank, CASE WHEN provenance = 'ARTICLE' THEN 0 ELSE 1 END, name, id LIMIT $4`;
  const ids = (await db.$queryRawUnsafe<{ id: Id }[]>(sql, ...searchParameters(text), searchLimit(first))).map((r) => r.id);
  if (ids.length === 0) return [];
  const byId = new Map((await load(ids)).map((row) => [idOf(row), row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
