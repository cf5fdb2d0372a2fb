import { parseId } from '@partnership/kit';
import { builder } from '../registry.ts';
import { Enterprise } from './enterprise.ts';
import { Provenance } from './enums.ts';

export const PromotionPathway = builder.prismaObject('PromotionPathway', {
  description: 'A route by which skilled workers move into management (岗位晋升).',
  fields: (t) => ({
    id: t.exposeID('id'),
    enterprise: t.relation('enterprise', { description: 'The enterprise that adopted it.' }),
    fromRole: t.exposeString('fromRole'),
    fromRoleEn: t.exposeString('fromRoleEn', { nullable: true }),
    toRole: t.exposeString('toRole'),
    toRoleEn: t.exposeString('toRoleEn', { nullable: true }),
    examplePerson: t.exposeString('examplePerson', { nullable: true, description: 'Someone who took this route, if named.' }),
    honours: t.exposeStringList('honours', { description: 'Honours of the example person, as the source names them.' }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

builder.prismaObjectField(Enterprise, 'promotionPathways', (t) =>
  t.relation('promotionPathways', { description: 'Promotion pathways of the enterprise (岗位晋升), oldest record first.', query: { orderBy: { id: 'asc' } } }),
);

builder.queryFields((t) => ({
  promotionPathways: t.prismaField({
    type: [PromotionPathway],
    description: 'Promotion pathways, oldest record first, optionally of some enterprises.',
    args: { enterpriseIds: t.arg.idList({ required: false }) },
    resolve: (query, _root, { enterpriseIds }, ctx) =>
      ctx.db.promotionPathway.findMany({
        ...query,
        where: enterpriseIds?.length ? { enterpriseId: { in: enterpriseIds.map((id) => parseId(id, 'enterpriseIds')) } } : {},
        orderBy: { id: 'asc' },
      }),
  }),
}));
