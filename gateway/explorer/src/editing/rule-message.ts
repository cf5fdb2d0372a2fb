// A refused field's message: in Chinese, the rule said in full from its parameters (年份须在 1949 至
// 2100 之间), never the API's English; in English, the API's own words, the field's label in place of
// its path ("Year must not be before 2019…", not "input.year must…").
import type { TFunction } from 'i18next';

/** One issue of a BAD_USER_INPUT error, as `extensions.issues[i]` carries it. */
export interface FieldIssue {
  rule?: string;
  /** The rule's bounds or choices: `min`, `max`, `minLength`, `maxLength`, `maxItems`, `values`; a code's `length` and `characters`, or its `checkCharacter`. */
  params?: Record<string, unknown>;
  message: string;
}

/** Rules whose `min` and `max` bound a value: a range, and a minimum or maximum another field sets. */
const BOUNDED = new Set(['range', 'minMax']);
/** A bound that is a day (YYYY-MM-DD): it comes before or after, it is not smaller or larger. */
const isDay = (bound: unknown) => typeof bound === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(bound);

/** The wording that fits the parameters the issue has, most specific first. */
function wording({ rule, params = {} }: FieldIssue): string | undefined {
  const has = (...names: string[]) => names.every((name) => params[name] != null);
  // One date or year after another (a level change after the latest one): earlier and later.
  if (rule === 'order' || (BOUNDED.has(rule ?? '') && (isDay(params.min) || isDay(params.max)))) {
    return has('min', 'max') ? 'between' : has('min') ? 'notBefore' : has('max') ? 'notAfter' : undefined;
  }
  if (BOUNDED.has(rule ?? '')) return has('min', 'max') ? 'between' : has('min') ? 'atLeast' : has('max') ? 'atMost' : undefined;
  if (rule === 'length') {
    // A list's length counts its items, a text's its characters.
    if (has('maxItems')) return 'maxItems';
    return has('maxLength') ? 'maxLength' : params.minLength === 1 ? 'notEmpty' : has('minLength') ? 'minLength' : undefined;
  }
  if (rule === 'format') return has('checkCharacter') ? 'checkCharacter' : has('length', 'characters') ? 'characters' : undefined;
  return Array.isArray(params.values) ? 'oneOf' : undefined;
}

/** The capital letters a code's characters leave out (a credit code's I, O, S, V and Z), which people mistype. */
const lettersLeftOut = (characters: unknown) =>
  typeof characters === 'string' ? [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((letter) => !characters.includes(letter)) : [];

/** The message under a field labelled `label`; the rule's generic wording when its parameters are absent. */
export function ruleMessage(issue: FieldIssue, label: string, t: TFunction): string {
  const rule = issue.rule && t(`rule.${issue.rule}`, { defaultValue: '' });
  const values = Array.isArray(issue.params?.values) ? issue.params.values.join(t('common.listSeparator')) : undefined;
  const leftOut = lettersLeftOut(issue.params?.characters).join(t('common.listSeparator'));
  const message = issue.message.replace(/^input\.[\w.]+/, label);
  const key = wording(issue);
  if (key && rule) return t(`fieldRule.${key}`, { ...issue.params, values, leftOut, label, rule, message });
  return rule ? t('fieldRule.generic', { rule, message }) : t('fieldRule.unknown', { message });
}
