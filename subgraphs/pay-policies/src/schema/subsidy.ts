import { builder } from '../registry.ts';
import { checkYear } from '../dates.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Enterprise } from './enterprise.ts';
import { Provenance, SUBSIDY_KINDS, SubsidyKind } from './enums.ts';

export const Subsidy = builder.prismaObject('Subsidy', {
  description: 'One subsidy payment to an enterprise.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: SubsidyKind }),
    enterprise: t.relation('enterprise', { nullable: true, description: 'The enterprise paid; null for a payment the source does not attribute.' }),
    amountCny: t.exposeInt('amountCny'),
    year: t.exposeInt('year'),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

builder.prismaObjectField(Enterprise, 'subsidies', (t) =>
  t.relation('subsidies', {
    description: 'Subsidies paid to the enterprise, by year.',
    query: { orderBy: [{ year: 'asc' }, { id: 'asc' }] },
  }),
);

type KindTotal = { kind: (typeof SubsidyKind)['$inferType']; totalCny: number; payments: number };

export const SubsidyKindTotal = builder.objectRef<KindTotal>('SubsidyKindTotal').implement({
  fields: (t) => ({
    kind: t.expose('kind', { type: SubsidyKind }),
    totalCny: t.exposeInt('totalCny'),
    payments: t.exposeInt('payments'),
  }),
});

export const SubsidySummary = builder
  .objectRef<{ year: number; byKind: KindTotal[] }>('SubsidySummary')
  .implement({
    description: 'Subsidies paid in one year, summed from the payments on record.',
    fields: (t) => ({
      year: t.exposeInt('year'),
      totalCny: t.int({ resolve: (s) => s.byKind.reduce((sum, k) => sum + k.totalCny, 0) }),
      payments: t.int({ resolve: (s) => s.byKind.reduce((sum, k) => sum + k.payments, 0) }),
      byKind: t.field({ type: [SubsidyKindTotal], description: 'Every kind, zero where none was paid.', resolve: (s) => s.byKind }),
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
      description: 'Subsidy payments, oldest record first, optionally of one year or kind.',
      args: { year: t.arg.int({ required: false }), kind: t.arg({ type: SubsidyKind, required: false }) },
      totalCount: (_connection, args, ctx) => ctx.db.subsidy.count({ where: subsidyWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.subsidy.findMany({ ...query, where: subsidyWhere(args), orderBy: { id: 'asc' } }),
    },
    { name: 'SubsidyConnection', description: 'A page of subsidy payments with the total that match.' },
    { name: 'SubsidyEdge' },
  ),
  subsidySummary: t.field({
    type: SubsidySummary,
    args: { year: t.arg.int({ required: true }) },
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
