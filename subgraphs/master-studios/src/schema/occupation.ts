import { builder } from '../registry.ts';
import { studioQuery } from './studio-query.ts';
import { MasterStudio } from './master-studio.ts';

/** Occupation belongs to enterprise-classes; this registry adds the studios of that trade. */
export const Occupation = builder.externalRef('Occupation', builder.selection<{ code: string }>('code'));

Occupation.implement({
  externalFields: (t) => ({ code: t.string({ description: 'The occupation code, e.g. FITTER.' }) }),
  fields: (t) => ({
    studios: t.field({ description: 'Studios that work in this occupation, oldest record first.',
      type: [MasterStudio],
      listSize: { assumedSize: 1000 },
      nullable: true,
      resolve: async (o, _args, ctx, info) => ctx.loaders.studiosByOccupationCode(await studioQuery(ctx, info)).load(o.code),
    }),
  }),
});
