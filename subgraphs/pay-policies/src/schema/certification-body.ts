import { anyOf, checkFilterChoices, checkYear, foreignChoices, LIST_FILTER_DESCRIPTION, NAME_CONTAINS_DESCRIPTION, nameContaining, parseId, readPage, userError } from '@partnership/kit';
import { builder, type Context } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Enterprise } from './enterprise.ts';
import { CertificationBodyKind, Provenance } from './enums.ts';
import { Occupation } from './occupation.ts';

/** Batches are added to CertificationBody in certification-batch.ts. */
export const CertificationBody = builder.prismaObject('CertificationBody', {
  description: 'An enterprise or social evaluation organisation allowed to certify skill levels (职业技能等级认定).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The body id.' }),
    kind: t.expose('kind', { description: 'Enterprise (等级认定企业) or social evaluation organisation (社会评价组织).', type: CertificationBodyKind }),
    name: t.exposeString('name', { description: 'Name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { description: 'English rendering of the name, where known.', nullable: true }),
    enterprise: t.relation('enterprise', { nullable: true, description: 'The enterprise itself, for ENTERPRISE bodies.' }),
    pilotSinceYear: t.exposeInt('pilotSinceYear', { description: 'Year it became a certification pilot.' }),
    pilotSinceMonth: t.exposeInt('pilotSinceMonth', { description: 'Month (1-12) it became a pilot, where known.', nullable: true }),
    occupations: t.field({
      type: [Occupation],
      listSize: { assumedSize: 5 },
      nullable: { list: false, items: true },
      description: 'Occupations it certifies, in the order recorded, empty where the source does not say; an item is null when their registry, enterprise-classes, did not answer.',
      resolve: (b) => b.occupationCodes.map((code) => ({ code })),
    }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

builder.prismaObjectField(Enterprise, 'certificationBodies', (t) =>
  t.relation('certificationBodies', {
    listSize: { assumedSize: 5 },
    description: 'Certification bodies the enterprise runs (等级认定企业), oldest record first.',
    query: { orderBy: { id: 'asc' } },
  }),
);

export const CertificationBodyFilter = builder.inputType('CertificationBodyFilter', {
  description: LIST_FILTER_DESCRIPTION,
  fields: (t) => ({
    kind: t.field({ description: 'Bodies of this kind.', type: CertificationBodyKind, required: false }),
    pilotSinceYear: t.int({ required: false, description: 'Bodies that became pilots in this year.' }),
    occupationCodes: t.stringList({
      required: false,
      description: 'Bodies certifying any of these occupations (职业/工种, codes from `occupations`); an unknown code is an error.',
    }),
    nameContains: t.string({ required: false, description: NAME_CONTAINS_DESCRIPTION }),
    provenance: t.field({ description: 'One provenance; see provenances for several.', type: Provenance, required: false }),
    // The same shape as the other registries' filters, so a "hide generated" switch works here too.
    provenances: t.field({
      type: [Provenance],
      required: false,
      description: 'Any of these provenances, e.g. [ARTICLE, REGISTERED] hides generated placeholders.',
    }),
  }),
});

async function bodyWhere(ctx: Context, filter: (typeof CertificationBodyFilter)['$inferInput'] | null | undefined): Promise<Prisma.CertificationBodyWhereInput> {
  if (!filter) return {};
  checkYear(filter.pilotSinceYear, 'filter.pilotSinceYear');
  if (filter.occupationCodes?.some((code) => !code.trim())) {
    throw userError('filter.occupationCodes must not contain empty codes.', 'filter.occupationCodes', 'blank');
  }
  const named = nameContaining(filter.nameContains);
  await checkFilterChoices(filter.occupationCodes, 'filter.occupationCodes', foreignChoices(ctx.references, 'Occupation'));
  return {
    AND: [{ provenance: filter.provenance ?? undefined }, { provenance: anyOf(filter.provenances) }],
    kind: filter.kind ?? undefined,
    pilotSinceYear: filter.pilotSinceYear ?? undefined,
    occupationCodes: filter.occupationCodes?.length ? { hasSome: [...filter.occupationCodes] } : undefined,
    ...named,
  };
}

builder.queryFields((t) => ({
  certificationBody: t.prismaField({
    type: CertificationBody,
    nullable: true,
    description: 'One certification body (等级认定企业 or 社会评价组织) by id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The certification body id.' }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.certificationBody.findUnique({ ...query, where: { id: parseId(id) } }),
  }),
  certificationBodies: t.prismaConnection(
    {
      type: 'CertificationBody',
      cursor: 'id',
      description: 'Certification bodies (等级认定企业, 社会评价组织), oldest record first, narrowed by the filter.',
      args: { filter: t.arg({ type: CertificationBodyFilter, required: false, description: 'Narrows the bodies; all when absent.' }) },
      totalCount: async (_connection, args, ctx) => ctx.db.certificationBody.count({ where: await bodyWhere(ctx, args.filter) }),
      resolve: async (query, _root, args, ctx) =>
        readPage(query, await bodyWhere(ctx, args.filter), (page) => ctx.db.certificationBody.findMany({ ...page, orderBy: { id: 'asc' } })),
    },
    { name: 'CertificationBodyConnection', description: 'A page of certification bodies with the total that match.' },
    { name: 'CertificationBodyEdge' },
  ),
}));
