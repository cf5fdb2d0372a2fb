// A connection's totalCount without its own count statement when the page already holds every
// match: a first page (no cursor, forward) that comes back shorter than asked. On the article's
// data most filtered pages are such pages; on large data the count statement stays.

/** The cursor part of the Prisma query a Pothos connection passes its resolver. */
export interface PageQuery {
  take?: number;
  skip?: number;
  cursor?: unknown;
}

// Keyed by the field's arguments object, which Pothos hands both the page and its totalCount.
const totals = new WeakMap<object, number>();

/** The page's rows; when they are every match, their number is remembered as the total. */
export async function completePage<Row>(args: object, query: PageQuery, rows: Promise<Row[]>): Promise<Row[]> {
  const page = await rows;
  const forward = query.take !== undefined && query.take > 0;
  if (forward && query.cursor === undefined && !query.skip && page.length < query.take!) totals.set(args, page.length);
  return page;
}

/** The total completePage saw for these arguments, or else `count()`. */
export function pageTotal(args: object, count: () => Promise<number>): number | Promise<number> {
  return totals.get(args) ?? count();
}
