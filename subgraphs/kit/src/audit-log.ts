import { resolveCursorConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { AuditEntryRow } from './audit.ts';
import type { createSubgraphBuilder, SubgraphContext } from './builder.ts';
import { parseId } from './ids.ts';
import { field, parseInput, ruleError, z } from './validation.ts';
import { TOTAL_COUNT_DESCRIPTION } from './paging-descriptions.ts';
import { auditLogFieldOf, type RegistryName } from './config.ts';

type SubgraphBuilder<PrismaTypes extends object, Context extends SubgraphContext<unknown>> = ReturnType<
  typeof createSubgraphBuilder<PrismaTypes, Context>
>;

interface AuditWhere {
  recordType?: string;
  recordId?: string;
  actorSubject?: string;
  OR?: ({ actorSubject: string } | { actorName: string })[];
  operation?: string;
  at?: { gte?: Date; lt?: Date };
  id?: { gt?: number; lt?: number };
}

/** The part of a subgraph's Prisma AuditEntry delegate the read API uses. */
export interface AuditReader {
  findMany(args: { where: AuditWhere; orderBy: { id: 'asc' | 'desc' }; take: number }): PromiseLike<AuditEntryRow[]>;
  count(args: { where: AuditWhere }): PromiseLike<number>;
}

const cursorId = (cursor: string | undefined, argument: string) => (cursor == null ? undefined : parseId(cursor, argument));

/** The district's calendar: a day filter means a day in Xiaoshan, whatever the server's zone. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const days = z.object({ changedFrom: field.date().nullish(), changedTo: field.date().nullish() });

/** changedFrom..changedTo (Asia/Shanghai days, both inclusive) as instants: from its first moment to the next day's. */
export function changedBetween(filter: { changedFrom?: string | null; changedTo?: string | null }): AuditWhere['at'] {
  const { changedFrom, changedTo } = parseInput(days, filter, 'filter');
  if (!changedFrom && !changedTo) return undefined;
  if (changedFrom && changedTo && changedTo < changedFrom) throw ruleError('filter.changedTo', 'range', 'must not be before filter.changedFrom', { min: changedFrom.toISOString().slice(0, 10) });
  return {
    gte: changedFrom ? new Date(changedFrom.getTime() - SHANGHAI_OFFSET_MS) : undefined,
    lt: changedTo ? new Date(changedTo.getTime() - SHANGHAI_OFFSET_MS + DAY_MS) : undefined,
  };
}

/**
 * Adds the audit trail to a subgraph's schema: the AuditEntry type (shared by every registry)
 * and a root field, readable by BUREAU_ADMIN only, filtered by record or by actor.
 */
export function addAuditLog<PrismaTypes extends object, Context extends SubgraphContext<unknown>>(
  builder: SubgraphBuilder<PrismaTypes, Context>,
  options: { registry: RegistryName; table: (ctx: Context) => AuditReader },
) {
  builder.scalarType('JSON', {
    description: 'Any JSON value.',
    serialize: (value) => value,
    parseValue: () => {
      throw new GraphQLError('JSON is an output type here.', { extensions: { code: 'BAD_USER_INPUT' } });
    },
  });

  const AuditEntry = builder.objectRef<AuditEntryRow>('AuditEntry').implement({
    description: 'One change to a registry (修改记录): who made it, when, and the record before and after.',
    shareable: true,
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The entry, in commit order within its registry.' }),
      at: t.string({ description: 'When the change committed, in UTC (ISO 8601, e.g. 2026-12-06T01:02:03.456Z); the changedFrom and changedTo filters count days in Asia/Shanghai.', resolve: (e) => e.at.toISOString() }),
      actorSubject: t.exposeString('actorSubject', { description: 'The sub claim of the token that made the change.' }),
      actorName: t.exposeString('actorName', { nullable: true, description: "The name claim of that token (the person's name, as the identity provider gives it); null when the token had none." }),
      actorRole: t.exposeString('actorRole', { description: 'The role the token carried, e.g. BUREAU_ADMIN.' }),
      operation: t.exposeString('operation', { description: 'The mutation, e.g. updateMasterStudio.' }),
      recordType: t.exposeString('recordType', { description: 'The changed record\'s type, e.g. MasterStudio.' }),
      recordId: t.exposeID('recordId', { description: 'The changed record\'s id.' }),
      before: t.field({ type: 'JSON', nullable: true, description: 'The record as stored before the change: its columns by their stored names, ids as numbers (e.g. hostEnterpriseId: 6, not hostEnterprise { id }); null for a registration.', resolve: (e) => e.before }),
      after: t.field({ type: 'JSON', nullable: true, description: 'The record as stored after the change, in the same shape as before.', resolve: (e) => e.after }),
    }),
  });

  const AuditEntryFilter = builder.inputType('AuditEntryFilter', {
    description: 'Every field narrows the result: one record (recordType and recordId), one actor, one operation, a range of days.',
    fields: (t) => ({
      recordType: t.string({ required: false, description: 'Only changes to records of this type, e.g. MasterStudio.' }),
      recordId: t.id({ required: false, description: 'Only changes to the record with this id.' }),
      actorSubject: t.string({ required: false, description: 'Only changes made by this token subject.' }),
      actor: t.string({
        required: false,
        description: "Only changes made by this person, named as people know them or as their token does: the token's name claim (e.g. 张敏) or its subject, exactly.",
      }),
      operation: t.string({ required: false, description: 'Only changes made by this mutation, e.g. updateMasterStudio.' }),
      changedFrom: t.string({ required: false, description: 'Only changes committed on or after this day (YYYY-MM-DD, Asia/Shanghai).' }),
      changedTo: t.string({ required: false, description: 'Only changes committed on or before this day (YYYY-MM-DD, Asia/Shanghai).' }),
    }),
  });

  builder.queryField(auditLogFieldOf(options.registry), (t) =>
    t.connection(
      {
        type: AuditEntry,
        description: `Changes to the ${options.registry} registry (its audit log, 修改记录), oldest first. BUREAU_ADMIN only.`,
        authScopes: { bureauAdmin: true },
        args: { filter: t.arg({ type: AuditEntryFilter, required: false, description: 'Narrows the entries; omit for all.' }) },
        resolve: async (_root, args, ctx) => {
          const { recordType, recordId, actorSubject, actor, operation, ...range } = args.filter ?? {};
          const where: AuditWhere = {
            recordType: recordType ?? undefined,
            recordId: recordId == null ? undefined : String(parseId(recordId, 'filter.recordId')),
            actorSubject: actorSubject ?? undefined,
            OR: actor == null ? undefined : [{ actorSubject: actor }, { actorName: actor }],
            operation: operation ?? undefined,
            at: changedBetween(range),
          };
          const table = options.table(ctx);
          const page = await resolveCursorConnection<Promise<AuditEntryRow[]>>(
            { args, toCursor: (entry) => String(entry.id), maxSize: 1000 },
            async ({ before, after, limit, inverted }) =>
              table.findMany({
                where: { ...where, id: { gt: cursorId(after, 'after'), lt: cursorId(before, 'before') } },
                orderBy: { id: inverted ? 'desc' : 'asc' },
                take: limit,
              }),
          );
          // Null only when the fetch returns null, which findMany never does. An empty page has no
          // cursors: Pothos would echo the request's own, or give "", which no list accepts back.
          const pageInfo = page!.edges.length ? page!.pageInfo : { ...page!.pageInfo, startCursor: null, endCursor: null };
          return { ...page!, pageInfo, totalCount: await table.count({ where }) };
        },
      },
      {
        name: 'AuditEntryConnection',
        shareable: true,
        fields: (c) => ({
          totalCount: c.int({ description: TOTAL_COUNT_DESCRIPTION, resolve: (page) => (page as { totalCount: number }).totalCount }),
        }),
      },
      { name: 'AuditEntryEdge', shareable: true },
    ),
  );
}
