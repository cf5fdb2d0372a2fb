import { parseId } from '@partnership/kit';
import { builder } from '../registry.ts';
import { studioQuery } from './studio-query.ts';
import { MasterStudio } from './master-studio.ts';

/** School belongs to enterprise-classes; this registry adds its studios. */
export const School = builder.externalRef('School', builder.selection<{ id: string }>('id'));

School.implement({
  externalFields: (t) => ({ id: t.id({ description: 'The school id.' }) }),
  fields: (t) => ({
    studios: t.field({
      type: [MasterStudio],
      listSize: { assumedSize: 100 },
      nullable: true,
      description: 'Studios this school runs itself, oldest record first.',
      resolve: async (s, _args, ctx, info) => ctx.loaders.studiosByHostSchoolId(await studioQuery(ctx, info)).load(parseId(s.id)),
    }),
    campusStudios: t.field({
      type: [MasterStudio],
      listSize: { assumedSize: 50 },
      nullable: true,
      description: 'Studios of other hosts placed on this school campus, oldest record first.',
      resolve: async (s, _args, ctx, info) => ctx.loaders.studiosByCampusSchoolId(await studioQuery(ctx, info)).load(parseId(s.id)),
    }),
  }),
});
