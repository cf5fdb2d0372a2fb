import { anyOf, parseId, readPage } from '@partnership/kit';
import { builder } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Enterprise } from './enterprise.ts';
import { PolicyScope, Provenance } from './enums.ts';

export const PayPolicy = builder.prismaObject('PayPolicy', {
  description: 'A pay rise an enterprise gives skilled workers (薪酬待遇向技能人才倾斜).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The pay policy id.' }),
    enterprise: t.relation('enterprise', { description: 'The enterprise that adopted it.' }),
    scope: t.expose('scope', { description: 'Whom the policy favours: high-skill talent (高技能人才) or front-line skilled workers (一线技能人才).', type: PolicyScope }),
    upliftMinPercent: t.float({ description: 'Lowest pay rise, in percent.', resolve: (p) => p.upliftMinPercent.toNumber() }),
    upliftMaxPercent: t.float({ description: 'Highest pay rise, in percent.', resolve: (p) => p.upliftMaxPercent.toNumber() }),
    effectiveYear: t.exposeInt('effectiveYear', { description: 'Year the policy took effect.' }),
    description: t.exposeString('description', { description: 'What the policy says, as the source words it.', nullable: true }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

builder.prismaObjectField(Enterprise, 'payPolicies', (t) =>
  t.relation('payPolicies', { listSize: { assumedSize: 5 }, description: 'Pay policies of the enterprise (薪酬待遇), oldest record first.', query: { orderBy: { id: 'asc' } } }),
);

type PolicyArgs = { scope?: Prisma.PayPolicyWhereInput['scope'] | null; enterpriseIds?: readonly (string | number)[] | null };

function policyWhere({ scope, enterpriseIds }: PolicyArgs): Prisma.PayPolicyWhereInput {
  return {
    scope: scope ?? undefined,
    enterpriseId: anyOf(enterpriseIds?.map((id) => parseId(id, 'enterpriseIds'))),
  };
}

builder.queryFields((t) => ({
  payPolicies: t.prismaConnection(
    {
      type: 'PayPolicy',
      cursor: 'id',
      description: 'Pay policies (薪酬政策), oldest record first, optionally of one scope or of some enterprises.',
      args: {
        scope: t.arg({ type: PolicyScope, required: false, description: 'Only policies of this scope.' }),
        enterpriseIds: t.arg.idList({ required: false, description: 'Only policies of these enterprises.' }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.payPolicy.count({ where: policyWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        readPage(query, policyWhere(args), (page) => ctx.db.payPolicy.findMany({ ...page, orderBy: { id: 'asc' } })),
    },
    { name: 'PayPolicyConnection', description: 'A page of pay policies with the total that match.' },
    { name: 'PayPolicyEdge' },
  ),
}));
