import DataLoader from 'dataloader';
import { groupLoader, rowLoader } from '@partnership/kit';
import type { Db } from './registry.ts';

/**
 * The batches where another registry meets this one: entity references and fields keyed by
 * another registry's codes. Links inside the registry are Prisma relations the plugin loads.
 * One set per request so nothing is cached across users.
 */
export function createLoaders(db: Db) {
  return {
    enterpriseById: rowLoader((ids: number[]) => db.enterprise.findMany({ where: { id: { in: ids } } }), (e) => e.id),
    enterprisesByIndustryCode: groupLoader(
      (codes: string[]) => db.enterprise.findMany({ where: { industryCode: { in: codes } }, orderBy: { id: 'asc' } }),
      (e) => e.industryCode!,
    ),
    bodiesByOccupationCode: new DataLoader(async (codes: readonly string[]) => {
      // occupationCodes is an array column: one body can belong to several keys.
      const rows = await db.certificationBody.findMany({
        where: { occupationCodes: { hasSome: [...codes] } },
        orderBy: { id: 'asc' },
      });
      return codes.map((code) => rows.filter((b) => b.occupationCodes.includes(code)));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
