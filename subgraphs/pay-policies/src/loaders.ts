import DataLoader from 'dataloader';
import { groupLoader, rowLoader } from '@partnership/kit';
import type { Db } from './registry.ts';

/** Every batch this subgraph runs; one set per request so nothing is cached across users. */
export function createLoaders(db: Db) {
  const byIn = <K>(keys: K[]) => ({ in: keys });
  return {
    enterpriseById: rowLoader((ids: number[]) => db.enterprise.findMany({ where: { id: byIn(ids) } }), (e) => e.id),
    enterprisesByIndustryCode: groupLoader(
      (codes: string[]) => db.enterprise.findMany({ where: { industryCode: byIn(codes) }, orderBy: { id: 'asc' } }),
      (e) => e.industryCode!,
    ),
    payPoliciesByEnterpriseId: groupLoader(
      (ids: number[]) => db.payPolicy.findMany({ where: { enterpriseId: byIn(ids) }, orderBy: { id: 'asc' } }),
      (p) => p.enterpriseId,
    ),
    pathwaysByEnterpriseId: groupLoader(
      (ids: number[]) => db.promotionPathway.findMany({ where: { enterpriseId: byIn(ids) }, orderBy: { id: 'asc' } }),
      (p) => p.enterpriseId,
    ),
    bodyById: rowLoader((ids: number[]) => db.certificationBody.findMany({ where: { id: byIn(ids) } }), (b) => b.id),
    bodiesByEnterpriseId: groupLoader(
      (ids: number[]) => db.certificationBody.findMany({ where: { enterpriseId: byIn(ids) }, orderBy: { id: 'asc' } }),
      (b) => b.enterpriseId!,
    ),
    bodiesByOccupationCode: new DataLoader(async (codes: readonly string[]) => {
      // occupationCodes is an array column: one body can belong to several keys.
      const rows = await db.certificationBody.findMany({
        where: { occupationCodes: { hasSome: [...codes] } },
        orderBy: { id: 'asc' },
      });
      return codes.map((code) => rows.filter((b) => b.occupationCodes.includes(code)));
    }),
    batchesByBodyId: groupLoader(
      (ids: number[]) =>
        db.certificationBatch.findMany({ where: { bodyId: byIn(ids) }, orderBy: [{ periodEnd: 'asc' }, { id: 'asc' }] }),
      (b) => b.bodyId,
    ),
    subsidiesByEnterpriseId: groupLoader(
      (ids: number[]) =>
        db.subsidy.findMany({ where: { enterpriseId: byIn(ids) }, orderBy: [{ year: 'asc' }, { id: 'asc' }] }),
      (s) => s.enterpriseId!,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
