// A connection's page, read past its cursor by id, and its totalCount without a count statement of
// its own when the page already holds every match: a first page (no cursor, forward) that comes
// back shorter than asked. On the article's data most filtered pages are such pages; on large
// data the count statement stays.
import { keysetPage, type KeysetQuery } from './keyset.ts';

/** The cursor part of the Prisma query a Pothos connection passes its resolver. */
export interface PageQuery {
  take?: number;
  skip?: number;
  cursor?: unknown;
}

// Keyed by the field's arguments object, which Pothos hands both the page and its totalCount.
const totals = new WeakMap<object, number>();

/**
 * Reads the page the connection asks for, past its cursor by id (keyset.ts), with `read` (the
 * model's findMany and its order); when the rows are every match, their number is the total.
 */
export async function completePage<Query extends PageQuery, Where extends object, Row>(
  args: object,
  query: Query,
  where: Where,
  read: (page: KeysetQuery<Query, Where>) => Promise<Row[]>,
): Promise<Row[]> {
  const page = await read(keysetPage(query, where));
  const forward = query.take !== undefined && query.take > 0;
  if (forward && query.cursor === undefined && !query.skip && page.length < query.take!) totals.set(args, page.length);
  return page;
}

/** The total completePage saw for these arguments, or else `count()`. */
export function pageTotal(args: object, count: () => Promise<number>): number | Promise<number> {
  return totals.get(args) ?? count();
}
