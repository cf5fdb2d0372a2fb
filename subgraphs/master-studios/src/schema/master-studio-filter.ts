import { containsText, parseId, userError } from '@partnership/kit';
import { builder } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Provenance, StudioKind, StudioLevel } from './enums.ts';

export const MasterStudioFilter = builder.inputType('MasterStudioFilter', {
  description: 'Every field narrows the result; lists match any of their values.',
  fields: (t) => ({
    levels: t.field({ description: 'Studios at any of these levels.', type: [StudioLevel], required: false }),
    kinds: t.field({ description: 'Studios of any of these kinds.', type: [StudioKind], required: false }),
    occupationCodes: t.stringList({ description: 'Studios in any of these occupations (职业编码).', required: false }),
    industryCodes: t.stringList({ description: 'Studios serving any of these industries.', required: false }),
    towns: t.stringList({ description: 'Studios in any of these towns or platforms (镇街/平台).', required: false }),
    hostEnterpriseIds: t.idList({ description: 'Studios hosted by any of these enterprises.', required: false }),
    nameContains: t.string({ required: false, description: 'Case-insensitive part of the Chinese or English name; % and _ match themselves.' }),
    recognisedInYear: t.int({ required: false, description: 'Studios recognised at their current level in this year.' }),
    provenance: t.field({ description: 'Studios whose record has this provenance.', type: Provenance, required: false }),
    retired: t.boolean({ required: false, description: 'true: only retired studios; false: only studios still working. Both when absent.' }),
  }),
});

type Filter = (typeof MasterStudioFilter)['$inferInput'];

const anyOf = <T>(values: readonly T[] | null | undefined) => (values?.length ? { in: [...values] } : undefined);

/** Turns a filter into a Prisma where clause, refusing input that cannot match anything sensible. */
export function studioWhere(filter: Filter | null | undefined): Prisma.MasterStudioWhereInput {
  if (!filter) return {};
  const name = filter.nameContains?.trim();
  if (filter.nameContains != null && (!name || name.length > 100)) {
    throw userError('filter.nameContains must be 1 to 100 characters after trimming.', 'filter.nameContains');
  }
  const year = filter.recognisedInYear;
  if (year != null && (year < 1949 || year > 2100)) {
    throw userError('filter.recognisedInYear must be a year between 1949 and 2100.', 'filter.recognisedInYear');
  }
  return {
    level: anyOf(filter.levels),
    kind: anyOf(filter.kinds),
    occupationCode: anyOf(filter.occupationCodes),
    industryCode: anyOf(filter.industryCodes),
    town: anyOf(filter.towns),
    hostEnterpriseId: anyOf(filter.hostEnterpriseIds?.map((id) => parseId(id, 'filter.hostEnterpriseIds'))),
    recognisedYear: year ?? undefined,
    provenance: filter.provenance ?? undefined,
    retiredAt: filter.retired == null ? undefined : filter.retired ? { not: null } : null,
    ...(name && {
      OR: [{ name: containsText(name) }, { nameEn: containsText(name) }],
    }),
  };
}
