// What a refused write means for a form: messages beside the fields the API named, a version
// conflict, or a message for the whole form.
import type { TFunction } from 'i18next';
import { CombinedError } from 'urql';
import { describeError } from '../components/query-state.tsx';
import type { FieldIssue } from './rule-message.ts';

export interface WriteProblems {
  /** Field name (as the form names it: `level`, `year`...) → the issue, worded by the field (it knows its label). */
  fields: Record<string, FieldIssue>;
  /** Someone else changed the record since it was read. */
  conflict: boolean;
  /** Anything not tied to one field. */
  form?: string;
}

// The API's BAD_USER_INPUT names the field as `input.year`; the form's fields are named without `input.`.
const formField = (field: string) => field.replace(/^input\./, '').replace(/\[\d+\]$/, '');

// A required field left empty: GraphQL refuses the variable before any rule runs, and names no field.
const EMPTY_REQUIRED = /got invalid value null at "(input\.[\w.]+)"; Expected non-nullable type/;

/**
 * A form's own refusal of a field, before anything is sent, shaped as the API's BAD_USER_INPUT
 * (`input.<field>`, its rule and params) so that it shows beside the field as the API's would;
 * `message` is what English shows, as the API's message is.
 */
export function refusedBeforeSending(field: string, rule: string, message: string, params?: Record<string, unknown>) {
  return new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: `input.${field}`, rule, ...(params && { params }) } }] });
}

export function writeProblems(error: CombinedError, t: TFunction, fields: readonly string[]): WriteProblems {
  const problems: WriteProblems = { fields: {}, conflict: false };
  const rest: string[] = [];
  for (const e of error.graphQLErrors) {
    const { code, field, rule, params, issues } = e.extensions ?? {};
    if (code === 'CONFLICT' || code === 'VERSION_CONFLICT') {
      problems.conflict = true;
      continue;
    }
    // A validation error lists every issue; other BAD_USER_INPUT errors (the kit's ruleError) name
    // one field, with the rule's bounds or choices as their own params where it has them.
    const empty = field == null ? EMPTY_REQUIRED.exec(e.message)?.[1] : undefined;
    const single = empty
      ? { field: empty, rule: 'required', message: `${empty} must be filled in` }
      : { field, rule, message: e.message, ...(params != null && typeof params === 'object' ? { params } : {}) };
    const named = (Array.isArray(issues) ? issues : [single]) as (FieldIssue & { field?: unknown })[];
    const mine = code === 'BAD_USER_INPUT' ? named.filter((i) => typeof i.field === 'string' && fields.includes(formField(i.field))) : [];
    if (!mine.length) rest.push(e.message);
    for (const { field: path, ...issue } of mine) problems.fields[formField(path as string)] ??= issue;
  }
  if (error.networkError || rest.length) problems.form = describeError(error, t);
  return problems;
}
