import { userError } from '@partnership/kit';
import type { Context } from '../registry.ts';

/**
 * Industry codes a filter names must be in the catalogue: an unknown one is a typo that would
 * otherwise answer an empty list. The error names the valid codes so a frontend can show them.
 */
export async function checkIndustryCodes(ctx: Context, codes: readonly string[] | null | undefined, field: string): Promise<void> {
  if (!codes?.length) return;
  const found = await Promise.all(codes.map((code) => ctx.loaders.industryByCode.load(code)));
  const unknown = codes.filter((_, i) => !found[i]);
  if (!unknown.length) return;
  const valid = (await ctx.db.industry.findMany({ select: { code: true }, orderBy: { code: 'asc' } })).map((i) => i.code);
  throw userError(`${field} has unknown industry code(s) ${unknown.join(', ')}; valid codes: ${valid.join(', ')}.`, field);
}

/** Keeps the rows whose provenance is listed; no list keeps them all. */
export const withProvenance = <T extends { provenance: string }>(rows: readonly T[], provenances: readonly string[] | null | undefined): T[] =>
  provenances?.length ? rows.filter((row) => provenances.includes(row.provenance)) : [...rows];
