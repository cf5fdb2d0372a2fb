import { anyOf, checkFilterChoices, userError } from '@partnership/kit';
import { builder } from '../registry.ts';
import { industryChoices } from './catalogue-codes.ts';
import { Provenance } from './enums.ts';
import { Industry } from './industry.ts';
import { School } from './school.ts';

/** Enterprise classes are added to Major in their own file. */
export const Major = builder.prismaObject('Major', {
  description: 'A major (专业) a school teaches, matched to industry demand and aligned to an occupational standard.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The major id.' }),
    name: t.exposeString('name', { description: 'The major name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Its English name, where one is recorded.' }),
    school: t.relation('school', { description: 'The school that teaches it.' }),
    isNew: t.exposeBoolean('isNew', { description: 'A new major (新兴专业) opened for an emerging industry.' }),
    industry: t.relation('industry', { nullable: true, description: 'The industry whose demand it serves (专业对接产业).' }),
    occupationalStandard: t.exposeString('occupationalStandard', {
      nullable: true,
      description: 'The occupational standard its curriculum is aligned to (课程内容与职业标准对接).',
    }),
    introducedYear: t.exposeInt('introducedYear', { nullable: true, description: 'The year the school introduced the major.' }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
  }),
});

builder.prismaObjectField(School, 'majors', (t) =>
  t.relation('majors', { listSize: { assumedSize: 50 }, query: { orderBy: { id: 'asc' } }, description: 'Majors (专业) the school teaches, oldest record first.' }),
);

builder.prismaObjectField(Industry, 'majors', (t) =>
  t.relation('majors', {
    listSize: { assumedSize: 20 },
    description: 'Majors that serve this industry, oldest record first.',
    args: { provenances: t.arg({ type: [Provenance], required: false, description: 'Any of these provenances; none: all.' }) },
    query: ({ provenances }) => ({ where: { provenance: anyOf(provenances) }, orderBy: { id: 'asc' } }),
  }),
);

builder.queryFields((t) => ({
  majors: t.prismaField({
    type: [Major],
    listSize: { assumedSize: 5000 },
    description: 'Majors, oldest record first; isNew: true lists the new majors (新兴专业).',
    args: {
      isNew: t.arg.boolean({ required: false, description: 'Only new majors (新兴专业), or only the others.' }),
      industryCode: t.arg.string({ required: false, description: 'Only majors for this industry code (产业, `industries`); an unknown code is an error.' }),
    },
    resolve: async (query, _root, { isNew, industryCode }, ctx) => {
      const code = industryCode?.trim();
      if (industryCode != null && !code) throw userError('industryCode must not be blank.', 'industryCode', 'blank');
      if (code) await checkFilterChoices([code], 'industryCode', industryChoices(ctx));
      return ctx.db.major.findMany({
        ...query,
        where: { isNew: isNew ?? undefined, industryCode: code },
        orderBy: { id: 'asc' },
      });
    },
  }),
}));
