import { builder } from '../registry.ts';
import { isoDate } from '../dates.ts';
import { CertificationBody } from './certification-body.ts';
import { Provenance } from './enums.ts';

export const CertificationBatch = builder.prismaObject('CertificationBatch', {
  description: 'People one body certified in one period.',
  fields: (t) => ({
    id: t.exposeID('id'),
    body: t.field({
      type: CertificationBody,
      resolve: async (b, _args, ctx) => (await ctx.loaders.bodyById.load(b.bodyId))!,
    }),
    periodEnd: t.string({ description: 'Last day of the period, YYYY-MM-DD.', resolve: (b) => isoDate(b.periodEnd) }),
    peopleCertified: t.exposeInt('peopleCertified'),
    selfTrained: t.exposeInt('selfTrained', {
      nullable: true,
      description: 'Of those, people the enterprise trained itself; null where the source does not say.',
    }),
    description: t.exposeString('description', { nullable: true }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

builder.prismaObjectField(CertificationBody, 'batches', (t) =>
  t.field({ type: [CertificationBatch], resolve: (b, _args, ctx) => ctx.loaders.batchesByBodyId.load(b.id) }),
);
