import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../registry.ts';

/**
 * The includes the studios a field returns need, for loaders where another registry meets this
 * one: with them the studios' relations come from the same batch, not from a per-parent
 * findUnique() that selects every studio again.
 */
export function studioQuery(ctx: Context, info: GraphQLResolveInfo) {
  return queryFromInfo({ context: ctx, info, typeName: 'MasterStudio', awaitSelections: true });
}
