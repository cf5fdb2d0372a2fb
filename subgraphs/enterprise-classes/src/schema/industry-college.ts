import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';
import { Enterprise } from './enterprise.ts';
import { Industry } from './industry.ts';
import { School } from './school.ts';

export const IndustryCollege = builder.prismaObject('IndustryCollege', {
  description: 'An industry (enterprise) college (产业（企业）学院) co-built by a school and an enterprise.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The industry college id.' }),
    name: t.exposeString('name', { description: 'The college name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Its English name, where one is recorded.' }),
    school: t.relation('school', { description: 'The school that co-built it.' }),
    partnerEnterprise: t.field({
      type: Enterprise,
      nullable: true,
      description: 'The enterprise that co-built it; null when none is recorded or its registry, pay-policies, did not answer.',
      resolve: (c) => (c.partnerEnterpriseId == null ? null : { id: String(c.partnerEnterpriseId) }),
    }),
    industry: t.relation('industry', { nullable: true, description: 'The industry it trains for.' }),
    foundedYear: t.exposeInt('foundedYear', { nullable: true, description: 'The year it was founded (成立).' }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
  }),
});

builder.prismaObjectField(School, 'industryColleges', (t) =>
  t.relation('industryColleges', { listSize: { assumedSize: 20 }, query: { orderBy: { id: 'asc' } }, description: 'Industry colleges the school co-built, oldest record first.' }),
);

builder.prismaObjectField(Industry, 'industryColleges', (t) =>
  t.relation('industryColleges', {
    listSize: { assumedSize: 5 },
    query: { orderBy: { id: 'asc' } },
    description: 'Industry colleges that train for this industry, oldest record first.',
    // Only when the industry came from resolveReference (not loaded with its colleges).
    resolve: (_query, i, _args, ctx) => ctx.loaders.collegesByIndustryCode.load(i.code),
  }),
);

builder.queryFields((t) => ({
  industryColleges: t.prismaField({
    type: [IndustryCollege],
    listSize: { assumedSize: 2000 },
    description: 'Industry colleges (产业学院), oldest record first (the technician college co-built 6).',
    resolve: (query, _root, _args, ctx) => ctx.db.industryCollege.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
}));
