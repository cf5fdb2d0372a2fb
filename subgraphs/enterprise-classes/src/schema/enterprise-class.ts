import { parseId } from '@partnership/kit';
import { builder } from '../registry.ts';
import { loadRows } from '../loaders.ts';
import { withProvenance } from './catalogue-codes.ts';
import { EnterpriseClassFilter, enterpriseClassWhere } from './enterprise-class-filter.ts';
import { Provenance } from './enums.ts';
import { Enterprise } from './enterprise.ts';
import { Industry } from './industry.ts';
import { Major } from './major.ts';
import { Occupation } from './occupation.ts';
import { School } from './school.ts';

/** Students are added to EnterpriseClass in their own file. */
export const EnterpriseClass = builder.prismaObject('EnterpriseClass', {
  description: 'An enterprise order class (企业订单班): trained with, and placed at, a partner enterprise.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    school: t.field({ type: School, resolve: async (c, _args, ctx) => (await ctx.loaders.schoolById.load(c.schoolId))! }),
    major: t.field({
      type: Major,
      nullable: true,
      resolve: (c, _args, ctx) => (c.majorId == null ? null : ctx.loaders.majorById.load(c.majorId)),
    }),
    partnerEnterprise: t.field({
      type: Enterprise,
      nullable: true,
      description: 'The enterprise the class trains for; null only when its registry, pay-policies, did not answer.',
      resolve: (c) => ({ id: String(c.partnerEnterpriseId) }),
    }),
    industry: t.field({
      type: Industry,
      nullable: true,
      description: 'The industry, null when not stated (未注明); industryInferred says whether the source stated it.',
      resolve: (c, _args, ctx) => (c.industryCode == null ? null : ctx.loaders.industryByCode.load(c.industryCode)),
    }),
    industryInferred: t.exposeBoolean('industryInferred', {
      description: 'The industry is inferred (推断), not stated by the source; industryNote says from what.',
    }),
    industryNote: t.exposeString('industryNote', { nullable: true, description: 'Why an inferred industry was chosen.' }),
    occupations: t.field({
      type: [Occupation],
      description: 'Occupations the class trains for.',
      resolve: async (c, _args, ctx) => {
        const links = await ctx.loaders.occupationLinksByClassId.load(c.id);
        return loadRows(ctx.loaders.occupationByCode, links.map((l) => l.occupationCode));
      },
    }),
    cohortYear: t.exposeInt('cohortYear', { nullable: true }),
    seats: t.exposeInt('seats', { nullable: true }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

builder.asEntity(EnterpriseClass, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.classById.load(parseId(id)),
});

builder.prismaObjectField(School, 'enterpriseClasses', (t) =>
  t.field({ type: [EnterpriseClass], resolve: (s, _args, ctx) => ctx.loaders.classesBySchoolId.load(s.id) }),
);
builder.prismaObjectField(Industry, 'enterpriseClasses', (t) =>
  t.field({
    type: [EnterpriseClass],
    args: { provenances: t.arg({ type: [Provenance], required: false, description: 'Any of these provenances; none: all.' }) },
    resolve: async (i, { provenances }, ctx) => withProvenance(await ctx.loaders.classesByIndustryCode.load(i.code), provenances),
  }),
);
builder.prismaObjectField(Major, 'enterpriseClasses', (t) =>
  t.field({ type: [EnterpriseClass], resolve: (m, _args, ctx) => ctx.loaders.classesByMajorId.load(m.id) }),
);
builder.prismaObjectField(Occupation, 'enterpriseClasses', (t) =>
  t.field({
    type: [EnterpriseClass],
    resolve: async (o, _args, ctx) => {
      const links = await ctx.loaders.classLinksByOccupationCode.load(o.code);
      return loadRows(ctx.loaders.classById, links.map((l) => l.classId));
    },
  }),
);

builder.queryFields((t) => ({
  enterpriseClass: t.field({
    type: EnterpriseClass,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.classById.load(parseId(id)),
  }),
  enterpriseClasses: t.prismaConnection(
    {
      type: 'EnterpriseClass',
      cursor: 'id',
      description: 'Enterprise order classes, oldest record first, narrowed by the filter.',
      args: { filter: t.arg({ type: EnterpriseClassFilter, required: false }) },
      totalCount: async (_connection, { filter }, ctx) => ctx.db.enterpriseClass.count({ where: await enterpriseClassWhere(ctx, filter) }),
      resolve: async (query, _root, { filter }, ctx) =>
        ctx.db.enterpriseClass.findMany({ ...query, where: await enterpriseClassWhere(ctx, filter), orderBy: { id: 'asc' } }),
    },
    { name: 'EnterpriseClassConnection', description: 'A page of enterprise classes with the total that match.' },
    { name: 'EnterpriseClassEdge' },
  ),
}));
