import { describe, expect, it } from 'vitest';
import { checkCursor, cursorKind } from './cursors.ts';

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('checkCursor', () => {
  it.each(['GPC:N:1', 'GPC:N:2147483647'])('accepts the cursor a Prisma connection gives out, %s', (cursor) => {
    expect(cursorKind(base64(cursor))).toBe('prisma');
    expect(() => checkCursor(base64(cursor), 'after')).not.toThrow();
  });

  it("accepts the audit log's cursor, the entry's id", () => {
    expect(cursorKind('42')).toBe('id');
    expect(() => checkCursor('42', 'after')).not.toThrow();
  });

  it.each(['GPC:S:abc', 'GPC:N:1e999', 'GPC:N:1.5', 'GPC:N:0', 'GPC:N:2147483648', 'GPC:J:{"id":"x"}', 'GPC:D:1', 'GPC:', 'GPC:N:', 'not a cursor'].map(base64))(
    'refuses a forged %s, naming the argument and how to start again',
    (cursor) => {
      expect(() => checkCursor(cursor, 'before')).toThrow(
        expect.objectContaining({
          message: "before must be a cursor this list gave out (an edge's cursor or pageInfo.startCursor; leave before out to start again from the last page).",
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'before', rule: 'cursor' }),
        }),
      );
    },
  );

  it.each(['bogus', 'zzz', '', '0', '-1', '2147483648'])('refuses %j, which no list gives out', (cursor) => {
    expect(() => checkCursor(cursor, 'after')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'after', rule: 'cursor' }) }));
  });
});
