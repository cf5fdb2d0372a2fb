import { checkYear, readPage } from '@partnership/kit';
import { builder } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Enterprise } from './enterprise.ts';
import { Provenance, SUBSIDY_KINDS, SubsidyKind } from './enums.ts';
import { SafeInt } from './safe-int.ts';

export const Subsidy = builder.prismaObject('Subsidy', {
  description: 'One subsidy payment (资助) to an enterprise.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The payment id.' }),
    kind: t.expose('kind', { description: 'Certification grant (等级认定一次性资助) or high-skill talent subsidy (高技能人才资助).', type: SubsidyKind }),
    enterprise: t.relation('enterprise', { nullable: true, description: 'The enterprise paid; null for a payment the source does not attribute.' }),
    amountCny: t.exposeInt('amountCny', { description: 'Amount paid, in CNY.' }),
    year: t.exposeInt('year', { description: 'Year it was paid.' }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

builder.prismaObjectField(Enterprise, 'subsidies', (t) =>
  t.relation('subsidies', {
    listSize: { assumedSize: 5 },
    description: 'Subsidies paid to the enterprise, by year and then oldest record first.',
    query: { orderBy: [{ year: 'asc' }, { id: 'asc' }] },
  }),
);

type KindTotal = { kind: (typeof SubsidyKind)['$inferType']; totalCny: number; payments: number };

export const SubsidyKindTotal = builder.objectRef<KindTotal>('SubsidyKindTotal').implement({
  description: 'Subsidies of one kind paid in a year.',
  fields: (t) => ({
    kind: t.expose('kind', { description: 'The subsidy kind.', type: SubsidyKind }),
    totalCny: t.expose('totalCny', { type: SafeInt, description: 'Total paid of this kind, in CNY.' }),
    payments: t.exposeInt('payments', { description: 'Number of payments of this kind.' }),
  }),
});

export const SubsidySummary = builder
  .objectRef<{ year: number; byKind: KindTotal[] }>('SubsidySummary')
  .implement({
    description: 'Subsidies paid in one year, summed from the payments on record.',
    fields: (t) => ({
      year: t.exposeInt('year', { description: 'The year summed.' }),
      totalCny: t.field({ type: SafeInt, description: 'Total paid in the year, in CNY.', resolve: (s) => s.byKind.reduce((sum, k) => sum + k.totalCny, 0) }),
      payments: t.int({ description: 'Number of payments in the year.', resolve: (s) => s.byKind.reduce((sum, k) => sum + k.payments, 0) }),
      byKind: t.field({ type: [SubsidyKindTotal], listSize: { assumedSize: 5 }, description: 'Every kind, in the order SubsidyKind lists them, zero where none was paid.', resolve: (s) => s.byKind }),
    }),
  });

type SubsidyArgs = { year?: number | null; kind?: KindTotal['kind'] | null };

function subsidyWhere({ year, kind }: SubsidyArgs): Prisma.SubsidyWhereInput {
  checkYear(year, 'year');
  return { year: year ?? undefined, kind: kind ?? undefined };
}

builder.queryFields((t) => ({
  subsidies: t.prismaConnection(
    {
      type: 'Subsidy',
      cursor: 'id',
      description: 'Subsidy payments (资助), oldest record first, optionally of one year or kind.',
      args: {
        year: t.arg.int({ required: false, description: 'Only payments of this year.' }),
        kind: t.arg({ type: SubsidyKind, required: false, description: 'Only payments of this kind.' }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.subsidy.count({ where: subsidyWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        readPage(query, subsidyWhere(args), (page) => ctx.db.subsidy.findMany({ ...page, orderBy: { id: 'asc' } })),
    },
    { name: 'SubsidyConnection', description: 'A page of subsidy payments with the total that match.' },
    { name: 'SubsidyEdge' },
  ),
  subsidySummary: t.field({
    type: SubsidySummary,
    description: 'Subsidies paid in one year, by kind (资助汇总).',
    args: { year: t.arg.int({ required: true, description: 'The year to sum.' }) },
    resolve: async (_root, { year }, ctx) => {
      const groups = await ctx.db.subsidy.groupBy({
        by: ['kind'],
        where: subsidyWhere({ year }),
        _sum: { amountCny: true },
        _count: { _all: true },
      });
      const byKind = SUBSIDY_KINDS.map((kind) => {
        const group = groups.find((g) => g.kind === kind);
        return { kind, totalCny: group?._sum.amountCny ?? 0, payments: group?._count._all ?? 0 };
      });
      return { year, byKind };
    },
  }),
}));
