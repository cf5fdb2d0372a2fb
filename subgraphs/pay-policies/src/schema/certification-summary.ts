import { checkYear } from '@partnership/kit';
import { builder } from '../registry.ts';
import { isoDate, parseIsoDate } from '../dates.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { SafeInt } from './safe-int.ts';

interface CertificationSummaryShape {
  periodEnd: string | null;
  /** Bodies that were pilots by the period end; newEnterpriseBodies narrows it further. */
  bodiesWhere: Prisma.CertificationBodyWhereInput;
  enterpriseBodies: number;
  socialEvaluationOrganisations: number;
  pilotUnits: number;
  peopleCertified: number;
  selfTrained: number;
}

/** Bodies that had become pilots by the end of `end`'s month (a missing month counts as January). */
function pilotsBy(end: Date): Prisma.CertificationBodyWhereInput {
  const year = end.getUTCFullYear();
  const month = end.getUTCMonth() + 1;
  return {
    OR: [
      { pilotSinceYear: { lt: year } },
      { pilotSinceYear: year, OR: [{ pilotSinceMonth: null }, { pilotSinceMonth: { lte: month } }] },
    ],
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 100);

export const CertificationSummary = builder.objectRef<CertificationSummaryShape>('CertificationSummary').implement({
  description: 'Skill-level certification (职业技能等级认定) figures, computed from the bodies and batches on record.',
  fields: (t) => ({
    periodEnd: t.exposeString('periodEnd', {
      nullable: true,
      description: 'The date asked for, or else the last period on record; null when there are no batches.',
    }),
    enterpriseBodies: t.exposeInt('enterpriseBodies', { description: 'ENTERPRISE bodies that were pilots by periodEnd.' }),
    socialEvaluationOrganisations: t.exposeInt('socialEvaluationOrganisations', { description: 'Social evaluation organisations (社会评价组织) that were pilots by periodEnd.' }),
    pilotUnits: t.exposeInt('pilotUnits', { description: 'Bodies of either kind with at least one batch up to periodEnd.' }),
    newEnterpriseBodies: t.int({
      description: 'ENTERPRISE bodies that became pilots in `year` (by default the year of periodEnd).',
      args: { year: t.arg.int({ required: false, description: 'Only bodies that became pilots in this year; the year of periodEnd when absent.' }) },
      resolve: (s, { year }, ctx) => {
        checkYear(year, 'year');
        const inYear = year ?? (s.periodEnd == null ? null : Number(s.periodEnd.slice(0, 4)));
        if (inYear == null) return 0;
        return ctx.db.certificationBody.count({
          where: { AND: [s.bodiesWhere, { kind: 'ENTERPRISE', pilotSinceYear: inYear }] },
        });
      },
    }),
    peopleCertified: t.expose('peopleCertified', { type: SafeInt, description: 'People certified in all batches up to periodEnd.' }),
    selfTrained: t.expose('selfTrained', { type: SafeInt, description: 'Of those, people their own enterprise trained, where stated.' }),
    selfTrainedPercent: t.float({
      nullable: true,
      description: 'selfTrained as a percentage of peopleCertified, 2 decimals; null when nobody was certified.',
      resolve: (s) => percent(s.selfTrained, s.peopleCertified),
    }),
  }),
});

builder.queryFields((t) => ({
  certificationSummary: t.field({
    type: CertificationSummary,
    description: 'Skill-level certification (等级认定) totals up to a period end (YYYY-MM-DD), or over every batch on record.',
    args: { periodEnd: t.arg.string({ required: false, description: 'Last day counted, YYYY-MM-DD; every batch on record when absent.' }) },
    resolve: async (_root, { periodEnd }, ctx) => {
      const end = periodEnd == null ? null : parseIsoDate(periodEnd, 'periodEnd');
      const batchesWhere: Prisma.CertificationBatchWhereInput = end ? { periodEnd: { lte: end } } : {};
      const bodiesWhere = end ? pilotsBy(end) : {};
      const [kinds, pilotUnits, sums] = await Promise.all([
        ctx.db.certificationBody.groupBy({ by: ['kind'], where: bodiesWhere, _count: { _all: true } }),
        ctx.db.certificationBody.count({ where: { batches: { some: batchesWhere } } }),
        ctx.db.certificationBatch.aggregate({
          where: batchesWhere,
          _sum: { peopleCertified: true, selfTrained: true },
          _max: { periodEnd: true },
        }),
      ]);
      const countOf = (kind: string) => kinds.find((k) => k.kind === kind)?._count._all ?? 0;
      const lastPeriod = sums._max.periodEnd;
      return {
        periodEnd: end ? isoDate(end) : lastPeriod ? isoDate(lastPeriod) : null,
        bodiesWhere,
        enterpriseBodies: countOf('ENTERPRISE'),
        socialEvaluationOrganisations: countOf('SOCIAL_EVALUATION_ORGANISATION'),
        pilotUnits,
        peopleCertified: sums._sum.peopleCertified ?? 0,
        selfTrained: sums._sum.selfTrained ?? 0,
      };
    },
  }),
}));
