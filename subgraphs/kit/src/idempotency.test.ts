import { describe, expect, it } from 'vitest';
import { checkIdempotencyKey, requestHash } from './idempotency.ts';

describe('requestHash', () => {
  it('is the same for inputs that mean the same: members in another order, null or left out', () => {
    const input = { name: '工作室', year: 2025, codes: ['A', 'B'], host: { id: 5 } };
    expect(requestHash({ host: { id: 5 }, codes: ['A', 'B'], year: 2025, name: '工作室', town: null, note: undefined })).toBe(requestHash(input));
  });

  it('differs when a value, a member or the order of a list differs', () => {
    const input = { name: '工作室', year: 2025, codes: ['A', 'B'] };
    const hash = requestHash(input);
    expect(requestHash({ ...input, year: 2026 })).not.toBe(hash);
    expect(requestHash({ ...input, town: '城厢街道' })).not.toBe(hash);
    expect(requestHash({ ...input, codes: ['B', 'A'] })).not.toBe(hash);
    expect(requestHash({ ...input, year: '2025' })).not.toBe(hash);
  });

  it('hashes dates by their instant', () => {
    expect(requestHash({ periodEnd: new Date('2024-06-30T00:00:00Z') })).toBe(requestHash({ periodEnd: '2024-06-30T00:00:00.000Z' }));
  });
});

describe('checkIdempotencyKey', () => {
  it('accepts a UUID, a ULID and dotted or coloned keys, and no key at all', () => {
    for (const key of ['0b8f6a52-8d0e-4f57-9c3e-5f2a1b7c9d10', '01JEZ3QK6W8Y2V5T9R4M7N1P0S', 'order.2025:retry_1']) {
      expect(checkIdempotencyKey(key)).toBe(key);
    }
    expect(checkIdempotencyKey(null)).toBeUndefined();
    expect(checkIdempotencyKey(undefined)).toBeUndefined();
  });

  it.each(['', 'seven77', 'x'.repeat(129), 'with space', 'slash/key1', 'ünïcode-key', 'tab\tkey12'])('refuses %j as BAD_USER_INPUT', (key) => {
    expect(() => checkIdempotencyKey(key)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey', rule: 'idempotencyKey' } }),
    );
  });
});
