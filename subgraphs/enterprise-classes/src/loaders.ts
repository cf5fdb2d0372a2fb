import { groupLoader, rowLoader } from '@partnership/kit';
import type { Db } from './registry.ts';

/**
 * The batches that relations cannot do: entities the gateway hands this subgraph by key
 * (resolveReference) and fields keyed by another registry's ids (Enterprise, owned by
 * pay-policies, has no table here to join). Links inside the registry are Prisma relations.
 * One set per request, so nothing is cached across users.
 */
export function createLoaders(db: Db) {
  const byIn = <K>(keys: K[]) => ({ in: keys });
  const byId = { id: 'asc' } as const;
  return {
    schoolById: rowLoader((ids: number[]) => db.school.findMany({ where: { id: byIn(ids) } }), (s) => s.id),
    industryByCode: rowLoader((codes: string[]) => db.industry.findMany({ where: { code: byIn(codes) } }), (i) => i.code),
    occupationByCode: rowLoader(
      (codes: string[]) => db.occupation.findMany({ where: { code: byIn(codes) } }),
      (o) => o.code,
    ),
    classById: rowLoader((ids: number[]) => db.enterpriseClass.findMany({ where: { id: byIn(ids) } }), (c) => c.id),

    // A relation of an entity row loaded by resolveReference: Pothos would select the parent again.
    classesBySchoolId: groupLoader(
      (ids: number[]) => db.enterpriseClass.findMany({ where: { schoolId: byIn(ids) }, orderBy: byId }),
      (c) => c.schoolId,
    ),
    collegesByIndustryCode: groupLoader(
      (codes: string[]) => db.industryCollege.findMany({ where: { industryCode: byIn(codes) }, orderBy: byId }),
      (c) => c.industryCode!,
    ),
    studentsByClassId: groupLoader(
      (ids: number[]) => db.student.findMany({ where: { enterpriseClassId: byIn(ids) }, orderBy: byId }),
      (s) => s.enterpriseClassId!,
    ),

    partnershipsByEnterpriseId: groupLoader(
      (ids: number[]) =>
        db.schoolPartnership.findMany({ where: { enterpriseId: byIn(ids), endedAt: null }, orderBy: byId }),
      (p) => p.enterpriseId,
    ),
    collegesByEnterpriseId: groupLoader(
      (ids: number[]) => db.industryCollege.findMany({ where: { partnerEnterpriseId: byIn(ids) }, orderBy: byId }),
      (c) => c.partnerEnterpriseId!,
    ),
    classesByEnterpriseId: groupLoader(
      (ids: number[]) => db.enterpriseClass.findMany({ where: { partnerEnterpriseId: byIn(ids) }, orderBy: byId }),
      (c) => c.partnerEnterpriseId,
    ),
    programmesByEnterpriseId: groupLoader(
      (ids: number[]) => db.trainingProgramme.findMany({ where: { partnerEnterpriseId: byIn(ids) }, orderBy: byId }),
      (p) => p.partnerEnterpriseId!,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
