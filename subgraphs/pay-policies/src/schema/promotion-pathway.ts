import { anyOf, parseId, readPage } from '@partnership/kit';
import { builder } from '../registry.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Enterprise } from './enterprise.ts';
import { Provenance } from './enums.ts';

export const PromotionPathway = builder.prismaObject('PromotionPathway', {
  description: 'A route by which skilled workers move into management (岗位晋升).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The pathway id.' }),
    enterprise: t.relation('enterprise', { description: 'The enterprise that adopted it.' }),
    fromRole: t.exposeString('fromRole', { description: 'Role the route starts from, in Chinese (e.g. 技能岗位).' }),
    fromRoleEn: t.exposeString('fromRoleEn', { description: 'English rendering of fromRole.', nullable: true }),
    toRole: t.exposeString('toRole', { description: 'Role the route leads to, in Chinese (e.g. 管理岗位).' }),
    toRoleEn: t.exposeString('toRoleEn', { description: 'English rendering of toRole.', nullable: true }),
    examplePerson: t.exposeString('examplePerson', { nullable: true, description: 'Someone who took this route, if named.' }),
    honours: t.exposeStringList('honours', { description: 'Honours of the example person, as the source names them, in the order recorded.' }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

builder.prismaObjectField(Enterprise, 'promotionPathways', (t) =>
  t.relation('promotionPathways', { listSize: { assumedSize: 5 }, description: 'Promotion pathways of the enterprise (岗位晋升), oldest record first.', query: { orderBy: { id: 'asc' } } }),
);

type PathwayArgs = { enterpriseIds?: readonly (string | number)[] | null };

function pathwayWhere({ enterpriseIds }: PathwayArgs): Prisma.PromotionPathwayWhereInput {
  return { enterpriseId: anyOf(enterpriseIds?.map((id) => parseId(id, 'enterpriseIds'))) };
}

builder.queryFields((t) => ({
  promotionPathways: t.prismaConnection(
    {
      type: 'PromotionPathway',
      cursor: 'id',
      description: 'Promotion pathways (岗位晋升), oldest record first, optionally of some enterprises.',
      args: { enterpriseIds: t.arg.idList({ required: false, description: 'Only pathways of these enterprises.' }) },
      totalCount: (_connection, args, ctx) => ctx.db.promotionPathway.count({ where: pathwayWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        readPage(query, pathwayWhere(args), (page) => ctx.db.promotionPathway.findMany({ ...page, orderBy: { id: 'asc' } })),
    },
    { name: 'PromotionPathwayConnection', description: 'A page of promotion pathways with the total that match.' },
    { name: 'PromotionPathwayEdge' },
  ),
}));
