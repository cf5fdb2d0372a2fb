// A filter value outside its list of choices (an industry or occupation code, a town) is a typo
// or a stale code: answered, it would give an empty list as if nothing matched. It is refused
// instead, naming the argument and the valid choices, or the query listing them when they are many.
import type { GraphQLError } from 'graphql';
import { userError } from './errors.ts';
import type { CheckForeignReferences, ForeignCatalogue } from './references.ts';

/** The values one kind of filter argument accepts. */
export interface FilterChoices {
  /** One choice, for the message: `industry code`, `town`. */
  noun: string;
  /** The query that lists them all, e.g. `industries { code name }`. */
  listedBy: string;
  /** Which of the values are choices, in order; undefined when that cannot be told now: the filter then runs unchecked. */
  exist(values: readonly string[]): Promise<readonly boolean[] | undefined> | readonly boolean[];
  /** Every choice, for the message; left out when the list is long (the message points at `listedBy`). */
  all?(): Promise<readonly string[] | undefined> | readonly string[];
}

/** A message names at most this many choices; a longer list is left to `listedBy`. */
const NAMED_CHOICES = 30;

/** BAD_USER_INPUT for values of `field` that are not among the choices. */
export function unknownChoices(field: string, choices: Pick<FilterChoices, 'noun' | 'listedBy'>, unknown: readonly string[], all?: readonly string[]): GraphQLError {
  const valid = all && all.length <= NAMED_CHOICES ? `valid ${choices.noun}s: ${all.join(', ')}` : `the valid ${choices.noun}s are listed by \`${choices.listedBy}\``;
  return userError(`${field} has unknown ${choices.noun}(s) ${unknown.join(', ')}; ${valid}.`, field, 'exists', all && all.length <= NAMED_CHOICES ? { values: all } : undefined);
}

/** Refuses the filter argument `field` when any of its values is not a choice. */
export async function checkFilterChoices(values: readonly string[] | null | undefined, field: string, choices: FilterChoices): Promise<void> {
  if (!values?.length) return;
  const exist = await choices.exist(values);
  // Spaces around a code make it none of the choices, though a registry that owns them may read it trimmed.
  const unknown = [...new Set(values.filter((value, i) => value !== value.trim() || exist?.[i] === false))];
  const shown = unknown.map((value) => (value === value.trim() ? value : JSON.stringify(value)));
  if (unknown.length) throw unknownChoices(field, choices, shown, (await choices.all?.()) ?? undefined);
}

const CATALOGUES = {
  Industry: { noun: 'industry code', listedBy: 'industries { code name }', named: true },
  // Occupations run to hundreds at scale: the message says where to find them.
  Occupation: { noun: 'occupation code', listedBy: 'occupations { code name }', named: false },
} as const satisfies Record<ForeignCatalogue, { noun: string; listedBy: string; named: boolean }>;

/** A catalogue's choices (industries, occupations), looked up by `lookUp` wherever the registry keeps them. */
export function catalogueChoices(type: ForeignCatalogue, lookUp: Pick<FilterChoices, 'exist' | 'all'>): FilterChoices {
  const { noun, listedBy, named } = CATALOGUES[type];
  return { noun, listedBy, exist: lookUp.exist, ...(named && lookUp.all && { all: lookUp.all }) };
}

/**
 * The choices of a catalogue another registry owns (enterprise-classes), asked through the
 * gateway; a read goes unchecked while that registry cannot be asked.
 */
export const foreignChoices = (references: CheckForeignReferences, type: ForeignCatalogue): FilterChoices =>
  catalogueChoices(type, { exist: (codes) => references.exist(type, codes), all: () => references.codes(type) });
