import { describe, expect, it } from 'vitest';
import { rankSql, searchLimit, searchParameters } from './search.ts';

describe('searchParameters', () => {
  it('gives the trimmed text, a prefix and a contains pattern in which %, _ and \\ are literal', () => {
    expect(searchParameters(' 50%_a\\b ')).toEqual(['50%_a\\b', '50\\%\\_a\\\\b%', '%50\\%\\_a\\\\b%']);
    expect(searchParameters('杭齿')).toEqual(['杭齿', '杭齿%', '%杭齿%']);
  });

  it('refuses a blank or overlong text, naming the argument', () => {
    expect(() => searchParameters('  ')).toThrow(/text must be 1 to 100 characters/);
    expect(() => searchParameters('x'.repeat(101))).toThrow(/text must be 1 to 100 characters/);
  });
});

describe('searchLimit', () => {
  it('defaults to 10 and keeps to 1-50', () => {
    expect(searchLimit(undefined)).toBe(10);
    expect(searchLimit(50)).toBe(50);
    expect(() => searchLimit(0)).toThrow(/first must be between 1 and 50/);
    expect(() => searchLimit(51)).toThrow(/first must be between 1 and 50/);
  });
});

describe('rankSql', () => {
  it('takes the best rank over the columns', () => {
    expect(rankSql(['name', 'town'])).toBe(
      'LEAST(CASE WHEN lower(name) = lower($1) THEN 0 WHEN name ILIKE $2 THEN 1 WHEN name ILIKE $3 THEN 2 ELSE 3 END, ' +
        'CASE WHEN lower(town) = lower($1) THEN 0 WHEN town ILIKE $2 THEN 1 WHEN town ILIKE $3 THEN 2 ELSE 3 END)',
    );
  });
});
