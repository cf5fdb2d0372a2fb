import { anyOf, unknownChoices, userError } from '@partnership/kit';
import { builder } from '../registry.ts';
import { isoDate } from '../dates.ts';
import { Provenance } from './enums.ts';

export const DistrictIndicator = builder.prismaObject('DistrictIndicator', {
  description: 'A district-wide figure (全区指标) for dashboards: a target and what was achieved, or a stock.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable snake-case code, e.g. training_person_times.' }),
    name: t.exposeString('name', { description: 'Name in Chinese, as the source words it.' }),
    nameEn: t.exposeString('nameEn', { description: 'English rendering of the name.' }),
    value: t.float({ description: 'The figure achieved or in stock.', resolve: (i) => i.value.toNumber() }),
    unit: t.exposeString('unit', { description: 'Unit of value and target, e.g. 人次 (person-times).' }),
    target: t.float({ description: 'The target set for the year, where there is one.', nullable: true, resolve: (i) => i.target?.toNumber() ?? null }),
    achievedPercent: t.float({
      nullable: true,
      description: 'value as a percentage of target, 2 decimals (the source rounds it to whole percent).',
      resolve: (i) => (i.target == null || i.target.isZero() ? null : Math.round(i.value.div(i.target).toNumber() * 10_000) / 100),
    }),
    year: t.exposeInt('year', { description: 'Year the figure belongs to.' }),
    asOf: t.string({ nullable: true, description: 'Date the figure stands at, YYYY-MM-DD.', resolve: (i) => (i.asOf ? isoDate(i.asOf) : null) }),
    qualifier: t.exposeString('qualifier', { nullable: true, description: '"over", "about", or null for an exact figure.' }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

const INDICATOR_CODES = { noun: 'indicator code', listedBy: 'districtIndicators { code name }' };

builder.queryFields((t) => ({
  districtIndicators: t.prismaField({
    type: [DistrictIndicator],
    listSize: { assumedSize: 20 },
    description: 'District-wide figures (全区指标): those with the given codes in the order asked, or all by code.',
    args: { codes: t.arg.stringList({ required: false, description: 'Only indicators with these codes; all when absent or empty. A code that names no indicator is an error listing the valid ones.' }) },
    resolve: async (query, _root, { codes }, ctx) => {
      if (codes && codes.length > 100) throw userError('codes must list at most 100 codes.', 'codes', 'length', { maxItems: 100 });
      const rows = await ctx.db.districtIndicator.findMany({
        ...query,
        where: { code: anyOf(codes) },
        orderBy: { code: 'asc' },
      });
      if (!codes?.length) return rows;
      const byCode = new Map(rows.map((row) => [row.code, row]));
      const asked = [...new Set(codes)];
      // A code that names no indicator is a typo or a stale code, refused as other filters' are.
      const unknown = asked.filter((code) => !byCode.has(code));
      if (unknown.length) {
        const all = await ctx.db.districtIndicator.findMany({ select: { code: true }, orderBy: { code: 'asc' } });
        throw unknownChoices('codes', INDICATOR_CODES, unknown, all.map((i) => i.code));
      }
      return asked.map((code) => byCode.get(code)!);
    },
  }),
}));
