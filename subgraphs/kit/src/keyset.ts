// A connection's page after (or before) a cursor, read as a bound on the id. Prisma reads a cursor
// as `id >= cursor … OFFSET 1`, which assumes the cursor's row still matches the filter: when it no
// longer does (a studio promoted out of the level being paged), OFFSET 1 skips a row that does.

/** The cursor part of the Prisma query a Pothos connection passes its resolver. */
export interface PageQuery {
  take?: number;
  skip?: number;
  cursor?: unknown;
}

type IdBound = { id: { gt: number } | { lt: number } };

/** A page's Prisma query: the connection's own, its cursor turned into part of `where`. */
export type KeysetQuery<Query, Where> = Omit<Query, 'cursor' | 'skip'> & { where: Where };

/** The Prisma query of a page: `where` and, past a cursor, `id > cursor` (forwards) or `id < cursor` (backwards). */
export function keysetPage<Query extends PageQuery, Where extends object>(query: Query, where: Where): KeysetQuery<Query, Where> {
  const { cursor, skip, ...rest } = query;
  // Pothos skips 1 past a cursor, and none without one.
  if (cursor === undefined) return { ...rest, where } as KeysetQuery<Query, Where>;
  const { id } = cursor as { id: number };
  const bound: IdBound = { id: (query.take ?? 0) < 0 ? { lt: id } : { gt: id } };
  // AND is part of every model's where input, so the bounded filter is still a Where.
  return { ...rest, where: { AND: [where, bound] } as unknown as Where };
}

/** Reads the page a connection asks for with `read` (the model's findMany and its order), past its cursor by id. */
export function readPage<Query extends PageQuery, Where extends object, Row>(
  query: Query,
  where: Where,
  read: (page: KeysetQuery<Query, Where>) => Promise<Row[]>,
): Promise<Row[]> {
  return read(keysetPage(query, where));
}
