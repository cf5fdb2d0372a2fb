import DataLoader from 'dataloader';
import { groupLoader, loaderPerQuery, rowLoader } from '@partnership/kit';
import type { Prisma } from './generated/prisma/client.ts';
import type { Db } from './registry.ts';

type EnterpriseQuery = Omit<Prisma.EnterpriseFindManyArgs, 'where' | 'orderBy'>;
type BodyQuery = Omit<Prisma.CertificationBodyFindManyArgs, 'where' | 'orderBy'>;

/**
 * The batches where another registry meets this one: entity references and fields keyed by
 * another registry's codes. Each takes the query the GraphQL selection needs, so the rows come
 * with their relations; links inside the registry are relations the Prisma plugin loads.
 * One set per request so nothing is cached across users.
 */
export function createLoaders(db: Db) {
  return {
    enterpriseById: loaderPerQuery((query: EnterpriseQuery) =>
      rowLoader((ids: number[]) => db.enterprise.findMany({ ...query, where: { id: { in: ids } } }), (e) => e.id),
    ),
    enterprisesByIndustryCode: loaderPerQuery((query: EnterpriseQuery) =>
      groupLoader(
        (codes: string[]) => db.enterprise.findMany({ ...query, where: { industryCode: { in: codes } }, orderBy: { id: 'asc' } }),
        (e) => e.industryCode!,
      ),
    ),
    bodiesByOccupationCode: loaderPerQuery(
      (query: BodyQuery) =>
        new DataLoader(async (codes: readonly string[]) => {
          // occupationCodes is an array column: one body can belong to several keys.
          const rows = await db.certificationBody.findMany({
            ...query,
            where: { occupationCodes: { hasSome: [...codes] } },
            orderBy: { id: 'asc' },
          });
          return codes.map((code) => rows.filter((b) => b.occupationCodes.includes(code)));
        }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
