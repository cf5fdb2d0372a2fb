import { describe, expect, it } from 'vitest';
import { parseInput, z } from './validation.ts';
import { input } from './write-input.ts';

describe('input.list', () => {
  const codes = input.list(input.occupationCode(), 2, 'occupations');

  it('gives writers a list or nothing: null is the empty list, left out is undefined', () => {
    expect(codes.zod.parse(null)).toEqual([]);
    expect(codes.zod.parse(undefined)).toBeUndefined();
    expect(codes.zod.parse([' FITTER '])).toEqual(['FITTER']);
    expect(codes.description).toBe('At most 2 occupations. Optional; null means none.');
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
