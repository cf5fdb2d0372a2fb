import { userError } from '@partnership/kit';
import { builder } from '../registry.ts';
import { checkIndustryCodes, withProvenance } from './catalogue-codes.ts';
import { Provenance } from './enums.ts';
import { Industry } from './industry.ts';
import { School } from './school.ts';

/** Enterprise classes are added to Major in their own file. */
export const Major = builder.prismaObject('Major', {
  description: 'A major a school teaches, matched to industry demand and aligned to an occupational standard.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    school: t.field({ type: School, resolve: async (m, _args, ctx) => (await ctx.loaders.schoolById.load(m.schoolId))! }),
    isNew: t.exposeBoolean('isNew', { description: 'A new major (新兴专业) opened for an emerging industry.' }),
    industry: t.field({
      type: Industry,
      nullable: true,
      resolve: (m, _args, ctx) => (m.industryCode == null ? null : ctx.loaders.industryByCode.load(m.industryCode)),
    }),
    occupationalStandard: t.exposeString('occupationalStandard', {
      nullable: true,
      description: 'The occupational standard its curriculum is aligned to (课程内容与职业标准对接).',
    }),
    introducedYear: t.exposeInt('introducedYear', { nullable: true }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

builder.prismaObjectField(School, 'majors', (t) =>
  t.field({ type: [Major], resolve: (s, _args, ctx) => ctx.loaders.majorsBySchoolId.load(s.id) }),
);

builder.prismaObjectField(Industry, 'majors', (t) =>
  t.field({
    type: [Major],
    args: { provenances: t.arg({ type: [Provenance], required: false, description: 'Any of these provenances; none: all.' }) },
    resolve: async (i, { provenances }, ctx) => withProvenance(await ctx.loaders.majorsByIndustryCode.load(i.code), provenances),
  }),
);

builder.queryFields((t) => ({
  majors: t.prismaField({
    type: [Major],
    description: 'Majors, oldest record first; isNew: true lists the new majors (新兴专业).',
    args: {
      isNew: t.arg.boolean({ required: false }),
      industryCode: t.arg.string({ required: false }),
    },
    resolve: async (query, _root, { isNew, industryCode }, ctx) => {
      const code = industryCode?.trim();
      if (industryCode != null && !code) throw userError('industryCode must not be blank.', 'industryCode');
      if (code) await checkIndustryCodes(ctx, [code], 'industryCode');
      return ctx.db.major.findMany({
        ...query,
        where: { isNew: isNew ?? undefined, industryCode: code },
        orderBy: { id: 'asc' },
      });
    },
  }),
}));
