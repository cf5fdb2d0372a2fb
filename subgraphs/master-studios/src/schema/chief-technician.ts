import { userError } from '@partnership/kit';
import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';
import { Master } from './master.ts';

export const ChiefTechnician = builder.prismaObject('ChiefTechnician', {
  description: 'A district chief technician title (区首席技师), awarded in numbered batches.',
  fields: (t) => ({
    batch: t.exposeInt('batch'),
    year: t.exposeInt('year'),
    master: t.field({ type: Master, resolve: async (c, _args, ctx) => (await ctx.loaders.masterById.load(c.masterId))! }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

builder.prismaObjectField(Master, 'chiefTechnicianTitles', (t) =>
  t.field({ type: [ChiefTechnician], resolve: (m, _args, ctx) => ctx.loaders.chiefTitlesByMasterId.load(m.id) }),
);

builder.queryFields((t) => ({
  chiefTechnicians: t.prismaField({
    type: [ChiefTechnician],
    description: 'District chief technicians, optionally of one batch (the 15th batch selected 10).',
    args: { batch: t.arg.int({ required: false }) },
    resolve: (query, _root, { batch }, ctx) => {
      if (batch != null && batch < 1) throw userError('batch must be 1 or more.', 'batch');
      return ctx.db.chiefTechnician.findMany({
        ...query,
        where: batch == null ? {} : { batch },
        orderBy: [{ batch: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));
