import { describe, expect, it } from 'vitest';
import { parseInput, yearInXiaoshan, z } from './validation.ts';
import { input } from './write-input.ts';

describe('input.list', () => {
  const codes = input.list(input.occupationCode(), 2, 'occupations');

  it('gives writers a list or nothing: null is the empty list, left out is undefined', () => {
    expect(codes.zod.parse(null)).toEqual([]);
    expect(codes.zod.parse(undefined)).toBeUndefined();
    expect(codes.zod.parse([' FITTER '])).toEqual(['FITTER']);
    expect(codes.description).toBe('At most 2 occupations; a repeat is dropped. Optional; null means none.');
  });

  it('drops a repeated item, the same once trimmed', () => {
    expect(codes.zod.parse(['WELDER', ' WELDER'])).toEqual(['WELDER']);
  });

  it('still checks each item and the length', () => {
    expect(codes.zod.safeParse(['fitter']).error?.issues[0].message).toBe('must be an upper-case code such as ELECTRICIAN');
    expect(codes.zod.safeParse(['A', 'B', 'C']).error?.issues[0].message).toBe('must list at most 2 occupations');
  });

  it('sends its most items as the length issue\'s params', () => {
    expect(() => parseInput(z.object({ codes: codes.zod }), { codes: ['A', 'B', 'C'] })).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          issues: [{ field: 'input.codes', rule: 'length', message: 'input.codes must list at most 2 occupations', params: { maxItems: 2 } }],
        }),
      }),
    );
  });

  it('keeps null a refusal for a required list', () => {
    expect(input.list(input.industryCode(), 2, 'industries', { required: true }).zod.safeParse(null).success).toBe(false);
  });
});

describe('input.enum', () => {
  it('refuses null on a field an update must keep as "required", not by listing the values', () => {
    const kind = input.enum({}, { PATENT: 'PATENT', OTHER: 'OTHER' }, { keep: true });
    expect(() => parseInput(z.object({ kind: kind.zod }), { kind: null })).toThrow(
      expect.objectContaining({
        message: 'input.kind must not be null: leave it out to keep the current value',
        extensions: expect.objectContaining({ field: 'input.kind', rule: 'required', issues: [expect.not.objectContaining({ params: expect.anything() })] }),
      }),
    );
  });
});

describe('input.pastYear', () => {
  const year = input.pastYear({ required: true });
  const thisYear = yearInXiaoshan();

  it('takes this year (Asia/Shanghai) and refuses the next, saying both bounds', () => {
    expect(year.zod.parse(thisYear)).toBe(thisYear);
    expect(() => parseInput(z.object({ year: year.zod }), { year: thisYear + 1 })).toThrow(
      expect.objectContaining({
        message: `input.year must be a year from 1949 to ${thisYear}, this year (Asia/Shanghai): it records something that has happened`,
        extensions: expect.objectContaining({ rule: 'range', issues: [expect.objectContaining({ params: { min: 1949, max: thisYear } })] }),
      }),
    );
  });

  it('refuses a year before 1949 and a fraction', () => {
    expect(year.zod.safeParse(1948).success).toBe(false);
    expect(year.zod.safeParse(2000.5).error?.issues[0].message).toBe('must be a whole year');
  });
});
