import { parseId } from '@partnership/kit';
import { builder } from '../registry.ts';
import { EnterpriseClass } from './enterprise-class.ts';
import { IndustryCollege } from './industry-college.ts';
import { School } from './school.ts';
import { TrainingProgramme } from './training-programme.ts';

/**
 * Enterprise belongs to pay-policies; this registry adds what it builds with schools. Its fields
 * are keyed by another registry's ids, so they batch through DataLoaders (loaders.ts), not relations.
 */
export const Enterprise = builder.externalRef('Enterprise', builder.selection<{ id: string }>('id'));

Enterprise.implement({
  externalFields: (t) => ({ id: t.id({ description: 'The enterprise id.' }) }),
  fields: (t) => ({
    enterpriseClasses: t.field({
      type: [EnterpriseClass],
      listSize: { assumedSize: 5 },
      nullable: true,
      description: 'Order classes (企业订单班) trained for this enterprise, oldest record first.',
      resolve: (e, _args, ctx) => ctx.loaders.classesByEnterpriseId.load(parseId(e.id)),
    }),
    industryColleges: t.field({
      type: [IndustryCollege],
      listSize: { assumedSize: 5 },
      nullable: true,
      description: 'Industry colleges (产业（企业）学院) this enterprise co-built, oldest record first.',
      resolve: (e, _args, ctx) => ctx.loaders.collegesByEnterpriseId.load(parseId(e.id)),
    }),
    partnerSchools: t.field({
      type: [School],
      listSize: { assumedSize: 5 },
      nullable: true,
      description: 'Schools that name this enterprise as a partner, earliest partnership first.',
      resolve: async (e, _args, ctx) => {
        const partnerships = await ctx.loaders.partnershipsByEnterpriseId.load(parseId(e.id));
        const schools = await ctx.loaders.schoolById.loadMany(partnerships.map((p) => p.schoolId));
        return schools.map((school) => {
          if (school instanceof Error) throw school;
          return school!;
        });
      },
    }),
    trainingProgrammes: t.field({
      type: [TrainingProgramme],
      listSize: { assumedSize: 5 },
      nullable: true,
      description: 'Further study or apprenticeship programmes this enterprise takes part in, oldest record first.',
      resolve: (e, _args, ctx) => ctx.loaders.programmesByEnterpriseId.load(parseId(e.id)),
    }),
  }),
});

builder.prismaObjectField(School, 'partnerEnterprises', (t) =>
  t.field({
    type: [Enterprise],
    listSize: { assumedSize: 200 },
    nullable: { list: false, items: true },
    description: 'Enterprises the school names as partners (e.g. 先临三维, 宝盛集团, 电装), earliest partnership first; an item is null when their registry, pay-policies, did not answer.',
    select: { partnerships: { select: { enterpriseId: true }, where: { endedAt: null }, orderBy: { id: 'asc' } } },
    resolve: (s) => s.partnerships.map((p) => ({ id: String(p.enterpriseId) })),
  }),
);
