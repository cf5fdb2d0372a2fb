import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { cursorError, cursorKind, type CursorKind } from './cursors.ts';
import { MAX_PAGE_SIZE } from './paging.ts';
import { ruleError } from './validation.ts';

/** A connection's page arguments, as GraphQL coerced them. */
export interface PageArguments {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const READ_ONE_WAY = 'read forwards with first and after, or backwards with last and before';

/** Pairs of page arguments no connection takes together, reported on the second. */
const COMBINATIONS = [
  ['first', 'last', 'send first to read from the start or last to read from the end'],
  ['after', 'before', READ_ONE_WAY],
  ['first', 'before', READ_ONE_WAY],
  ['last', 'after', READ_ONE_WAY],
] as const;

/**
 * Refuses page arguments a connection cannot serve as asked, before it reads any row: Pothos would
 * answer in its own words ('Argument "first" must be a non-negative integer') with no field or rule,
 * and serve a page smaller than `first` asked for without saying so.
 */
export function checkPageArguments(args: PageArguments, kind: CursorKind): void {
  for (const [name, onward] of [['first', 'after: pageInfo.endCursor'], ['last', 'before: pageInfo.startCursor']] as const) {
    const size = args[name];
    if (size != null && (size < 0 || size > MAX_PAGE_SIZE)) {
      throw ruleError(name, 'range', `must be from 0 to ${MAX_PAGE_SIZE} (a page holds at most ${MAX_PAGE_SIZE} records); for more, ask for the next page with ${onward}.`, {
        min: 0,
        max: MAX_PAGE_SIZE,
      });
    }
  }
  for (const [sent, refused, advice] of COMBINATIONS) {
    if (args[sent] != null && args[refused] != null) throw ruleError(refused, 'combination', `cannot be sent with ${sent}: ${advice}.`);
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor != null && cursorKind(cursor) !== kind) throw cursorError(name);
  }
}

/** The kind of cursor a connection field gives out: Prisma's when its nodes are Prisma records. */
export function cursorKindOf(info: GraphQLResolveInfo): CursorKind {
  const connection = getNamedType(info.returnType) as GraphQLObjectType;
  const edge = getNamedType(connection.getFields().edges.type) as GraphQLObjectType;
  return getNamedType(edge.getFields().node.type).extensions.pothosPrismaModel ? 'prisma' : 'id';
}
