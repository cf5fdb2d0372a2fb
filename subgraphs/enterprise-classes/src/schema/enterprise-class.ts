import { anyOf, parseId, readPage } from '@partnership/kit';
import { builder } from '../registry.ts';
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
    id: t.exposeID('id', { description: 'The order class id.' }),
    name: t.exposeString('name', { description: 'The class name in Chinese, e.g. 电装班.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Its English name, where one is recorded.' }),
    school: t.relation('school', { description: 'The school that runs the class.' }),
    major: t.relation('major', { nullable: true, description: 'The major (专业) the class is taught under.' }),
    partnerEnterprise: t.field({
      type: Enterprise,
      nullable: true,
      description: 'The enterprise the class trains for; null only when its registry, pay-policies, did not answer.',
      resolve: (c) => ({ id: String(c.partnerEnterpriseId) }),
    }),
    industry: t.relation('industry', { nullable: true, description: 'The industry the class trains for.' }),
    industryInferred: t.exposeBoolean('industryInferred', {
      description: 'The industry is inferred (推断), not stated by the source; industryNote says from what.',
    }),
    industryNote: t.exposeString('industryNote', { nullable: true, description: 'Why an inferred industry was chosen.' }),
    occupations: t.field({
      type: [Occupation],
      listSize: { assumedSize: 5 },
      description: 'Occupations (工种) the class trains for, by code.',
      // Through the link table, in the parent's query: the plugin loads the occupations nested.
      select: (_args, _ctx, nestedSelection) => ({
        occupations: { select: { occupation: nestedSelection(true) }, orderBy: { occupationCode: 'asc' } },
      }),
      resolve: (c) => c.occupations.map((link) => link.occupation),
    }),
    cohortYear: t.exposeInt('cohortYear', { nullable: true, description: 'The year the class started.' }),
    seats: t.exposeInt('seats', { nullable: true, description: 'Places in the class.' }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
  }),
});

builder.asEntity(EnterpriseClass, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.classById.load(parseId(id)),
});

const byId = { orderBy: { id: 'asc' } } as const;

builder.prismaObjectField(School, 'enterpriseClasses', (t) =>
  t.relation('enterpriseClasses', {
    listSize: { assumedSize: 200 },
    query: byId,
    description: 'Order classes the school runs, oldest record first.',
    // Only when the school came from resolveReference (not loaded with its classes).
    resolve: (_query, s, _args, ctx) => ctx.loaders.classesBySchoolId.load(s.id),
  }),
);
builder.prismaObjectField(Industry, 'enterpriseClasses', (t) =>
  t.relation('enterpriseClasses', {
    listSize: { assumedSize: 200 },
    description: 'Order classes that train for this industry, oldest record first.',
    args: { provenances: t.arg({ type: [Provenance], required: false, description: 'Any of these provenances; none: all.' }) },
    query: ({ provenances }) => ({ where: { provenance: anyOf(provenances) }, orderBy: { id: 'asc' } }),
  }),
);
builder.prismaObjectField(Major, 'enterpriseClasses', (t) =>
  t.relation('enterpriseClasses', { listSize: { assumedSize: 50 }, query: byId, description: 'Order classes taught under this major, oldest record first.' }),
);
builder.prismaObjectField(Occupation, 'enterpriseClasses', (t) =>
  t.field({
    type: [EnterpriseClass],
    listSize: { assumedSize: 500 },
    description: 'Order classes that train for this occupation, oldest record first.',
    select: (_args, _ctx, nestedSelection) => ({
      classLinks: { select: { enterpriseClass: nestedSelection(true) }, orderBy: { classId: 'asc' } },
    }),
    resolve: (o) => o.classLinks.map((link) => link.enterpriseClass),
  }),
);

builder.queryFields((t) => ({
  enterpriseClass: t.prismaField({
    type: EnterpriseClass,
    nullable: true,
    description: 'One order class (订单班) by id; null if there is none.',
    args: { id: t.arg.id({ required: true, description: 'The order class id.' }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.enterpriseClass.findUnique({ ...query, where: { id: parseId(id) } }),
  }),
  enterpriseClasses: t.prismaConnection(
    {
      type: 'EnterpriseClass',
      cursor: 'id',
      description: 'Enterprise order classes (企业订单班), oldest record first, narrowed by the filter.',
      args: { filter: t.arg({ type: EnterpriseClassFilter, required: false, description: 'Narrows the classes; left out, all of them.' }) },
      totalCount: async (_connection, args, ctx) => ctx.db.enterpriseClass.count({ where: await enterpriseClassWhere(ctx, args.filter) }),
      resolve: async (query, _root, args, ctx) =>
        readPage(query, await enterpriseClassWhere(ctx, args.filter), (page) => ctx.db.enterpriseClass.findMany({ ...page, orderBy: { id: 'asc' } })),
    },
    { name: 'EnterpriseClassConnection', description: 'A page of enterprise classes with the total that match.' },
    { name: 'EnterpriseClassEdge' },
  ),
}));
