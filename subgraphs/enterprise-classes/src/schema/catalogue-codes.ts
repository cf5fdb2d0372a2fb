import { catalogueChoices, type FilterChoices } from '@partnership/kit';
import type { Context } from '../registry.ts';

const found = (rows: readonly unknown[]) => rows.map((row) => row != null && !(row instanceof Error));

/** The industry catalogue, this registry's own, as the choices of a filter (kit: filter-choices.ts). */
export const industryChoices = (ctx: Context): FilterChoices =>
  catalogueChoices('Industry', {
    exist: async (codes) => found(await ctx.loaders.industryByCode.loadMany([...codes])),
    // Sorted here, not by the database's collation: the same order as the other registries' messages.
    all: async () => (await ctx.db.industry.findMany({ select: { code: true } })).map((i) => i.code).sort(),
  });

/** The occupation catalogue, this registry's own, as the choices of a filter. */
export const occupationChoices = (ctx: Context): FilterChoices =>
  catalogueChoices('Occupation', { exist: async (codes) => found(await ctx.loaders.occupationByCode.loadMany([...codes])) });

/** Keeps the rows whose provenance is listed; no list keeps them all. */
export const withProvenance = <T extends { provenance: string }>(rows: readonly T[], provenances: readonly string[] | null | undefined): T[] =>
  provenances?.length ? rows.filter((row) => provenances.includes(row.provenance)) : [...rows];
