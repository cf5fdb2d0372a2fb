// What every registry's list filter means by a list: any of its values. An empty list is the same
// as leaving the field out (clients build lists from check boxes: none ticked, no narrowing). And
// what its nameContains means: part of the Chinese or English name.
import { userError } from './errors.ts';
import { YEAR_RANGE } from './validation.ts';
import { containsText } from './input-text.ts';

/** The description of a filter input type whose lists work this way. */
export const LIST_FILTER_DESCRIPTION = 'Every field narrows the result; lists match any of their values, and an empty list is the same as leaving the field out.';

/** Prisma's condition for "any of these values", or none for an absent or empty list. */
export const anyOf = <T>(values: readonly T[] | null | undefined) => (values?.length ? { in: [...values] } : undefined);

/**
 * Refuses values of a column (`industryCodes`) with `…Stated: false` (`industryStated`, the column
 * empty): together they match nothing, which an answer would pass off as "none found".
 */
export function checkStatedWithValues(values: readonly unknown[] | null | undefined, stated: boolean | null | undefined, valuesField: string, statedField: string): void {
  if (values?.length && stated === false) {
    throw userError(`filter.${valuesField} and ${statedField}: false cannot both hold.`, `filter.${statedField}`, 'combination');
  }
}

/** Refuses a year argument outside the years any registry record can have. */
export function checkYear(year: number | null | undefined, field: string): void {
  if (year != null && (year < YEAR_RANGE.min || year > YEAR_RANGE.max)) {
    throw userError(`${field} must be a year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}, got ${year}.`, field, 'range', { ...YEAR_RANGE });
  }
}

/** The description of every filter's nameContains field. */
export const NAME_CONTAINS_DESCRIPTION = 'Case-insensitive part of the Chinese or English name; % and _ match themselves.';

/**
 * Prisma's condition for a record whose Chinese or English name contains the filter's
 * `nameContains` (trimmed), or none when it is absent; blank or over 100 characters is refused.
 */
export function nameContaining(text: string | null | undefined) {
  if (text == null) return undefined;
  const name = text.trim();
  if (!name || name.length > 100) throw userError('filter.nameContains must be 1 to 100 characters after trimming.', 'filter.nameContains', 'length', { minLength: 1, maxLength: 100 });
  return { OR: [{ name: containsText(name) }, { nameEn: containsText(name) }] };
}
