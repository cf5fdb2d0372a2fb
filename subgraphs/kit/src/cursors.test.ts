import { describe, expect, it } from 'vitest';
import { checkCursor } from './cursors.ts';

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('checkCursor', () => {
  it.each(['GPC:N:1', 'GPC:N:2147483647'])('accepts the cursor a connection gives out, %s', (cursor) => {
    expect(() => checkCursor(base64(cursor), 'after')).not.toThrow();
  });

  it('leaves cursors that are not Prisma cursors to their connection', () => {
    for (const cursor of ['zzz', '', '42', base64('not a cursor')]) expect(() => checkCursor(cursor, 'after')).not.toThrow();
  });

  it.each(['GPC:S:abc', 'GPC:N:1e999', 'GPC:N:1.5', 'GPC:N:0', 'GPC:N:2147483648', 'GPC:J:{"id":"x"}', 'GPC:D:1', 'GPC:', 'GPC:N:'])(
    'refuses a forged %s, naming the argument',
    (cursor) => {
      expect(() => checkCursor(base64(cursor), 'before')).toThrow(
        expect.objectContaining({
          message: 'before must be a cursor this connection gave out (an edge cursor or pageInfo.endCursor).',
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'before', rule: 'cursor' }),
        }),
      );
    },
  );
});
