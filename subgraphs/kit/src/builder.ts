import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin, { type PothosPrismaDatamodel } from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { type AuthFailure, AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import { type Actor, type AuthScopes, describeScope, refusal, scopesOf } from './auth.ts';
import { INPUT_CHECK_PLUGIN } from './input-plugin.ts';
import { NULLABLE_ROOTS_PLUGIN } from './nullable-roots.ts';
import { PAGING_DESCRIPTION_PLUGIN, RELAY_DESCRIPTIONS } from './paging-descriptions.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.ts';
import type { CheckForeignReferences } from './references.ts';
import { isProduction } from './config.ts';

/** What every subgraph's context carries: its Prisma client as `db`, who is asking, and how to check references into other registries. */
export interface SubgraphContext<Db> {
  db: Db;
  actor: Actor;
  references: CheckForeignReferences;
}

type BuilderTypes<PrismaTypes extends object, Context extends SubgraphContext<unknown>> = {
  PrismaTypes: PrismaTypes;
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: { ID: { Input: string; Output: string | number }; JSON: { Input: unknown; Output: unknown }; SafeInt: { Input: number; Output: number } };
  AuthScopes: AuthScopes;
};

/** Says what a refused field needed: the first scope that failed, with its parameter. */
function neededScope(failure: AuthFailure): string {
  if (failure.kind === AuthScopeFailureType.AuthScope) return describeScope(failure.scope, failure.parameter);
  if ('failures' in failure && failure.failures.length) {
    const needs = failure.failures.map(neededScope);
    return needs.join(failure.kind === AuthScopeFailureType.AllAuthScopes ? ' and ' : ' or ');
  }
  return 'permission';
}

/**
 * One Pothos builder configuration for every subgraph: Prisma models, Relay connections with
 * totalCount and Federation 2 entities. Loaders where registries meet are the kit's (loaders.ts):
 * they take the Prisma selection of the field, which the DataLoader plugin's loaders cannot.
 */
export function createSubgraphBuilder<
  PrismaTypes extends object,
  Context extends SubgraphContext<unknown>,
>(datamodel: PothosPrismaDatamodel) {
  const builder = new SchemaBuilder<BuilderTypes<PrismaTypes, Context>>({
    // Scope-auth first, so no other plugin's wrapper runs before the check; then every argument
    // is checked (text rules, finite numbers) before any resolver sees it; federation last.
    plugins: [ScopeAuthPlugin, INPUT_CHECK_PLUGIN, PrismaPlugin, RelayPlugin, PAGING_DESCRIPTION_PLUGIN, NULLABLE_ROOTS_PLUGIN, DirectivesPlugin, FederationPlugin],
    defaultFieldNullability: false,
    scopeAuth: {
      authScopes: (ctx) => scopesOf(ctx.actor),
      unauthorizedError: (_parent, ctx, info, result) => refusal(ctx.actor, info.fieldName, neededScope(result.failure)),
    },
    prisma: {
      // The client comes from the request, so importing a schema opens no database.
      client: (ctx) => ctx.db as never,
      dmmf: datamodel,
      filterConnectionTotalCount: true,
      // A query that forgets to spread `...query` would silently lose its includes.
      onUnusedQuery: isProduction() ? null : 'error',
      // Pothos caps `first` at 100 unless told.
      maxConnectionSize: MAX_PAGE_SIZE,
      defaultConnectionSize: DEFAULT_PAGE_SIZE,
    },
    relay: {
      ...RELAY_DESCRIPTIONS,
      clientMutationId: 'omit',
      cursorType: 'String',
      edgesFieldOptions: { ...RELAY_DESCRIPTIONS.edgesFieldOptions, nullable: false },
      nodeFieldOptions: { ...RELAY_DESCRIPTIONS.nodeFieldOptions, nullable: false },
      // Every subgraph defines PageInfo; federation needs it marked shareable.
      pageInfoTypeOptions: { ...RELAY_DESCRIPTIONS.pageInfoTypeOptions, shareable: true },
    },
  });
  // Type files add their root fields with builder.queryFields and builder.mutationFields.
  builder.queryType({ description: "Reads of Xiaoshan district's vocational-skills partnership registries." });
  builder.mutationType({ description: 'Writes to the registries; each is all-or-nothing.' });
  return builder;
}
