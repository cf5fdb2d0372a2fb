import { parseId } from '@partnership/kit';
import { builder } from '../registry.ts';
import { studioQuery } from './studio-query.ts';
import { MasterStudio } from './master-studio.ts';

/** Enterprise belongs to pay-policies; this registry adds the studios it hosts. */
export const Enterprise = builder.externalRef('Enterprise', builder.selection<{ id: string }>('id'));

Enterprise.implement({
  externalFields: (t) => ({ id: t.id({ description: 'The enterprise id.' }) }),
  fields: (t) => ({
    studios: t.field({
      type: [MasterStudio],
      listSize: { assumedSize: 5 },
      nullable: true,
      description: 'Studios this enterprise hosts, oldest record first.',
      resolve: async (e, _args, ctx, info) => ctx.loaders.studiosByHostEnterpriseId(await studioQuery(ctx, info)).load(parseId(e.id)),
    }),
  }),
});
