// A Pothos plugin that checks every argument a client sends before any resolver sees it, so a
// field added later is covered without code of its own: each String and ID (in arguments, input
// objects and lists, reads and writes alike) goes through cleanText, each Float must be finite,
// a connection's cursor must name a record, and no list may be longer than MAX_INPUT_ITEMS.
import SchemaBuilder, {
  BasePlugin,
  type FieldRequiredness,
  type InputFieldMapping,
  type InputFieldsMapping,
  type InputType,
  mapInputFields,
  type PothosInputFieldConfig,
  type PothosOutputFieldConfig,
  resolveInputTypeConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { checkCursor } from './cursors.ts';
import { cleanText, type TextRules } from './input-text.ts';
import { ruleError } from './validation.ts';

const MULTILINE_NOTE = 'Multi-line: may hold line breaks (\\n) and tabs.';

/**
 * The most items any list input may hold. A filter's list becomes one SQL parameter per item,
 * and PostgreSQL refuses a statement with more than 32,767 of them.
 */
export const MAX_INPUT_ITEMS = 1000;

/** What is checked in a field: its text, its number, or (a list of anything else) only its length. */
type Check = { kind: 'text'; rules: TextRules; cursor: boolean } | { kind: 'float' } | { kind: 'length' };
type Mapping<Types extends SchemaTypes> = InputFieldMapping<Types, Check>;

export class InputCheckPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  /** A multi-line field says so in the schema, where clients read it. */
  override onInputFieldConfig(fieldConfig: PothosInputFieldConfig<Types>): PothosInputFieldConfig<Types> {
    if (!(fieldConfig.pothosOptions as { multiline?: boolean }).multiline) return fieldConfig;
    const description = [fieldConfig.description, MULTILINE_NOTE].filter(Boolean).join(' ');
    return { ...fieldConfig, description };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const checks = mapInputFields(fieldConfig.args, this.buildCache, (input) => this.checkOf(input));
    if (!checks) return resolver;
    return (parent, args, context, info) => resolver(parent, checkFields(args as Record<string, unknown>, checks, ''), context, info);
  }

  private checkOf(input: PothosInputFieldConfig<Types>): Check | null {
    const type = resolveInputTypeConfig(input.type, this.buildCache);
    const list: Check | null = input.type.kind === 'List' ? { kind: 'length' } : null;
    if (type.kind !== 'Scalar') return list;
    if (type.name === 'String' || type.name === 'ID') {
      const multiline = (input.pothosOptions as { multiline?: boolean }).multiline === true;
      // Relay's page arguments: a connection's cursor.
      const cursor = input.kind === 'Arg' && (input.name === 'after' || input.name === 'before');
      return { kind: 'text', rules: { multiline }, cursor };
    }
    return type.name === 'Float' ? { kind: 'float' } : list;
  }
}

function checkFields<Types extends SchemaTypes>(values: Record<string, unknown>, checks: InputFieldsMapping<Types, Check>, path: string) {
  const checked = { ...values };
  for (const [name, mapping] of checks) {
    if (values[name] != null) checked[name] = checkValue(values[name], mapping, mapping.listDepth, path ? `${path}.${name}` : name);
  }
  return checked;
}

function checkValue<Types extends SchemaTypes>(value: unknown, mapping: Mapping<Types>, listDepth: number, path: string): unknown {
  if (value == null) return value;
  if (listDepth > 0) {
    // GraphQL has already made a single value into a list of one.
    const items = value as unknown[];
    if (items.length > MAX_INPUT_ITEMS) {
      throw ruleError(path, 'length', `must list at most ${MAX_INPUT_ITEMS} items (it lists ${items.length}).`, { maxItems: MAX_INPUT_ITEMS });
    }
    return items.map((item, i) => checkValue(item, mapping, listDepth - 1, `${path}.${i}`));
  }
  if (mapping.kind === 'InputObject') {
    return mapping.fields.map ? checkFields(value as Record<string, unknown>, mapping.fields.map, path) : value;
  }
  const check = mapping.value as Check;
  if (check.kind === 'length') return value;
  if (check.kind === 'text') {
    const text = cleanText(value as string, path, check.rules);
    if (check.cursor) checkCursor(text, path);
    return text;
  }
  // GraphQL refuses non-finite variables, but a literal such as 1e999 in the document reads as Infinity.
  if (!Number.isFinite(value)) throw ruleError(path, 'range', 'must be a finite number.');
  return value;
}

/** The plugin's name, for a builder's `plugins` list. */
export const INPUT_CHECK_PLUGIN = 'inputCheck';
SchemaBuilder.registerPlugin(INPUT_CHECK_PLUGIN, InputCheckPlugin);

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputCheck: InputCheckPlugin<Types>;
    }
    export interface InputFieldOptions<
      Types extends SchemaTypes = SchemaTypes,
      Type extends InputType<Types> | [InputType<Types>] = InputType<Types> | [InputType<Types>],
      Req extends FieldRequiredness<Type> = FieldRequiredness<Type>,
    > {
      /** A multi-line text (a description, a note): line breaks (\n) and tabs are allowed; elsewhere they are refused. */
      multiline?: boolean;
    }
  }
}
