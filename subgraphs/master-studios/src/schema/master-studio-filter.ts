import { anyOf, checkFilterChoices, checkStatedWithValues, checkTowns, checkYear, foreignChoices, LIST_FILTER_DESCRIPTION, NAME_CONTAINS_DESCRIPTION, nameContaining, parseId, statedCondition as stated } from '@partnership/kit';
import { builder, type Context } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Provenance, StudioKind, StudioLevel } from './enums.ts';

export const MasterStudioFilter = builder.inputType('MasterStudioFilter', {
  description: LIST_FILTER_DESCRIPTION,
  fields: (t) => ({
    levels: t.field({ type: [StudioLevel], required: false, description: 'Studios at any of these levels.' }),
    kinds: t.field({ type: [StudioKind], required: false, description: 'Studios of any of these kinds.' }),
    occupationCodes: t.stringList({
      required: false,
      description: 'Studios in any of these occupations (职业/工种, codes from `occupations`); an unknown code is an error.',
    }),
    industryCodes: t.stringList({
      required: false,
      description: 'Studios serving any of these industries (产业, codes from `industries`); an unknown code is an error naming the valid ones.',
    }),
    towns: t.stringList({ required: false, description: 'Towns from the controlled list (`towns`); an unknown town is an error.' }),
    townStated: t.boolean({ required: false, description: 'false: only studios whose town is not stated (未注明); true: only those with one.' }),
    hostEnterpriseIds: t.idList({ required: false, description: 'Studios hosted by any of these enterprises.' }),
    nameContains: t.string({ required: false, description: NAME_CONTAINS_DESCRIPTION }),
    recognisedInYear: t.int({ required: false, description: 'Studios recognised at their current level in this year.' }),
    provenance: t.field({ type: Provenance, required: false, description: 'One provenance; see provenances for several.' }),
    provenances: t.field({
      type: [Provenance],
      required: false,
      description: 'Any of these provenances, e.g. [ARTICLE, REGISTERED] hides generated placeholders.',
    }),
    retired: t.boolean({ required: false, description: 'true: only retired studios; false: only studios still working. Both when absent.' }),
  }),
});

type Filter = (typeof MasterStudioFilter)['$inferInput'];

/**
 * Turns a filter into a Prisma where clause, refusing input that cannot match anything sensible;
 * industry and occupation codes are checked against enterprise-classes' catalogues.
 */
export async function studioWhere(ctx: Context, filter: Filter | null | undefined): Promise<Prisma.MasterStudioWhereInput> {
  if (!filter) return {};
  const named = nameContaining(filter.nameContains);
  checkYear(filter.recognisedInYear, 'filter.recognisedInYear');
  checkTowns(filter.towns, 'filter.towns');
  checkStatedWithValues(filter.towns, filter.townStated, 'towns', 'townStated');
  await checkFilterChoices(filter.industryCodes, 'filter.industryCodes', foreignChoices(ctx.references, 'Industry'));
  await checkFilterChoices(filter.occupationCodes, 'filter.occupationCodes', foreignChoices(ctx.references, 'Occupation'));
  return {
    level: anyOf(filter.levels),
    kind: anyOf(filter.kinds),
    occupationCode: anyOf(filter.occupationCodes),
    industryCode: anyOf(filter.industryCodes),
    hostEnterpriseId: anyOf(filter.hostEnterpriseIds?.map((id) => parseId(id, 'filter.hostEnterpriseIds'))),
    recognisedYear: filter.recognisedInYear ?? undefined,
    AND: [
      { town: anyOf(filter.towns) }, { town: stated(filter.townStated) },
      { provenance: filter.provenance ?? undefined }, { provenance: anyOf(filter.provenances) },
    ],
    retiredAt: filter.retired == null ? undefined : filter.retired ? { not: null } : null,
    ...named,
  };
}
