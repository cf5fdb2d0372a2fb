import { groupedByKey, parseId, replicaOf, userError } from '@partnership/kit';
import DataLoader from 'dataloader';
import { builder, type Context, type Db } from '../registry.ts';
import type { MasterStudio as StudioRow } from '../generated/prisma/client.ts';
import { Enterprise } from './enterprise.ts';
import { MasterStudio } from './master-studio.ts';
import { Occupation } from './occupation.ts';

// A search hit for an enterprise or a trade brings its studios along; a trade has thousands at
// scale, so only the first few per key (the article's first, then by name). All keys of a
// request in one statement per column (and one to load the rows), like every list relation.
const MAX_FIRST = 20;
type Column = 'hostEnterpriseId' | 'occupationCode';

function firstStudiosLoader<Key extends number | string>(db: Db, column: Column, first: number) {
  return new DataLoader<Key, StudioRow[]>(async (keys) => {
    const ranked = await db.$queryRawUnsafe<{ id: number }[]>(
      `SELECT id FROM (
         SELECT id, row_number() OVER (PARTITION BY "${column}" ORDER BY CASE WHEN provenance = 'ARTICLE' THEN 0 ELSE 1 END, name, id) AS n
         FROM "MasterStudio" WHERE "${column}" = ANY($1)
       ) firsts WHERE n <= $2`,
      [...keys],
      first,
    );
    const rows = await db.masterStudio.findMany({
      where: { id: { in: ranked.map((r) => r.id) } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    const articleFirst = [...rows.filter((r) => r.provenance === 'ARTICLE'), ...rows.filter((r) => r.provenance !== 'ARTICLE')];
    return groupedByKey(keys, articleFirst, (r) => r[column] as Key);
  });
}

// One loader per request, column and limit; the context lives exactly as long as the request.
const loaders = new WeakMap<Context, Map<string, DataLoader<never, StudioRow[]>>>();
function firstStudios<Key extends number | string>(ctx: Context, column: Column, first: number | null | undefined) {
  const limit = first ?? 5;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FIRST) {
    throw userError(`firstStudios(first:) must be between 1 and ${MAX_FIRST}.`, 'first', 'range', { min: 1, max: MAX_FIRST });
  }
  const perRequest = loaders.get(ctx) ?? new Map();
  loaders.set(ctx, perRequest);
  const name = `${column}:${limit}`;
  if (!perRequest.has(name)) perRequest.set(name, firstStudiosLoader<Key>(replicaOf(ctx.db), column, limit));
  return perRequest.get(name) as unknown as DataLoader<Key, StudioRow[]>;
}

const DESCRIPTION = `The first studios, the article's before generated ones, then by name: a search hit's preview.`;

builder.objectField(Enterprise, 'firstStudios', (t) =>
  t.field({
    type: [MasterStudio],
    nullable: true,
    description: `Studios this enterprise hosts. ${DESCRIPTION}`,
    args: { first: t.arg.int({ required: false, description: `How many: 1 to ${MAX_FIRST}, 5 when absent.` }) },
    resolve: (e, { first }, ctx) => firstStudios<number>(ctx, 'hostEnterpriseId', first).load(parseId(e.id)),
  }),
);

builder.objectField(Occupation, 'firstStudios', (t) =>
  t.field({
    type: [MasterStudio],
    nullable: true,
    description: `Studios of this trade. ${DESCRIPTION}`,
    args: { first: t.arg.int({ required: false, description: `How many: 1 to ${MAX_FIRST}, 5 when absent.` }) },
    resolve: (o, { first }, ctx) => firstStudios<string>(ctx, 'occupationCode', first).load(o.code),
  }),
);
