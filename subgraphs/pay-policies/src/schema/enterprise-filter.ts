import { containsText, userError } from '@partnership/kit';
import { builder } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Provenance } from './enums.ts';

export const EnterpriseFilter = builder.inputType('EnterpriseFilter', {
  description: 'Every field narrows the result; lists match any of their values.',
  fields: (t) => ({
    industryCodes: t.stringList({ description: 'Enterprises in any of these industries.', required: false }),
    towns: t.stringList({ description: 'Enterprises in any of these towns or platforms (镇街/平台).', required: false }),
    nameContains: t.string({ required: false, description: 'Case-insensitive part of the Chinese or English name; % and _ match themselves.' }),
    provenance: t.field({ description: 'Enterprises whose record has this provenance.', type: Provenance, required: false }),
    hasCertificationBody: t.boolean({
      required: false,
      description: 'true: only enterprises that certify skill levels themselves; false: only those that do not.',
    }),
    hasPayPolicy: t.boolean({ required: false, description: 'true: only enterprises with a recorded pay policy.' }),
  }),
});

type Filter = (typeof EnterpriseFilter)['$inferInput'];

const anyOf = <T>(values: readonly T[] | null | undefined) => (values?.length ? { in: [...values] } : undefined);
const someOrNone = (wanted: boolean | null | undefined) => (wanted == null ? undefined : wanted ? { some: {} } : { none: {} });

/** Turns a filter into a Prisma where clause, refusing input that cannot match anything sensible. */
export function enterpriseWhere(filter: Filter | null | undefined): Prisma.EnterpriseWhereInput {
  if (!filter) return {};
  const name = filter.nameContains?.trim();
  if (filter.nameContains != null && (!name || name.length > 100)) {
    throw userError('filter.nameContains must be 1 to 100 characters after trimming.', 'filter.nameContains');
  }
  return {
    industryCode: anyOf(filter.industryCodes),
    town: anyOf(filter.towns),
    provenance: filter.provenance ?? undefined,
    certificationBodies: someOrNone(filter.hasCertificationBody),
    payPolicies: someOrNone(filter.hasPayPolicy),
    ...(name && {
      OR: [{ name: containsText(name) }, { nameEn: containsText(name) }],
    }),
  };
}
