import { parseId } from '@partnership/kit';
import { builder } from '../registry.ts';
import { MasterStudio } from './master-studio.ts';

/** School belongs to enterprise-classes; this registry adds its studios. */
export const School = builder.externalRef('School', builder.selection<{ id: string }>('id'));

School.implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    studios: t.field({
      type: [MasterStudio],
      nullable: true,
      description: 'Studios this school runs itself.',
      resolve: (s, _args, ctx) => ctx.loaders.studiosByHostSchoolId.load(parseId(s.id)),
    }),
    campusStudios: t.field({
      type: [MasterStudio],
      nullable: true,
      description: 'Studios of other hosts placed on this school campus.',
      resolve: (s, _args, ctx) => ctx.loaders.studiosByCampusSchoolId.load(parseId(s.id)),
    }),
  }),
});
