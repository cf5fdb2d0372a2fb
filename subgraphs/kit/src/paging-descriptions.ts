// Describes what the Relay and Prisma plugins generate for every connection, so each registry's
// schema is fully described without repeating the same sentences beside every connection field.
// Each subgraph builds the same text for the shared types (PageInfo, AuditEntryConnection), as
// federation composition requires. The same plugin checks every connection's page arguments, so
// a connection added later is covered too.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type PothosTypeConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import type { CursorKind } from './cursors.ts';
import { checkPageArguments, cursorKindOf, type PageArguments } from './paging-arguments.ts';
import { MAX_PAGE_SIZE } from './paging.ts';

/** The Relay plugin's options that describe PageInfo and the paging arguments and fields. */
export const RELAY_DESCRIPTIONS = {
  pageInfoTypeOptions: { description: 'Where a page sits in the whole list (Relay cursor connections).' },
  hasNextPageFieldOptions: { description: 'Whether more records follow this page.' },
  hasPreviousPageFieldOptions: { description: 'Whether records precede this page.' },
  startCursorFieldOptions: { description: "The first record's cursor on this page; null when the page is empty." },
  endCursorFieldOptions: { description: "The last record's cursor on this page; null when the page is empty." },
  pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
  edgesFieldOptions: { description: 'The records on this page, each with its cursor.' },
  nodeFieldOptions: { description: 'The record.' },
  cursorFieldOptions: { description: 'Opaque position of this record in the list; pass it as after or before.' },
  firstArgOptions: { description: `Return at most this many records from the start (after the after cursor, if given): 0 to ${MAX_PAGE_SIZE}.` },
  lastArgOptions: { description: `Return at most this many records from the end (before the before cursor, if given): 0 to ${MAX_PAGE_SIZE}.` },
  afterArgOptions: { description: 'Return records after this cursor (an endCursor or edge cursor from an earlier page).' },
  beforeArgOptions: { description: 'Return records before this cursor (a startCursor or edge cursor from an earlier page).' },
} as const;

export const TOTAL_COUNT_DESCRIPTION = 'How many records match, across all pages.';

/** `MasterStudioConnection` → `MasterStudio`; null for any other type. */
const pagedType = (name: string, suffix: 'Connection' | 'Edge') =>
  name.endsWith(suffix) && name.length > suffix.length ? name.slice(0, -suffix.length) : null;

export class PagingDescriptionPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  /** A connection or edge type says which records it pages through. */
  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    if (typeConfig.kind !== 'Object' || typeConfig.description) return typeConfig;
    const connected = pagedType(typeConfig.name, 'Connection');
    if (connected) return { ...typeConfig, description: `A page of ${connected} records, with its place in the whole list.` };
    const edge = pagedType(typeConfig.name, 'Edge');
    if (edge) return { ...typeConfig, description: `One ${edge} record on a page, with its cursor.` };
    return typeConfig;
  }

  /** The Prisma plugin's totalCount field comes without a description. */
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.description || !fieldConfig.extensions?.pothosPrismaTotalCount) return fieldConfig;
    return { ...fieldConfig, description: TOTAL_COUNT_DESCRIPTION };
  }

  /** A connection field (one taking first and after) checks its page arguments before it reads. */
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!('first' in fieldConfig.args && 'after' in fieldConfig.args)) return resolver;
    let kind: CursorKind | undefined;
    return (parent, args, context, info: GraphQLResolveInfo) => {
      kind ??= cursorKindOf(info);
      checkPageArguments(args as PageArguments, kind);
      return resolver(parent, args, context, info);
    };
  }
}

export const PAGING_DESCRIPTION_PLUGIN = 'pagingDescription';
SchemaBuilder.registerPlugin(PAGING_DESCRIPTION_PLUGIN, PagingDescriptionPlugin);

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      pagingDescription: PagingDescriptionPlugin<Types>;
    }
  }
}
