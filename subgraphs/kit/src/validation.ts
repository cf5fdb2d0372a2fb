import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { isDatabaseId, MAX_DATABASE_ID } from './ids.ts';
import { TOWNS } from './towns.ts';

export { z };

/** Years any registry record can have. */
export const YEAR_RANGE = { min: 1949, max: 2100 } as const;
const MONTH = 'must be a month from 1 to 12';

// Made once: a DateTimeFormat is costly to build, and every write of a year asks for today.
const XIAOSHAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** Today in Xiaoshan ("YYYY-MM-DD", Asia/Shanghai), whatever the server's zone. */
export function todayInXiaoshan(): string {
  return XIAOSHAN_DAY.format(new Date());
}

/** This year in Xiaoshan (Asia/Shanghai). */
export const yearInXiaoshan = (): number => Number(todayInXiaoshan().slice(0, 4));

/**
 * A bounded number as one check, so that its issue carries both bounds as parameters (an issue of
 * `.min()` knows only its own).
 */
const inRange = (min: number, max: number, error: string) =>
  z.number().refine((value) => value >= min && value <= max, { error, params: { rule: 'range', min, max } });

/**
 * Field rules every registry shares. Each message completes a sentence that starts with the
 * field's path ("input.name must not be empty"), and each failure has a stable rule name.
 */
export const field = {
  /** A required name: trimmed, then 1 to `max` characters. */
  name: (max = 200) =>
    z.string().trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` }),
  /** Optional text: trimmed; blank becomes null. */
  text: (max = 2000) =>
    z
      .string()
      .trim()
      .max(max, { error: `must be at most ${max} characters` })
      .transform((text) => text || null),
  year: () =>
    z
      .number()
      .int({ error: 'must be a whole year' })
      .pipe(inRange(YEAR_RANGE.min, YEAR_RANGE.max, `must be a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`)),
  /** The year something happened: from 1949 to this year in Xiaoshan, read when the write arrives. */
  pastYear: () =>
    z
      .number()
      .int({ error: 'must be a whole year' })
      .superRefine((year, issues) => {
        const max = yearInXiaoshan();
        if (year >= YEAR_RANGE.min && year <= max) return;
        issues.addIssue({
          code: 'custom',
          message: `must be a year from ${YEAR_RANGE.min} to ${max}, this year (Asia/Shanghai): it records something that has happened`,
          params: { rule: 'range', min: YEAR_RANGE.min, max },
        });
      }),
  month: () => z.number().int({ error: MONTH }).pipe(inRange(1, 12, MONTH)),
  /** A percentage from 0 to 100 with at most 2 decimals, as a DECIMAL(5, 2) column holds it. */
  percent: () =>
    inRange(0, 100, 'must be a percentage from 0 to 100')
      // Refused rather than rounded: 0.001 would otherwise be stored as 0.
      .refine((value) => Number(value.toFixed(2)) === value, { error: 'must have at most 2 decimals', params: { rule: 'precision' } }),
  /** A calendar date written YYYY-MM-DD that exists (2024-02-29, not 2023-02-29 or 2024-02-30), as a UTC midnight. */
  date: () =>
    z
      .string()
      .trim()
      .pipe(z.iso.date({ error: 'must be a date that exists, written YYYY-MM-DD' }))
      .transform((text) => new Date(`${text}T00:00:00Z`))
      .refine((date) => date.getUTCFullYear() >= YEAR_RANGE.min && date.getUTCFullYear() <= YEAR_RANGE.max, {
        error: `must be a date from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`,
        params: { rule: 'range', min: `${YEAR_RANGE.min}-01-01`, max: `${YEAR_RANGE.max}-12-31` },
      }),
  /** A count or an amount: a whole number from 0 to `max`. */
  count: (max = 1_000_000_000) =>
    z
      .number()
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must not be negative' })
      .max(max, { error: `must be at most ${max}` }),
  /** A GraphQL ID standing for a database key. */
  id: () =>
    z
      .string()
      .trim()
      .refine(isDatabaseId, { error: `must be a positive whole number up to ${MAX_DATABASE_ID}`, params: { rule: 'format' } })
      .transform(Number),
  /** The version the caller read, for optimistic concurrency. */
  version: () => z.number().int().min(1, { error: 'must be 1 or more (the version you read)' }),
  /** A town or platform from the controlled list; blank becomes null (not stated). */
  town: () =>
    z
      .string()
      .trim()
      .transform((text) => text || null)
      .refine((town) => town == null || TOWNS.includes(town), { error: `must be one of ${TOWNS.join(', ')}`, params: { rule: 'town', values: TOWNS } }),
  /** An industry or occupation code; `example` is one of the catalogue's. */
  code: (example: string) =>
    z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9_]{0,63}$/, { error: `must be an upper-case code such as ${example}` }),
};

/**
 * A rule that compares two fields; the issue is reported on `path`, with the bound the other field
 * sets where there is one (`{ max: 20 }` for a minimum that must not exceed a maximum of 20).
 */
export function crossFieldIssue(path: (string | number)[], message: string, rule: string, params?: RuleParams) {
  return { code: 'custom' as const, path, message, params: { ...params, rule } };
}

type Issue = z.core.$ZodIssue;

/** A value sent as null where null is refused: a type's issue, or an enum's (which lists its values). */
const isNull = (issue: Issue) => issue.input === null && (issue.code === 'invalid_type' || issue.code === 'invalid_value');

function ruleOf(issue: Issue): string {
  if (isNull(issue)) return 'required';
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'length' : 'range';
    case 'invalid_format':
      return 'format';
    case 'invalid_type':
      return issue.expected === 'int' ? 'integer' : 'type';
    case 'custom':
      return (issue.params?.rule as string | undefined) ?? 'custom';
    default:
      return issue.code;
  }
}

/**
 * What a client needs to say the rule in its own words: bounds (`min`, `max`, `minLength`,
 * `maxLength`, `minItems`, `maxItems`) or the allowed `values`; undefined when the rule has none.
 */
function paramsOf(issue: Issue): Record<string, unknown> | undefined {
  if (isNull(issue)) return undefined;
  switch (issue.code) {
    case 'too_small':
      return { [issue.origin === 'string' ? 'minLength' : issue.origin === 'array' ? 'minItems' : 'min']: Number(issue.minimum) };
    case 'too_big':
      return { [issue.origin === 'string' ? 'maxLength' : issue.origin === 'array' ? 'maxItems' : 'max']: Number(issue.maximum) };
    case 'invalid_value':
      return { values: issue.values };
    case 'custom': {
      const { rule: _rule, ...params } = issue.params ?? {};
      return Object.keys(params).length ? params : undefined;
    }
    default:
      return undefined;
  }
}

function messageOf(issue: Issue): string {
  if (isNull(issue)) return 'must not be null: leave it out to keep the current value';
  if (issue.code !== 'invalid_type') return issue.message;
  return `must be of type ${issue.expected}`;
}

/**
 * Parses `input` with `schema`, or throws one BAD_USER_INPUT error naming the first field that
 * broke a rule (`extensions.field`, `extensions.rule`) and listing every issue, each with the
 * rule's `params` where it has any (`{ min: 1949, max: 2100 }`).
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, root = 'input'): z.output<Schema> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const path = [root, ...issue.path.map(String)].join('.');
    const params = paramsOf(issue);
    return { field: path, rule: ruleOf(issue), message: `${path} ${messageOf(issue)}`, ...(params && { params }) };
  });
  const [first] = issues;
  throw new GraphQLError(issues.length > 1 ? `${first.message} (and ${issues.length - 1} more)` : first.message, {
    extensions: { code: 'BAD_USER_INPUT', field: first.field, rule: first.rule, issues },
  });
}

/** A reference to a record that does not exist. */
export function missingReference(path: string, recordType: string, key: string | number): GraphQLError {
  return new GraphQLError(`${path} refers to ${recordType} ${key}, which does not exist.`, {
    extensions: { code: 'BAD_USER_INPUT', field: path, rule: 'exists' },
  });
}

/**
 * What a client needs to say a rule in its own words, as `parseInput`'s issues carry it: the bounds
 * (`min`, `max`: numbers, or YYYY-MM-DD dates) or the allowed `values`.
 */
export interface RuleParams {
  min?: number | string;
  max?: number | string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  values?: readonly unknown[];
}

/**
 * An input that breaks a rule about the record's state or its relations; `params` are the rule's
 * bounds or choices where it has them (`{ min: 2019 }`), sent as `extensions.params` like an
 * issue's of `parseInput`, for a client to word the rule itself.
 */
export function ruleError(path: string, rule: string, message: string, params?: RuleParams): GraphQLError {
  const given = params && Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
  return new GraphQLError(`${path} ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', field: path, rule, ...(given && Object.keys(given).length > 0 && { params: given }) },
  });
}
