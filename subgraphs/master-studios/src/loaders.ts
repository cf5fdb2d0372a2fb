import { groupLoader, rowLoader } from '@partnership/kit';
import type { Db } from './registry.ts';

/** Every batch this subgraph runs; one set per request so nothing is cached across users. */
export function createLoaders(db: Db) {
  const byIn = <K>(keys: K[]) => ({ in: keys });
  return {
    studioById: rowLoader((ids: number[]) => db.masterStudio.findMany({ where: { id: byIn(ids) } }), (s) => s.id),
    masterById: rowLoader((ids: number[]) => db.master.findMany({ where: { id: byIn(ids) } }), (m) => m.id),
    honoursByMasterId: groupLoader(
      (ids: number[]) => db.masterHonour.findMany({ where: { masterId: byIn(ids) }, orderBy: [{ year: 'asc' }, { id: 'asc' }] }),
      (h) => h.masterId,
    ),
    studiosByLeaderId: groupLoader(
      (ids: number[]) => db.masterStudio.findMany({ where: { leaderId: byIn(ids) }, orderBy: { id: 'asc' } }),
      (s) => s.leaderId!,
    ),
    chiefTitlesByMasterId: groupLoader(
      (ids: number[]) => db.chiefTechnician.findMany({ where: { masterId: byIn(ids) }, orderBy: { batch: 'asc' } }),
      (c) => c.masterId,
    ),
    levelHistoryByStudioId: groupLoader(
      // A step the source gives no year for came before the dated ones registered since.
      (ids: number[]) =>
        db.studioLevelChange.findMany({
          where: { studioId: byIn(ids) },
          orderBy: [{ year: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
        }),
      (c) => c.studioId,
    ),
    apprenticesByStudioId: groupLoader(
      (ids: number[]) => db.apprentice.findMany({ where: { studioId: byIn(ids) }, orderBy: { id: 'asc' } }),
      (a) => a.studioId,
    ),
    studiosByHostEnterpriseId: groupLoader(
      (ids: number[]) => db.masterStudio.findMany({ where: { hostEnterpriseId: byIn(ids) }, orderBy: { id: 'asc' } }),
      (s) => s.hostEnterpriseId!,
    ),
    studiosByHostSchoolId: groupLoader(
      (ids: number[]) => db.masterStudio.findMany({ where: { hostSchoolId: byIn(ids) }, orderBy: { id: 'asc' } }),
      (s) => s.hostSchoolId!,
    ),
    studiosByCampusSchoolId: groupLoader(
      (ids: number[]) => db.masterStudio.findMany({ where: { campusSchoolId: byIn(ids) }, orderBy: { id: 'asc' } }),
      (s) => s.campusSchoolId!,
    ),
    studiosByIndustryCode: groupLoader(
      (codes: string[]) => db.masterStudio.findMany({ where: { industryCode: byIn(codes) }, orderBy: { id: 'asc' } }),
      (s) => s.industryCode!,
    ),
    studiosByOccupationCode: groupLoader(
      (codes: string[]) => db.masterStudio.findMany({ where: { occupationCode: byIn(codes) }, orderBy: { id: 'asc' } }),
      (s) => s.occupationCode!,
    ),
    membersByGroupId: groupLoader(
      (ids: number[]) => db.leadersGroupMember.findMany({ where: { groupId: byIn(ids) }, include: { master: true } }),
      (m) => m.groupId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
