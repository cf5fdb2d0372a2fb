import { groupLoader, rowLoader } from '@partnership/kit';
import type { Db } from './registry.ts';

/**
 * The batches where another registry meets this one: entity references and fields keyed by
 * another registry's ids. Links inside the registry are Prisma relations the plugin loads.
 * One set per request so nothing is cached across users.
 */
export function createLoaders(db: Db) {
  return {
    studioById: rowLoader((ids: number[]) => db.masterStudio.findMany({ where: { id: { in: ids } } }), (s) => s.id),
    studiosByHostEnterpriseId: groupLoader(
      (ids: number[]) => db.masterStudio.findMany({ where: { hostEnterpriseId: { in: ids } }, orderBy: { id: 'asc' } }),
      (s) => s.hostEnterpriseId!,
    ),
    studiosByHostSchoolId: groupLoader(
      (ids: number[]) => db.masterStudio.findMany({ where: { hostSchoolId: { in: ids } }, orderBy: { id: 'asc' } }),
      (s) => s.hostSchoolId!,
    ),
    studiosByCampusSchoolId: groupLoader(
      (ids: number[]) => db.masterStudio.findMany({ where: { campusSchoolId: { in: ids } }, orderBy: { id: 'asc' } }),
      (s) => s.campusSchoolId!,
    ),
    studiosByIndustryCode: groupLoader(
      (codes: string[]) => db.masterStudio.findMany({ where: { industryCode: { in: codes } }, orderBy: { id: 'asc' } }),
      (s) => s.industryCode!,
    ),
    studiosByOccupationCode: groupLoader(
      (codes: string[]) => db.masterStudio.findMany({ where: { occupationCode: { in: codes } }, orderBy: { id: 'asc' } }),
      (s) => s.occupationCode!,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
