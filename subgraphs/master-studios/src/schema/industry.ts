import { builder } from '../registry.ts';
import { MasterStudio } from './master-studio.ts';

/** Industry belongs to enterprise-classes; this registry adds the studios that serve it. */
export const Industry = builder.externalRef('Industry', builder.selection<{ code: string }>('code'));

Industry.implement({
  externalFields: (t) => ({ code: t.string() }),
  fields: (t) => ({
    studios: t.field({
      type: [MasterStudio],
      nullable: true,
      resolve: (i, _args, ctx) => ctx.loaders.studiosByIndustryCode.load(i.code),
    }),
  }),
});
