import { builder } from '../registry.ts';
import { Enterprise } from './enterprise.ts';
import { selectionQuery } from './query-from-info.ts';

/** Industry belongs to enterprise-classes; this registry adds the enterprises in it. */
export const Industry = builder.externalRef('Industry', builder.selection<{ code: string }>('code'));

Industry.implement({
  externalFields: (t) => ({ code: t.string({ description: 'The industry code, e.g. SMART_VEHICLES.' }) }),
  fields: (t) => ({
    enterprises: t.field({
      type: [Enterprise],
      listSize: { assumedSize: 200 },
      nullable: true,
      description: 'Enterprises registered in this industry, oldest record first.',
      resolve: async (i, _args, ctx, info) => ctx.loaders.enterprisesByIndustryCode(await selectionQuery(ctx, info, 'Enterprise')).load(i.code),
    }),
  }),
});
