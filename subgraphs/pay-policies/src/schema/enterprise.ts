import { parseId, readPage } from '@partnership/kit';
import { builder } from '../registry.ts';
import { EnterpriseFilter, enterpriseWhere } from './enterprise-filter.ts';
import { Provenance } from './enums.ts';
import { Industry } from './industry.ts';
import { selectionQuery } from './query-from-info.ts';

/**
 * The federation's Enterprise; other registries return `{ id }` stubs of it. Pay policies,
 * pathways, certification bodies and subsidies are added in their own files.
 */
export const Enterprise = builder.prismaObject('Enterprise', {
  description: 'An enterprise (企业) in the district registries.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The enterprise id.' }),
    name: t.exposeString('name', { description: 'Name in Chinese (企业名称).' }),
    nameEn: t.exposeString('nameEn', { description: 'English rendering of the name, where known.', nullable: true }),
    industry: t.field({
      type: Industry,
      nullable: true,
      description: 'Null where the source does not say, or when its registry, enterprise-classes, did not answer.',
      resolve: (e) => (e.industryCode == null ? null : { code: e.industryCode }),
    }),
    industryInferred: t.exposeBoolean('industryInferred', {
      description: 'The industry is inferred (推断), not stated by the source; industryNote says from what.',
    }),
    industryNote: t.exposeString('industryNote', { nullable: true, description: 'Why an inferred industry was chosen.' }),
    town: t.exposeString('town', { nullable: true, description: 'Town or platform (镇街/平台), where known.' }),
    creditCode: t.exposeString('creditCode', { nullable: true, description: '统一社会信用代码, where known.' }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

builder.asEntity(Enterprise, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx, info) =>
    ctx.loaders.enterpriseById(await selectionQuery(ctx, info, 'Enterprise')).load(parseId(id)),
});

builder.queryFields((t) => ({
  enterprise: t.prismaField({
    type: Enterprise,
    nullable: true,
    description: 'One enterprise (企业) by id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The enterprise id.' }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.enterprise.findUnique({ ...query, where: { id: parseId(id) } }),
  }),
  enterprises: t.prismaConnection(
    {
      type: 'Enterprise',
      cursor: 'id',
      description: 'Enterprises (企业), oldest record first, narrowed by the filter.',
      args: { filter: t.arg({ type: EnterpriseFilter, required: false, description: 'Narrows the enterprises; all when absent.' }) },
      totalCount: async (_connection, args, ctx) => ctx.db.enterprise.count({ where: await enterpriseWhere(ctx, args.filter) }),
      resolve: async (query, _root, args, ctx) =>
        readPage(query, await enterpriseWhere(ctx, args.filter), (page) => ctx.db.enterprise.findMany({ ...page, orderBy: { id: 'asc' } })),
    },
    { name: 'EnterpriseConnection', description: 'A page of enterprises with the total that match.' },
    { name: 'EnterpriseEdge' },
  ),
}));
