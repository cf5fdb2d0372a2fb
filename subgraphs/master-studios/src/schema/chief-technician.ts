import { userError } from '@partnership/kit';
import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';
import { Master } from './master.ts';

export const ChiefTechnician = builder.prismaObject('ChiefTechnician', {
  description: 'A district chief technician title (区首席技师), awarded in numbered batches.',
  fields: (t) => ({
    batch: t.exposeInt('batch', { description: 'Number of the selection batch (e.g. 15 for the 15th).' }),
    year: t.exposeInt('year', { description: 'Year the batch was selected.' }),
    master: t.relation('master', { description: 'The master who holds the title.' }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

builder.prismaObjectField(Master, 'chiefTechnicianTitles', (t) =>
  t.relation('chiefTitles', {
    listSize: { assumedSize: 5 },
    description: 'District chief technician titles (区首席技师) the master holds, by batch.',
    query: { orderBy: [{ batch: 'asc' }, { id: 'asc' }] },
  }),
);

builder.queryFields((t) => ({
  chiefTechnicians: t.prismaField({
    type: [ChiefTechnician],
    // One batch, as callers ask (402 at most at seed:scale 1); every batch there is 5,010, a dump
    // the cost limit would otherwise refuse with anything nested.
    listSize: { assumedSize: 500 },
    description: 'District chief technicians (区首席技师), by batch and then oldest record first, optionally of one batch (the 15th batch selected 10).',
    args: { batch: t.arg.int({ required: false, description: 'Only titles of this batch (1 or more); all batches when absent.' }) },
    resolve: (query, _root, { batch }, ctx) => {
      if (batch != null && batch < 1) throw userError('batch must be 1 or more.', 'batch', 'range', { min: 1 });
      return ctx.db.chiefTechnician.findMany({
        ...query,
        where: batch == null ? {} : { batch },
        orderBy: [{ batch: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));
