import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';
import { Master } from './master.ts';

export const LeadersGroup = builder.prismaObject('LeadersGroup', {
  description: 'A group of masters that leads skills work across industries, e.g. 萧山工匠大师领航团.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The group id.' }),
    name: t.exposeString('name', { description: 'Name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { description: 'English rendering of the name.', nullable: true }),
    foundedYear: t.exposeInt('foundedYear', { description: 'Year the group was founded, where known.', nullable: true }),
    purpose: t.exposeString('purpose', { description: 'What the group is for, as the source puts it.', nullable: true }),
    members: t.field({
      type: [Master],
      // No data names its members yet: a group of a few dozen masters is assumed.
      listSize: { assumedSize: 50 },
      description: 'Members the registry knows of, oldest master record first; the source names none.',
      // Through the join table: the plugin loads members and their masters with the group.
      select: (_args, _ctx, nestedSelection) => ({
        members: { orderBy: { masterId: 'asc' }, select: { master: nestedSelection(true) } },
      }),
      resolve: (g) => g.members.map((m) => m.master),
    }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

builder.queryFields((t) => ({
  leadersGroups: t.prismaField({
    description: 'Groups of masters (e.g. 萧山工匠大师领航团), oldest record first.',
    type: [LeadersGroup],
    listSize: { assumedSize: 5 },
    resolve: (query, _root, _args, ctx) => ctx.db.leadersGroup.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
}));
