import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../registry.ts';

/**
 * The includes the rows of `typeName` a field returns need, for loaders where another registry
 * meets this one: with them the rows' relations come from the same batch, not from a per-parent
 * findUnique() that selects every row again.
 */
export function selectionQuery(ctx: Context, info: GraphQLResolveInfo, typeName: 'Enterprise' | 'CertificationBody') {
  return queryFromInfo({ context: ctx, info, typeName, awaitSelections: true });
}
