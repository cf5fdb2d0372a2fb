import { builder } from '../registry.ts';
import { studioQuery } from './studio-query.ts';
import { MasterStudio } from './master-studio.ts';

/** Industry belongs to enterprise-classes; this registry adds the studios that serve it. */
export const Industry = builder.externalRef('Industry', builder.selection<{ code: string }>('code'));

Industry.implement({
  externalFields: (t) => ({ code: t.string({ description: 'The industry code, e.g. SMART_VEHICLES.' }) }),
  fields: (t) => ({
    studios: t.field({ description: 'Studios that serve this industry, oldest record first.',
      type: [MasterStudio],
      listSize: { assumedSize: 500 },
      nullable: true,
      resolve: async (i, _args, ctx, info) => ctx.loaders.studiosByIndustryCode(await studioQuery(ctx, info)).load(i.code),
    }),
  }),
});
