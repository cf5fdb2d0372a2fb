import { builder } from '../registry.ts';
import { isoDate } from '../dates.ts';
import { CertificationBody } from './certification-body.ts';
import { Provenance } from './enums.ts';

export const CertificationBatch = builder.prismaObject('CertificationBatch', {
  description: 'People one body certified (等级认定) in one period.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The batch id.' }),
    body: t.relation('body', { description: 'The body that certified them.' }),
    periodEnd: t.string({ description: 'Last day of the period, YYYY-MM-DD.', resolve: (b) => isoDate(b.periodEnd) }),
    peopleCertified: t.exposeInt('peopleCertified', { description: 'People certified in the period (取证人数).' }),
    selfTrained: t.exposeInt('selfTrained', {
      nullable: true,
      description: 'Of those, people the enterprise trained itself; null where the source does not say.',
    }),
    description: t.exposeString('description', { description: 'What the source says about the batch.', nullable: true }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

builder.prismaObjectField(CertificationBody, 'batches', (t) =>
  t.relation('batches', {
    listSize: { assumedSize: 10 },
    description: 'People the body certified, one batch per period, earliest first.',
    query: { orderBy: [{ periodEnd: 'asc' }, { id: 'asc' }] },
  }),
);
