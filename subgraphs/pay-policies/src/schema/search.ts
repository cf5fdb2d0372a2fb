import { matchesSql, MAX_SEARCH_HITS, rankedSearch, rankSql, replicaOf } from '@partnership/kit';
import { builder } from '../registry.ts';
import { Enterprise } from './enterprise.ts';

// Enterprises match by name or town. The studios an enterprise hosts come with the hit through
// Enterprise.firstStudios (master-studios) in the same gateway request: that is how "杭齿" finds
// 陆立军's studio.
const ENTERPRISE_HITS = `
  SELECT id, ${rankSql(['name', '"nameEn"', 'town'])} AS rank, provenance, name
  FROM "Enterprise" WHERE ${matchesSql(['name', '"nameEn"', 'town'])}`;

builder.queryFields((t) => ({
  searchEnterprises: t.field({
    type: [Enterprise],
    description:
      'Enterprises (企业) whose Chinese or English name or town contains the text: exact matches first, then prefixes, then the rest; the article\'s records before generated ones, then by name.',
    args: {
      text: t.arg.string({ required: true, description: 'Any part of a name or town, in Chinese or English; % and _ match themselves.' }),
      first: t.arg.int({ required: false, description: `Most hits to return: 1 to ${MAX_SEARCH_HITS}, 10 when absent.` }),
    },
    resolve: (_root, { text, first }, ctx) =>
      rankedSearch(replicaOf(ctx.db), ENTERPRISE_HITS, text, first, (ids: number[]) => replicaOf(ctx.db).enterprise.findMany({ where: { id: { in: ids } } }), (e) => e.id),
  }),
}));
