import { parseValue } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SafeIntScalar } from './safe-int.ts';

const literal = (source: string) => SafeIntScalar.parseLiteral(parseValue(source));

describe('SafeInt', () => {
  it('carries whole numbers past 2^31 - 1 up to 2^53 - 1', () => {
    expect(SafeIntScalar.serialize(3_000_000_000)).toBe(3_000_000_000);
    expect(SafeIntScalar.serialize(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(SafeIntScalar.parseValue(-3_000_000_000)).toBe(-3_000_000_000);
    expect(literal('3000000000')).toBe(3_000_000_000);
  });

  it('refuses what it cannot carry exactly, saying the range', () => {
    expect(() => SafeIntScalar.serialize(2 ** 53)).toThrow(/whole number from -\(2\^53 - 1\) to 2\^53 - 1/);
    expect(() => SafeIntScalar.serialize(1.5)).toThrow(/SafeInt cannot represent 1.5/);
    expect(() => SafeIntScalar.parseValue('12')).toThrow(/SafeInt cannot accept 12/);
    expect(() => literal('1.5')).toThrow(/SafeInt cannot accept 1.5:/);
    expect(() => literal('9007199254740993')).toThrow(/SafeInt cannot accept 9007199254740993:/);
  });
});
