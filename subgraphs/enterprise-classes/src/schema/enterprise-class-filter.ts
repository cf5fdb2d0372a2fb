import { containsText, parseId, userError } from '@partnership/kit';
import { builder } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Provenance } from './enums.ts';

export const EnterpriseClassFilter = builder.inputType('EnterpriseClassFilter', {
  description: 'Every field narrows the result; lists match any of their values.',
  fields: (t) => ({
    industryCodes: t.stringList({ required: false, description: 'Classes for any of these industry codes.' }),
    occupationCodes: t.stringList({ required: false, description: 'Classes that train for any of these occupations.' }),
    partnerEnterpriseIds: t.idList({ required: false, description: 'Classes for any of these partner enterprises.' }),
    schoolIds: t.idList({ required: false, description: 'Classes of any of these schools.' }),
    cohortYears: t.intList({ required: false, description: 'Classes of any of these cohort years.' }),
    nameContains: t.string({ required: false, description: 'Case-insensitive part of the Chinese or English name; % and _ match themselves.' }),
    provenance: t.field({ type: Provenance, required: false, description: 'Only classes with this provenance.' }),
  }),
});

type Filter = (typeof EnterpriseClassFilter)['$inferInput'];

const anyOf = <T>(values: readonly T[] | null | undefined) => (values?.length ? { in: [...values] } : undefined);

/** Turns a filter into a Prisma where clause, refusing input that cannot match anything sensible. */
export function enterpriseClassWhere(filter: Filter | null | undefined): Prisma.EnterpriseClassWhereInput {
  if (!filter) return {};
  const name = filter.nameContains?.trim();
  if (filter.nameContains != null && (!name || name.length > 100)) {
    throw userError('filter.nameContains must be 1 to 100 characters after trimming.', 'filter.nameContains');
  }
  if (filter.cohortYears?.some((year) => year < 1949 || year > 2100)) {
    throw userError('filter.cohortYears must hold years between 1949 and 2100.', 'filter.cohortYears');
  }
  const occupations = anyOf(filter.occupationCodes);
  return {
    industryCode: anyOf(filter.industryCodes),
    partnerEnterpriseId: anyOf(filter.partnerEnterpriseIds?.map((id) => parseId(id, 'filter.partnerEnterpriseIds'))),
    schoolId: anyOf(filter.schoolIds?.map((id) => parseId(id, 'filter.schoolIds'))),
    cohortYear: anyOf(filter.cohortYears),
    provenance: filter.provenance ?? undefined,
    ...(occupations && { occupations: { some: { occupationCode: occupations } } }),
    ...(name && {
      OR: [{ name: containsText(name) }, { nameEn: containsText(name) }],
    }),
  };
}
