import { anyOf, checkFilterChoices, checkStatedWithValues, checkYear, LIST_FILTER_DESCRIPTION, NAME_CONTAINS_DESCRIPTION, nameContaining, parseId } from '@partnership/kit';
import { builder } from '../registry.ts';
import type { Context } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { industryChoices, occupationChoices } from './catalogue-codes.ts';
import { Provenance } from './enums.ts';

export const EnterpriseClassFilter = builder.inputType('EnterpriseClassFilter', {
  description: LIST_FILTER_DESCRIPTION,
  fields: (t) => ({
    industryCodes: t.stringList({ required: false, description: 'Codes from the industry catalogue (产业, `industries`); an unknown code is an error naming the valid ones.' }),
    industryStated: t.boolean({
      required: false,
      description: 'false: only classes whose industry is not stated (未注明); true: only those with an industry, stated or inferred.',
    }),
    occupationCodes: t.stringList({
      required: false,
      description: 'Classes that train for any of these occupations (职业/工种, codes from `occupations`); an unknown code is an error.',
    }),
    partnerEnterpriseIds: t.idList({ required: false, description: 'Classes for any of these partner enterprises.' }),
    schoolIds: t.idList({ required: false, description: 'Classes of any of these schools.' }),
    cohortYears: t.intList({ required: false, description: 'Classes of any of these cohort years.' }),
    nameContains: t.string({ required: false, description: NAME_CONTAINS_DESCRIPTION }),
    provenance: t.field({ type: Provenance, required: false, description: 'One provenance; see provenances for several.' }),
    provenances: t.field({
      type: [Provenance],
      required: false,
      description: 'Any of these provenances, e.g. [ARTICLE, REGISTERED] hides generated placeholders.',
    }),
  }),
});

type Filter = (typeof EnterpriseClassFilter)['$inferInput'];

/** Turns a filter into a Prisma where clause, refusing input that cannot match anything sensible. */
export async function enterpriseClassWhere(ctx: Context, filter: Filter | null | undefined): Promise<Prisma.EnterpriseClassWhereInput> {
  if (!filter) return {};
  await checkFilterChoices(filter.industryCodes, 'filter.industryCodes', industryChoices(ctx));
  await checkFilterChoices(filter.occupationCodes, 'filter.occupationCodes', occupationChoices(ctx));
  checkStatedWithValues(filter.industryCodes, filter.industryStated, 'industryCodes', 'industryStated');
  const named = nameContaining(filter.nameContains);
  for (const year of filter.cohortYears ?? []) checkYear(year, 'filter.cohortYears');
  const occupations = anyOf(filter.occupationCodes);
  return {
    industryCode: anyOf(filter.industryCodes) ?? (filter.industryStated == null ? undefined : filter.industryStated ? { not: null } : null),
    partnerEnterpriseId: anyOf(filter.partnerEnterpriseIds?.map((id) => parseId(id, 'filter.partnerEnterpriseIds'))),
    schoolId: anyOf(filter.schoolIds?.map((id) => parseId(id, 'filter.schoolIds'))),
    cohortYear: anyOf(filter.cohortYears),
    AND: [{ provenance: filter.provenance ?? undefined }, { provenance: anyOf(filter.provenances) }],
    ...(occupations && { occupations: { some: { occupationCode: occupations } } }),
    ...named,
  };
}
