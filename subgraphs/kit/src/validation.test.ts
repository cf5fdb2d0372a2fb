import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from './paging.ts';
import { checkPageArguments } from './paging-arguments.ts';
import { crossFieldIssue, field, parseInput, ruleError, z } from './validation.ts';

const schema = z
  .object({ name: field.name(), year: field.year().optional(), min: field.percent(), max: field.percent(), parentId: field.id().nullish() })
  .superRefine((input, issues) => {
    if (input.min > input.max) issues.addIssue(crossFieldIssue(['min'], 'must not exceed max', 'minMax'));
  });

function refusal(input: unknown): GraphQLError {
  try {
    parseInput(schema, input);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('the input was accepted');
}

describe('parseInput', () => {
  it('trims names and turns ids into numbers', () => {
    expect(parseInput(schema, { name: '  萧山技师学院 ', min: 10, max: 20, parentId: ' 7 ' })).toEqual({
      name: '萧山技师学院', min: 10, max: 20, parentId: 7,
    });
  });

  it.each([
    [{ name: '   ', min: 0, max: 1 }, 'input.name', 'length', 'input.name must not be empty'],
    [{ name: 'a', year: 1800, min: 0, max: 1 }, 'input.year', 'range', 'input.year must be a year from 1949 to 2100'],
    [{ name: 'a', min: 30, max: 20 }, 'input.min', 'minMax', 'input.min must not exceed max'],
    [{ name: 'a', min: 0, max: 101 }, 'input.max', 'range', 'input.max must be a percentage from 0 to 100'],
    [{ name: 'a', min: 0, max: 1, parentId: '0' }, 'input.parentId', 'format', 'input.parentId must be a positive whole number up to 2147483647'],
    [{ name: null, min: 0, max: 1 }, 'input.name', 'required', 'input.name must not be null: leave it out to keep the current value'],
  ])('refuses %j naming %s and rule %s', (input, path, rule, message) => {
    const error = refusal(input);
    expect(error.message).toBe(message);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: path, rule });
  });

  it('gives each issue the parameters a client needs to say the rule in its own words', () => {
    const issues = (input: unknown) => refusal(input).extensions.issues;
    expect(issues({ name: 'a', year: 1800, min: 0, max: 1 })).toEqual([
      { field: 'input.year', rule: 'range', message: 'input.year must be a year from 1949 to 2100', params: { min: 1949, max: 2100 } },
    ]);
    expect(issues({ name: 'a', min: 0, max: 101 })).toEqual([
      { field: 'input.max', rule: 'range', message: 'input.max must be a percentage from 0 to 100', params: { min: 0, max: 100 } },
    ]);
    expect(issues({ name: 'x'.repeat(201), min: 0, max: 1 })).toEqual([
      { field: 'input.name', rule: 'length', message: 'input.name must be at most 200 characters', params: { maxLength: 200 } },
    ]);
    expect(issues({ name: ' ', min: 0, max: 1 })).toEqual([{ field: 'input.name', rule: 'length', message: 'input.name must not be empty', params: { minLength: 1 } }]);
    // A rule without parameters has none; its message says it all.
    expect(issues({ name: 'a', min: 30, max: 20 })).toEqual([{ field: 'input.min', rule: 'minMax', message: 'input.min must not exceed max' }]);
  });

  it("gives a cross-field issue the bound the other field sets, when it is given one", () => {
    const bounded = z
      .object({ min: field.percent(), max: field.percent() })
      .superRefine((input, issues) => {
        if (input.min > input.max) issues.addIssue(crossFieldIssue(['min'], 'must not exceed max', 'minMax', { max: input.max }));
      });
    expect(() => parseInput(bounded, { min: 30, max: 20 })).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          rule: 'minMax',
          issues: [{ field: 'input.min', rule: 'minMax', message: 'input.min must not exceed max', params: { max: 20 } }],
        }),
      }),
    );
  });

  it.each([
    [field.count(), -1, { min: 0 }],
    [field.month(), 13, { min: 1, max: 12 }],
    [field.month(), 0, { min: 1, max: 12 }],
    [field.date(), '1800-01-01', { min: '1949-01-01', max: '2100-12-31' }],
    [field.town(), '杭州', { values: expect.arrayContaining(['其他镇街（平台）']) }],
  ])('names the bounds or the choices of %#', (rule: z.ZodType, value, params) => {
    expect(() => parseInput(rule, value, 'v')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ issues: [expect.objectContaining({ params })] }) }));
  });

  it('lists every broken rule, leading with the first', () => {
    const error = refusal({ name: '', min: -1, max: 200 });
    expect(error.message).toBe('input.name must not be empty (and 2 more)');
    expect((error.extensions.issues as unknown[]).length).toBe(3);
  });
});

describe('field.date', () => {
  it.each(['2024-02-29', '2000-02-29', ' 2024-12-31 '])('accepts %s as that day at UTC midnight', (text) => {
    expect(parseInput(field.date(), text, 'periodEnd').toISOString()).toBe(`${text.trim()}T00:00:00.000Z`);
  });

  it.each([
    ['2024-02-30', 'format'], ['2023-02-29', 'format'], ['1900-02-29', 'format'], ['2024-04-31', 'format'], ['2024-13-01', 'format'],
    ['2024-6-30', 'format'], ['30/06/2024', 'format'], ['', 'format'], ['1800-01-01', 'range'], ['2101-01-01', 'range'],
  ])('refuses %j (%s), never rolling over to the next month', (text, rule) => {
    expect(() => parseInput(field.date(), text, 'periodEnd')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'periodEnd', rule }) }));
  });
});

describe('field.percent', () => {
  it.each([0, 12.5, 33.33, 100])('accepts %d', (value) => {
    expect(parseInput(field.percent(), value, 'p')).toBe(value);
  });

  it.each([0.001, 1e-9, 12.345, 99.999])('refuses %d rather than rounding it', (value) => {
    expect(() => parseInput(field.percent(), value, 'p')).toThrow('p must have at most 2 decimals');
  });
});

describe('ruleError', () => {
  it("sends the rule's bounds or choices as extensions.params, like parseInput's issues", () => {
    expect(ruleError('input.year', 'order', 'must not be before 2019, the year of its latest level change.', { min: 2019 }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.year',
      rule: 'order',
      params: { min: 2019 },
    });
    expect(ruleError('input.periodEnd', 'range', 'must not be after today, 2026-03-01 (Asia/Shanghai).', { max: '2026-03-01' }).extensions.params).toEqual({
      max: '2026-03-01',
    });
    expect(ruleError('input.kind', 'kind', 'must be one of A, B.', { values: ['A', 'B'] }).extensions.params).toEqual({ values: ['A', 'B'] });
  });

  it('sends no params for a rule without bounds, nor for bounds left undefined', () => {
    const unique = ruleError('input.creditCode', 'unique', 'is already the credit code of Enterprise 3.');
    expect(unique.message).toBe('input.creditCode is already the credit code of Enterprise 3.');
    expect(unique.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.creditCode', rule: 'unique' });
    expect(ruleError('input.year', 'order', 'must not be later.', { min: undefined }).extensions).not.toHaveProperty('params');
    expect(ruleError('input.year', 'order', 'must not be later.', { min: 2019, max: undefined }).extensions.params).toEqual({ min: 2019 });
  });

  it('bounds a page size it refuses by 0 and the largest page', () => {
    for (const args of [{ first: -1 }, { last: MAX_PAGE_SIZE + 1 }]) {
      expect(() => checkPageArguments(args, 'prisma')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ rule: 'range', params: { min: 0, max: MAX_PAGE_SIZE } }) }),
      );
    }
    // A combination and a cursor have no bounds.
    expect(() => checkPageArguments({ first: 1, last: 1 }, 'prisma')).toThrow(expect.objectContaining({ extensions: expect.not.objectContaining({ params: expect.anything() }) }));
    expect(() => checkPageArguments({ after: 'nope' }, 'prisma')).toThrow(expect.objectContaining({ extensions: expect.not.objectContaining({ params: expect.anything() }) }));
  });
});
