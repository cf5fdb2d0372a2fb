import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';
import { Enterprise } from './enterprise.ts';
import { Industry } from './industry.ts';
import { School } from './school.ts';

export const IndustryCollege = builder.prismaObject('IndustryCollege', {
  description: 'An industry (enterprise) college (产业（企业）学院) co-built by a school and an enterprise.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    school: t.field({ type: School, resolve: async (c, _args, ctx) => (await ctx.loaders.schoolById.load(c.schoolId))! }),
    partnerEnterprise: t.field({
      type: Enterprise,
      nullable: true,
      description: 'The enterprise that co-built it; null when none is recorded or its registry, pay-policies, did not answer.',
      resolve: (c) => (c.partnerEnterpriseId == null ? null : { id: String(c.partnerEnterpriseId) }),
    }),
    industry: t.field({
      type: Industry,
      nullable: true,
      resolve: (c, _args, ctx) => (c.industryCode == null ? null : ctx.loaders.industryByCode.load(c.industryCode)),
    }),
    foundedYear: t.exposeInt('foundedYear', { nullable: true }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

builder.prismaObjectField(School, 'industryColleges', (t) =>
  t.field({ type: [IndustryCollege], resolve: (s, _args, ctx) => ctx.loaders.collegesBySchoolId.load(s.id) }),
);

builder.prismaObjectField(Industry, 'industryColleges', (t) =>
  t.field({ type: [IndustryCollege], resolve: (i, _args, ctx) => ctx.loaders.collegesByIndustryCode.load(i.code) }),
);

builder.queryFields((t) => ({
  industryColleges: t.prismaField({
    type: [IndustryCollege],
    description: 'Industry colleges, oldest record first (the technician college co-built 6).',
    resolve: (query, _root, _args, ctx) => ctx.db.industryCollege.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
}));
