import { anyOf, checkFilterChoices, checkStatedWithValues, checkTowns, foreignChoices, LIST_FILTER_DESCRIPTION, NAME_CONTAINS_DESCRIPTION, nameContaining, statedCondition as stated } from '@partnership/kit';
import { builder, type Context } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Provenance } from './enums.ts';

export const EnterpriseFilter = builder.inputType('EnterpriseFilter', {
  description: LIST_FILTER_DESCRIPTION,
  fields: (t) => ({
    industryCodes: t.stringList({
      required: false,
      description: 'Enterprises in any of these industries (产业, codes from `industries`); an unknown code is an error naming the valid ones.',
    }),
    industryStated: t.boolean({
      required: false,
      description: 'false: only enterprises whose industry is not stated (未注明); true: only those with one, stated or inferred.',
    }),
    towns: t.stringList({ required: false, description: 'Towns from the controlled list (`towns`); an unknown town is an error.' }),
    townStated: t.boolean({ required: false, description: 'false: only enterprises whose town is not stated (未注明); true: only those with one.' }),
    nameContains: t.string({ required: false, description: NAME_CONTAINS_DESCRIPTION }),
    provenance: t.field({ type: Provenance, required: false, description: 'One provenance; see provenances for several.' }),
    provenances: t.field({
      type: [Provenance],
      required: false,
      description: 'Any of these provenances, e.g. [ARTICLE, REGISTERED] hides generated placeholders.',
    }),
    hasCertificationBody: t.boolean({
      required: false,
      description: 'true: only enterprises that certify skill levels themselves; false: only those that do not.',
    }),
    hasPayPolicy: t.boolean({ required: false, description: 'true: only enterprises with a recorded pay policy.' }),
  }),
});

type Filter = (typeof EnterpriseFilter)['$inferInput'];

const someOrNone = (wanted: boolean | null | undefined) => (wanted == null ? undefined : wanted ? { some: {} } : { none: {} });

/**
 * Turns a filter into a Prisma where clause, refusing input that cannot match anything sensible;
 * industry codes are checked against enterprise-classes' catalogue.
 */
export async function enterpriseWhere(ctx: Context, filter: Filter | null | undefined): Promise<Prisma.EnterpriseWhereInput> {
  if (!filter) return {};
  const named = nameContaining(filter.nameContains);
  checkTowns(filter.towns, 'filter.towns');
  await checkFilterChoices(filter.industryCodes, 'filter.industryCodes', foreignChoices(ctx.references, 'Industry'));
  checkStatedWithValues(filter.industryCodes, filter.industryStated, 'industryCodes', 'industryStated');
  checkStatedWithValues(filter.towns, filter.townStated, 'towns', 'townStated');
  return {
    AND: [
      { industryCode: anyOf(filter.industryCodes) }, { industryCode: stated(filter.industryStated) },
      { town: anyOf(filter.towns) }, { town: stated(filter.townStated) },
      { provenance: filter.provenance ?? undefined }, { provenance: anyOf(filter.provenances) },
    ],
    certificationBodies: someOrNone(filter.hasCertificationBody),
    payPolicies: someOrNone(filter.hasPayPolicy),
    ...named,
  };
}
