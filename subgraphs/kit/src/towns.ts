// Towns and platforms (镇街/平台) are a controlled list, not free text: a typo would split a town
// filter. The article surveyed 8 and names 4; the rest are recorded under one "other" bucket.
import { unknownChoices } from './filter-choices.ts';

/** The four the article names among the eight it surveyed. */
export const NAMED_TOWNS = ['河上镇', '瓜沥镇', '蜀山街道', '开发区'] as const;
/** Any other town or platform, including the four surveyed ones the article does not name. */
export const OTHER_TOWN = '其他镇街（平台）';
export const TOWNS: readonly string[] = [...NAMED_TOWNS, OTHER_TOWN];

export const TOWN_CHOICES = { noun: 'town', listedBy: 'towns' };

/** Refuses a town outside the list, naming the valid choices. */
export function checkTowns(towns: readonly string[] | null | undefined, field: string): void {
  const unknown = [...new Set(towns?.filter((town) => !TOWNS.includes(town)))];
  if (unknown.length) throw unknownChoices(field, TOWN_CHOICES, unknown, TOWNS);
}

/** A where condition on a nullable column: false keeps the rows where it is not stated (null). */
export const statedCondition = (wanted: boolean | null | undefined) => (wanted == null ? undefined : wanted ? { not: null } : null);
