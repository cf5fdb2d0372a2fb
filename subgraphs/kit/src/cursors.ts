import { decodeBase64 } from '@pothos/core';
import { isDatabaseId } from './ids.ts';
import { ruleError } from './validation.ts';

/**
 * Which list gave a cursor out. Every connection here pages by record id: a Prisma connection's
 * cursor is base64 of "GPC:N:<id>", the audit log's is the entry's id itself.
 */
export type CursorKind = 'prisma' | 'id';

/** The kind of a cursor some connection here gives out; null for anything else. */
export function cursorKind(value: string): CursorKind | null {
  if (isDatabaseId(value)) return 'id';
  let decoded: string;
  try {
    decoded = decodeBase64(value);
  } catch {
    return null;
  }
  return decoded.startsWith('GPC:N:') && isDatabaseId(decoded.slice(6)) ? 'prisma' : null;
}

/** Where a client finds a good cursor, and how it starts again without one. */
const HINTS: Record<string, string> = {
  after: "an edge's cursor or pageInfo.endCursor; leave after out to start again from the first page",
  before: "an edge's cursor or pageInfo.startCursor; leave before out to start again from the last page",
};

/** A cursor no list gave out, or another list's (forged, cut short, or from another connection). */
export function cursorError(path: string) {
  return ruleError(path, 'cursor', `must be a cursor this list gave out (${HINTS[path] ?? "an edge's cursor"}).`);
}

/**
 * Refuses, before the connection reads it, a cursor that no connection here gives out: Pothos
 * would hand a forged one ("GPC:S:abc", "GPC:N:1e999") to Prisma, which fails as a bug would.
 * Whether it is this list's kind is checked with the other page arguments (paging-arguments.ts).
 */
export function checkCursor(value: string, path: string): void {
  if (!cursorKind(value)) throw cursorError(path);
}
