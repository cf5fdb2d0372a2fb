import { groupLoader, loaderPerQuery, rowLoader } from '@partnership/kit';
import type { Prisma } from './generated/prisma/client.ts';
import type { Db } from './registry.ts';

type StudioQuery = Omit<Prisma.MasterStudioFindManyArgs, 'where' | 'orderBy'>;

/**
 * The batches where another registry meets this one: entity references and fields keyed by
 * another registry's ids. Each takes the query the GraphQL selection needs, so the studios come
 * with their relations; links inside the registry are relations the Prisma plugin loads.
 * One set per request so nothing is cached across users.
 */
export function createLoaders(db: Db) {
  const studiosBy = <Key extends number | string>(column: 'hostEnterpriseId' | 'hostSchoolId' | 'campusSchoolId' | 'industryCode' | 'occupationCode') =>
    loaderPerQuery((query: StudioQuery) =>
      groupLoader(
        (keys: Key[]) => db.masterStudio.findMany({ ...query, where: { [column]: { in: keys } }, orderBy: { id: 'asc' } }),
        (s) => s[column] as Key,
      ),
    );
  return {
    studioById: loaderPerQuery((query: StudioQuery) =>
      rowLoader((ids: number[]) => db.masterStudio.findMany({ ...query, where: { id: { in: ids } } }), (s) => s.id),
    ),
    studiosByHostEnterpriseId: studiosBy<number>('hostEnterpriseId'),
    studiosByHostSchoolId: studiosBy<number>('hostSchoolId'),
    studiosByCampusSchoolId: studiosBy<number>('campusSchoolId'),
    studiosByIndustryCode: studiosBy<string>('industryCode'),
    studiosByOccupationCode: studiosBy<string>('occupationCode'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
