import { builder } from '../registry.ts';
import { Enterprise } from './enterprise.ts';

/** Industry belongs to enterprise-classes; this registry adds the enterprises in it. */
export const Industry = builder.externalRef('Industry', builder.selection<{ code: string }>('code'));

Industry.implement({
  externalFields: (t) => ({ code: t.string() }),
  fields: (t) => ({
    enterprises: t.field({
      type: [Enterprise],
      nullable: true,
      description: 'Enterprises registered in this industry.',
      resolve: (i, _args, ctx) => ctx.loaders.enterprisesByIndustryCode.load(i.code),
    }),
  }),
});
