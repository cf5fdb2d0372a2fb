import { matchesSql, MAX_SEARCH_HITS, rankedSearch, rankSql, replicaOf } from '@partnership/kit';
import { builder } from '../registry.ts';
import { Master } from './master.ts';
import { MasterStudio } from './master-studio.ts';

// Studios match by their own name, their town or their leader's name. The two halves of the
// UNION each read one table's trigram indexes; an OR across the join could use none of them.
// Studios matched by their host enterprise or trade are reached in the same gateway request
// through Enterprise.firstStudios and Occupation.firstStudios on those hits (search-hit-studios.ts).
const STUDIO_HITS = `
  SELECT s.id, ${rankSql(['s.name', 's."nameEn"', 's.town', 'm.name', 'm."nameEn"'])} AS rank, s.provenance, s.name
  FROM "MasterStudio" s LEFT JOIN "Master" m ON m.id = s."leaderId"
  WHERE s.id IN (
    SELECT id FROM "MasterStudio" WHERE ${matchesSql(['name', '"nameEn"', 'town'])}
    UNION
    SELECT st.id FROM "Master" l JOIN "MasterStudio" st ON st."leaderId" = l.id WHERE ${matchesSql(['l.name', 'l."nameEn"'])}
  )`;

const MASTER_HITS = `
  SELECT id, ${rankSql(['name', '"nameEn"'])} AS rank, provenance, name
  FROM "Master" WHERE ${matchesSql(['name', '"nameEn"'])}`;

const TEXT = 'Any part of a name, in Chinese or English; % and _ match themselves.';
const FIRST = `Most hits to return: 1 to ${MAX_SEARCH_HITS}, 10 when absent.`;

builder.queryFields((t) => ({
  searchStudios: t.field({
    type: [MasterStudio],
    description:
      'Studios (大师工作室) whose name, town or leader\'s name contains the text: exact matches first, then prefixes, then the rest; the article\'s records before generated ones, then by name.',
    args: {
      text: t.arg.string({ required: true, description: TEXT }),
      first: t.arg.int({ required: false, description: FIRST }),
    },
    resolve: (_root, { text, first }, ctx) =>
      rankedSearch(replicaOf(ctx.db), STUDIO_HITS, text, first, (ids: number[]) => replicaOf(ctx.db).masterStudio.findMany({ where: { id: { in: ids } } }), (s) => s.id),
  }),
  searchMasters: t.field({
    type: [Master],
    description: 'Masters (技能大师) whose Chinese or English name contains the text, ranked like searchStudios.',
    args: {
      text: t.arg.string({ required: true, description: TEXT }),
      first: t.arg.int({ required: false, description: FIRST }),
    },
    resolve: (_root, { text, first }, ctx) =>
      rankedSearch(replicaOf(ctx.db), MASTER_HITS, text, first, (ids: number[]) => replicaOf(ctx.db).master.findMany({ where: { id: { in: ids } } }), (m) => m.id),
  }),
}));

