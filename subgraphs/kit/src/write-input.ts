// A write's input declared once: each field names its GraphQL type, its rule (zod) and its
// description together, and `writeInput` derives both the Pothos input type and the parser.
// Each input field carries its rule's name as the extension `rule`, for tests that walk the schema.
import type { InputObjectRef, SchemaTypes } from '@pothos/core';
import { field, parseInput, YEAR_RANGE, z } from './validation.ts';

/** A GraphQL input type a field may have: a scalar's name, an enum's ref, or a list of either. */
type GraphQLInput = 'String' | 'ID' | 'Int' | 'Float' | 'Boolean' | object;

export interface WriteField<Zod extends z.ZodType = z.ZodType, Rule extends z.ZodType = z.ZodType> {
  type: GraphQLInput | [GraphQLInput];
  /** The rule of a value that is present. */
  rule: Rule;
  /** The rule with its requiredness: what the parser checks. */
  zod: Zod;
  /** The rule's name (name, text, year, id, ...), exposed in the schema's extensions. */
  kind: string;
  required: boolean;
  /** Optional, but null is refused. */
  keep: boolean;
  description: string;
  multiline?: boolean;
}

interface Options {
  description?: string;
  /** Required (non-null in the schema). Default: optional, and null clears it. */
  required?: boolean;
  /** Optional, but null is refused: an update's field that the record must keep. */
  keep?: boolean;
}

type Wrapped<Rule extends z.ZodType, O extends Options> = O extends { required: true }
  ? Rule
  : O extends { keep: true }
    ? z.ZodOptional<Rule>
    : z.ZodOptional<z.ZodNullable<Rule>>;

/** A list field's parsed value: null arrives as the empty list. */
type ListWrapped<Rule extends z.ZodType, O extends Options> = O extends { required: true } ? Rule : z.ZodOptional<Rule>;

/** What a field's requiredness means to the caller, said after its own description. */
function presence(options: Options | undefined): string {
  if (options?.required) return '';
  return options?.keep ? ' Optional; null is refused.' : ' Optional; null means none.';
}

/**
 * `rule` says what any such field accepts; a field's own `description` says what it means and
 * comes first, so every input field is described even when its declaration says nothing.
 */
function declare<Rule extends z.ZodType, O extends Options>(
  kind: string,
  type: WriteField['type'],
  rule: Rule,
  options: O | undefined,
  accepts: string,
  multiline?: boolean,
): WriteField<Wrapped<Rule, O>, Rule> {
  const zod = options?.required ? rule : options?.keep ? rule.optional() : rule.nullish();
  const description = [options?.description, accepts].filter(Boolean).join(' ') + presence(options);
  return { type, rule, zod: zod as Wrapped<Rule, O>, kind, required: options?.required ?? false, keep: options?.keep ?? false, description, multiline };
}

/** The fields a write may declare; each is the kit's rule of the same name (validation.ts). */
export const input = {
  name: <O extends Options = object>(max = 200, options?: O) =>
    declare('name', 'String', field.name(max), options, `A name: 1 to ${max} characters after trimming.`),
  text: <O extends Options = object>(max = 2000, options?: O) =>
    declare('text', 'String', field.text(max), options, `Text of at most ${max} characters; blank means none.`),
  /** Text that may hold line breaks and tabs. */
  multiline: <O extends Options = object>(max = 2000, options?: O) =>
    declare('multiline', 'String', field.text(max), options, `Text of at most ${max} characters; blank means none.`, true),
  year: <O extends Options = object>(options?: O) =>
    declare('year', 'Int', field.year(), options, `A year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}.`),
  /** A year something happened in: not after this year. */
  pastYear: <O extends Options = object>(options?: O) =>
    declare('pastYear', 'Int', field.pastYear(), options, `A year from ${YEAR_RANGE.min} to this year (Asia/Shanghai).`),
  month: <O extends Options = object>(options?: O) =>
    declare('month', 'Int', field.month(), options, 'A month from 1 to 12.'),
  count: <O extends Options = object>(max = 1_000_000_000, options?: O) =>
    declare('count', 'Int', field.count(max), options, `A whole number from 0 to ${max}.`),
  percent: <O extends Options = object>(options?: O) =>
    declare('percent', 'Float', field.percent(), options, 'A percentage from 0 to 100, at most 2 decimals.'),
  date: <O extends Options = object>(options?: O) => declare('date', 'String', field.date(), options, 'A date written YYYY-MM-DD.'),
  id: <O extends Options = object>(options?: O) => declare('id', 'ID', field.id(), options, "The referenced record's id."),
  boolean: <O extends Options = object>(options?: O) => declare('boolean', 'Boolean', z.boolean(), options, 'True or false.'),
  industryCode: <O extends Options = object>(options?: O) =>
    declare('code', 'String', field.code('SMART_VEHICLES'), options, 'An industry code from the catalogue (`industries`), such as SMART_VEHICLES.'),
  occupationCode: <O extends Options = object>(options?: O) =>
    declare('code', 'String', field.code('ELECTRICIAN'), options, 'An occupation code from the catalogue (`occupations`), such as ELECTRICIAN.'),
  /** A town or platform (镇街/平台) from the controlled list; blank is "not stated". */
  town: <O extends Options = object>(options?: O) =>
    declare('town', 'String', field.town(), options, 'A town or platform (镇街/平台) from the controlled list (`towns`); blank: not stated.'),
  /** The record an update or an action names. */
  recordId: (description = 'The record to change.') =>
    declare('recordId', 'ID', field.id(), { required: true, description } as const, ''),
  /** The version the caller read. An update that changes nothing keeps it (write.ts). */
  version: () =>
    declare('version', 'Int', field.version(), {
      required: true,
      description: 'The version you read; the write is refused if it has changed since. An update that changes nothing writes nothing and keeps this version.',
    } as const, ''),
  enum: <Values extends Record<string, string>, O extends Options = object>(ref: object, values: Values, options?: O) =>
    declare('enum', ref, z.enum(values), options, 'One of the enum type\'s values.'),
  /** A list of `item`s (at most `max`), each checked by the item's rule; null is the empty list. */
  list: <Item extends z.ZodType, O extends Options = object>(item: Pick<WriteField, 'type' | 'kind'> & { rule: Item }, max: number, noun: string, options?: O) => {
    // A repeat says nothing more: it is dropped, the first of each kept in its place.
    const rule = z.array(item.rule).max(max, { error: `must list at most ${max} ${noun}` }).transform((items) => [...new Set(items)]);
    const list = declare(`${item.kind}List`, [item.type as GraphQLInput], rule, options, `At most ${max} ${noun}; a repeat is dropped.`);
    if (list.required || list.keep) return list as WriteField<ListWrapped<typeof rule, O>, typeof rule>;
    // Writers see a list or nothing: null on a create means none, on an update it empties the list.
    const zod = rule.nullish().transform((items) => (items === null ? [] : items));
    return { ...list, zod } as unknown as WriteField<ListWrapped<typeof rule, O>, typeof rule>;
  },
  /** A rule of the registry's own: its options must describe it. */
  custom: <Rule extends z.ZodType, O extends Options & { description: string }>(kind: string, type: GraphQLInput, rule: Rule, options: O) =>
    declare(kind, type, rule, options, ''),
};

type Fields = Record<string, WriteField>;
type Parsed<F extends Fields> = z.output<z.ZodObject<{ [K in keyof F]: F[K]['zod'] }>>;

export interface WriteInput<Types extends SchemaTypes, Parsed> {
  ref: InputObjectRef<Types, unknown>;
  /** The parsed input, or BAD_USER_INPUT naming the first field that broke a rule. */
  parse(value: unknown): Parsed;
}

type Refinement<Parsed> = (input: Parsed, issues: z.core.$RefinementCtx) => void;

/** Declares an input type on `builder` and its parser from one list of fields. */
export function writeInput<Types extends SchemaTypes, F extends Fields>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  name: string,
  fields: F,
  options: { description: string; refine?: Refinement<Parsed<F>> },
): WriteInput<Types, Parsed<F>> {
  const ref = builder.inputType(name, {
    description: options.description,
    fields: ((t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) =>
      Object.fromEntries(
        Object.entries(fields).map(([key, spec]) => [
          key,
          t.field({
            type: spec.type as never,
            required: spec.required,
            description: spec.description,
            multiline: spec.multiline,
            extensions: { rule: spec.kind, ...(spec.keep && { keep: true }) },
          }),
        ]),
      )) as never,
  }) as unknown as InputObjectRef<Types, unknown>;
  const object = z.object(Object.fromEntries(Object.entries(fields).map(([key, spec]) => [key, spec.zod])));
  const schema = options.refine ? object.superRefine(options.refine as never) : object;
  return { ref, parse: (value) => parseInput(schema, value) as Parsed<F> };
}
