import { describe, expect, it } from 'vitest';
import { groupedByKey, inKeyOrder } from './batch.ts';
import { parseId } from './ids.ts';

describe('inKeyOrder', () => {
  it('returns rows in the order of the keys, null where a row is missing', () => {
    const rows = [{ id: 3 }, { id: 1 }];
    expect(inKeyOrder([1, 2, 3], rows, (r) => r.id)).toEqual([{ id: 1 }, null, { id: 3 }]);
  });
});

describe('groupedByKey', () => {
  it('groups rows under each key, [] for a key without rows', () => {
    const rows = [{ k: 'a', v: 1 }, { k: 'b', v: 2 }, { k: 'a', v: 3 }];
    expect(groupedByKey(['a', 'c', 'b'], rows, (r) => r.k)).toEqual([
      [{ k: 'a', v: 1 }, { k: 'a', v: 3 }],
      [],
      [{ k: 'b', v: 2 }],
    ]);
  });
});

describe('parseId', () => {
  it('accepts positive whole numbers up to the largest integer key', () => {
    expect(parseId('42')).toBe(42);
    expect(parseId(' 2147483647 ')).toBe(2_147_483_647);
  });

  it.each(['0', '-1', '1.5', 'abc', '', '99999999999999999999', '2147483648', '007', '1e3', '0x10', '+5'])('refuses %j, naming the field', (value) => {
    expect(() => parseId(value, 'enterpriseId')).toThrow(/enterpriseId must be a positive whole number/);
  });
});
