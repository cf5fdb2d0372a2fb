import { builder } from '../registry.ts';
import { CertificationBody } from './certification-body.ts';
import { selectionQuery } from './query-from-info.ts';

/** Occupation belongs to enterprise-classes; this registry adds the bodies that certify it. */
export const Occupation = builder.externalRef('Occupation', builder.selection<{ code: string }>('code'));

Occupation.implement({
  externalFields: (t) => ({ code: t.string({ description: 'The occupation code, e.g. FITTER.' }) }),
  fields: (t) => ({
    certificationBodies: t.field({
      type: [CertificationBody],
      listSize: { assumedSize: 200 },
      nullable: true,
      description: 'Bodies that certify skill levels in this occupation, oldest record first.',
      resolve: async (o, _args, ctx, info) =>
        ctx.loaders.bodiesByOccupationCode(await selectionQuery(ctx, info, 'CertificationBody')).load(o.code),
    }),
  }),
});
