import { userError } from '@partnership/kit';
import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';
import { Master } from './master.ts';

export const ChiefTechnician = builder.prismaObject('ChiefTechnician', {
  description: 'A district chief technician title (区首席技师), awarded in numbered batches.',
  fields: (t) => ({
    batch: t.exposeInt('batch'),
    year: t.exposeInt('year'),
    master: t.relation('master', { description: 'The master who holds the title.' }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

builder.prismaObjectField(Master, 'chiefTechnicianTitles', (t) =>
  t.relation('chiefTitles', {
    description: 'District chief technician titles (区首席技师) the master holds, by batch.',
    query: { orderBy: [{ batch: 'asc' }, { id: 'asc' }] },
  }),
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
