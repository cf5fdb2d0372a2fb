// Whether an update changed anything: the record before and after it, as its registry's `read`
// shapes them for the audit trail (Prisma rows, with lists of linked codes or ids added), compared
// value by value. An update that leaves every audited field as it was writes nothing.

/** Fields every write moves by itself: they say nothing about whether the record changed. */
const BOOKKEEPING_FIELDS: readonly string[] = ['version', 'updatedAt'];

/** Prisma's Decimal (decimal.js), recognised by shape so the kit needs no runtime import. */
interface DecimalLike {
  equals(other: unknown): boolean;
  toFixed(): string;
}

const isDecimal = (value: unknown): value is DecimalLike =>
  typeof value === 'object' && value !== null && typeof (value as DecimalLike).equals === 'function' && typeof (value as DecimalLike).toFixed === 'function';

/** The members that have a value: a member set to undefined is one left out (JSON drops it too). */
const members = (value: object) => Object.entries(value).filter(([, member]) => member !== undefined);

/**
 * Equal as stored: dates by their instant, Decimals by value (12.5 = 12.50), bigints and other
 * primitives by ===, byte arrays byte by byte, lists item by item in order (a registry whose list
 * is a set reads it sorted), objects (nested relations, JSON) member by member.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (isDecimal(a) || isDecimal(b)) return isDecimal(a) && isDecimal(b) && a.equals(b);
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.byteLength !== b.byteLength) return false;
    const [x, y] = [new Uint8Array(a.buffer, a.byteOffset, a.byteLength), new Uint8Array(b.buffer, b.byteOffset, b.byteLength)];
    return x.every((byte, i) => byte === y[i]);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  return sameMembers(a, b, []);
}

function sameMembers(a: object, b: object, ignored: readonly string[]): boolean {
  const [x, y] = [members(a).filter(([name]) => !ignored.includes(name)), members(b).filter(([name]) => !ignored.includes(name))];
  if (x.length !== y.length) return false;
  const other = new Map(y);
  return x.every(([name, value]) => other.has(name) && sameValue(value, other.get(name)));
}

/**
 * Whether `after` is `before` again: every field the audit trail records is equal, leaving out
 * the version and timestamps a write moves by itself (BOOKKEEPING_FIELDS, at the top level only:
 * a nested record's version that moved is a change).
 */
export function sameRecord(before: object, after: object): boolean {
  return sameMembers(before, after, BOOKKEEPING_FIELDS);
}
