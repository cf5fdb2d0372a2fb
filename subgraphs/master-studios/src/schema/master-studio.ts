import { parseId, readPage } from '@partnership/kit';
import { builder } from '../registry.ts';
import { Provenance, STUDIO_LEVELS, StudioKind, StudioLevel } from './enums.ts';
import { Enterprise } from './enterprise.ts';
import { Industry } from './industry.ts';
import { Master } from './master.ts';
import { MasterStudioFilter, studioWhere } from './master-studio-filter.ts';
import { Occupation } from './occupation.ts';
import { School } from './school.ts';
import { studioQuery } from './studio-query.ts';
import { StudioLevelCount } from './studio-level.ts';

export const MasterStudio = builder.prismaObject('MasterStudio', {
  description: 'A skill-master or technician studio (技能大师工作室、技师工作室) at district level or above.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The studio id.' }),
    name: t.exposeString('name', { description: 'Name in Chinese (工作室名称).' }),
    nameEn: t.exposeString('nameEn', { description: 'English rendering of the name, where known.', nullable: true }),
    kind: t.expose('kind', { description: 'Kind of studio: skill-master (技能大师工作室), technician (技师工作室) or high-skill innovation studio.', type: StudioKind }),
    level: t.expose('level', { type: StudioLevel, description: 'Current level: the latest step of levelHistory.' }),
    recognisedYear: t.exposeInt('recognisedYear', { nullable: true, description: 'Year it reached its current level.' }),
    town: t.exposeString('town', { description: 'Town or platform (镇街/平台) it stands in, where known.', nullable: true }),
    leader: t.relation('leader', { nullable: true, description: 'The master who leads the studio (领衔人), where recorded.' }),
    occupation: t.field({
      type: Occupation,
      nullable: true,
      description: 'The occupation it works in; null when none is recorded or its registry, enterprise-classes, did not answer.',
      resolve: (s) => (s.occupationCode == null ? null : { code: s.occupationCode }),
    }),
    industry: t.field({
      type: Industry,
      nullable: true,
      description: 'The industry it serves; null when none is recorded or its registry, enterprise-classes, did not answer.',
      resolve: (s) => (s.industryCode == null ? null : { code: s.industryCode }),
    }),
    hostEnterprise: t.field({
      type: Enterprise,
      nullable: true,
      description: 'The enterprise that hosts it; null when none does or its registry, pay-policies, did not answer.',
      resolve: (s) => (s.hostEnterpriseId == null ? null : { id: String(s.hostEnterpriseId) }),
    }),
    hostSchool: t.field({
      type: School,
      nullable: true,
      description: 'The school that hosts it; null when none does or its registry, enterprise-classes, did not answer.',
      resolve: (s) => (s.hostSchoolId == null ? null : { id: String(s.hostSchoolId) }),
    }),
    campusSchool: t.field({
      type: School,
      nullable: true,
      description: 'The school whose campus the studio works on (走进校园); null when none is recorded or its registry, enterprise-classes, did not answer.',
      resolve: (s) => (s.campusSchoolId == null ? null : { id: String(s.campusSchoolId) }),
    }),
    levelHistory: t.relation('levelHistory', {
      listSize: { assumedSize: 5 },
      description: 'Every level the studio was recognised at, oldest first; an undated step comes first.',
      // A step the source gives no year for came before the dated ones registered since.
      query: { orderBy: [{ year: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }] },
    }),
    apprentices: t.relation('apprentices', {
      listSize: { assumedSize: 5 },
      description: 'Apprentices the studio took on (带徒传技), oldest record first.',
      query: { orderBy: { id: 'asc' } },
    }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

builder.prismaObjectField(Master, 'studios', (t) =>
  t.relation('studios', { listSize: { assumedSize: 5 }, description: 'Studios the master leads, oldest record first.', query: { orderBy: { id: 'asc' } } }),
);

builder.asEntity(MasterStudio, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx, info) => ctx.loaders.studioById(await studioQuery(ctx, info)).load(parseId(id)),
});

builder.queryFields((t) => ({
  masterStudio: t.prismaField({
    type: MasterStudio,
    nullable: true,
    description: 'One studio (工作室) by id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The studio id.' }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.masterStudio.findUnique({ ...query, where: { id: parseId(id) } }),
  }),
  masterStudios: t.prismaConnection(
    {
      type: 'MasterStudio',
      cursor: 'id',
      description: 'Studios (技能大师工作室), oldest record first, narrowed by the filter.',
      args: { filter: t.arg({ type: MasterStudioFilter, required: false, description: 'Narrows the studios; all when absent.' }) },
      totalCount: async (_connection, args, ctx) => ctx.db.masterStudio.count({ where: await studioWhere(ctx, args.filter) }),
      resolve: async (query, _root, args, ctx) =>
        readPage(query, await studioWhere(ctx, args.filter), (page) => ctx.db.masterStudio.findMany({ ...page, orderBy: { id: 'asc' } })),
    },
    { name: 'MasterStudioConnection', description: 'A page of studios with the total that match.' },
    { name: 'MasterStudioEdge' },
  ),
  masterStudioCountsByLevel: t.field({
    type: [StudioLevelCount],
    listSize: { assumedSize: 5 },
    description: 'How many studios stand at each level (级别; every level listed, lowest first).',
    args: { filter: t.arg({ type: MasterStudioFilter, required: false, description: 'Narrows the studios; all when absent.' }) },
    resolve: async (_root, { filter }, ctx) => {
      const groups = await ctx.db.masterStudio.groupBy({ by: ['level'], where: await studioWhere(ctx, filter), _count: { _all: true } });
      const counts = new Map(groups.map((g) => [g.level, g._count._all]));
      return STUDIO_LEVELS.map((level) => ({ level, count: counts.get(level) ?? 0 }));
    },
  }),
  masterStudioTowns: t.stringList({
    description: 'Towns and platforms (镇街/平台) with at least one studio, in code-point order: the choices for filter.towns.',
    resolve: async (_root, _args, ctx) => {
      const groups = await ctx.db.masterStudio.groupBy({ by: ['town'], where: { town: { not: null } } });
      // Sorted here, not in SQL: PGlite and PostgreSQL may collate Chinese differently.
      return groups.map((g) => g.town!).sort();
    },
  }),
}));
