import { containsText, parseId, userError } from '@partnership/kit';
import { builder } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Provenance, StudioKind, StudioLevel } from './enums.ts';

export const MasterStudioFilter = builder.inputType('MasterStudioFilter', {
  description: 'Every field narrows the result; lists match any of their values.',
  fields: (t) => ({
    levels: t.field({ type: [StudioLevel], required: false }),
    kinds: t.field({ type: [StudioKind], required: false }),
    occupationCodes: t.stringList({ required: false }),
    industryCodes: t.stringList({ required: false }),
    towns: t.stringList({ required: false }),
    hostEnterpriseIds: t.idList({ required: false }),
    nameContains: t.string({ required: false, description: 'Case-insensitive part of the Chinese or English name; % and _ match themselves.' }),
    recognisedInYear: t.int({ required: false, description: 'Studios recognised at their current level in this year.' }),
    provenance: t.field({ type: Provenance, required: false }),
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
