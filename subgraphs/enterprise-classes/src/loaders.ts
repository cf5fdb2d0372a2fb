import { groupLoader, rowLoader } from '@partnership/kit';
import type DataLoader from 'dataloader';
import type { Db } from './registry.ts';

/** Loads rows for many keys in the loader's batch, dropping keys with no row. */
export async function loadRows<Key, Row>(loader: DataLoader<Key, Row | null>, keys: readonly Key[]): Promise<Row[]> {
  const rows = await loader.loadMany(keys);
  return rows.filter((row): row is Row => {
    if (row instanceof Error) throw row;
    return row != null;
  });
}

/** Every batch this subgraph runs; one set per request so nothing is cached across users. */
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
    majorById: rowLoader((ids: number[]) => db.major.findMany({ where: { id: byIn(ids) } }), (m) => m.id),
    classById: rowLoader((ids: number[]) => db.enterpriseClass.findMany({ where: { id: byIn(ids) } }), (c) => c.id),
    mentorById: rowLoader((ids: number[]) => db.mentor.findMany({ where: { id: byIn(ids) } }), (m) => m.id),
    studentById: rowLoader((ids: number[]) => db.student.findMany({ where: { id: byIn(ids) } }), (s) => s.id),

    partnershipsBySchoolId: groupLoader(
      (ids: number[]) => db.schoolPartnership.findMany({ where: { schoolId: byIn(ids) }, orderBy: byId }),
      (p) => p.schoolId,
    ),
    partnershipsByEnterpriseId: groupLoader(
      (ids: number[]) => db.schoolPartnership.findMany({ where: { enterpriseId: byIn(ids) }, orderBy: byId }),
      (p) => p.enterpriseId,
    ),

    collegesBySchoolId: groupLoader(
      (ids: number[]) => db.industryCollege.findMany({ where: { schoolId: byIn(ids) }, orderBy: byId }),
      (c) => c.schoolId,
    ),
    collegesByIndustryCode: groupLoader(
      (codes: string[]) => db.industryCollege.findMany({ where: { industryCode: byIn(codes) }, orderBy: byId }),
      (c) => c.industryCode!,
    ),
    collegesByEnterpriseId: groupLoader(
      (ids: number[]) => db.industryCollege.findMany({ where: { partnerEnterpriseId: byIn(ids) }, orderBy: byId }),
      (c) => c.partnerEnterpriseId!,
    ),

    majorsBySchoolId: groupLoader(
      (ids: number[]) => db.major.findMany({ where: { schoolId: byIn(ids) }, orderBy: byId }),
      (m) => m.schoolId,
    ),
    majorsByIndustryCode: groupLoader(
      (codes: string[]) => db.major.findMany({ where: { industryCode: byIn(codes) }, orderBy: byId }),
      (m) => m.industryCode!,
    ),

    classesBySchoolId: groupLoader(
      (ids: number[]) => db.enterpriseClass.findMany({ where: { schoolId: byIn(ids) }, orderBy: byId }),
      (c) => c.schoolId,
    ),
    classesByIndustryCode: groupLoader(
      (codes: string[]) => db.enterpriseClass.findMany({ where: { industryCode: byIn(codes) }, orderBy: byId }),
      (c) => c.industryCode!,
    ),
    classesByMajorId: groupLoader(
      (ids: number[]) => db.enterpriseClass.findMany({ where: { majorId: byIn(ids) }, orderBy: byId }),
      (c) => c.majorId!,
    ),
    classesByEnterpriseId: groupLoader(
      (ids: number[]) => db.enterpriseClass.findMany({ where: { partnerEnterpriseId: byIn(ids) }, orderBy: byId }),
      (c) => c.partnerEnterpriseId,
    ),
    classLinksByOccupationCode: groupLoader(
      (codes: string[]) =>
        db.enterpriseClassOccupation.findMany({ where: { occupationCode: byIn(codes) }, orderBy: { classId: 'asc' } }),
      (l) => l.occupationCode,
    ),
    occupationLinksByClassId: groupLoader(
      (ids: number[]) =>
        db.enterpriseClassOccupation.findMany({ where: { classId: byIn(ids) }, orderBy: { occupationCode: 'asc' } }),
      (l) => l.classId,
    ),

    studentsByClassId: groupLoader(
      (ids: number[]) => db.student.findMany({ where: { enterpriseClassId: byIn(ids) }, orderBy: byId }),
      (s) => s.enterpriseClassId!,
    ),
    studentsByCollegeMentorId: groupLoader(
      (ids: number[]) => db.student.findMany({ where: { collegeMentorId: byIn(ids) }, orderBy: byId }),
      (s) => s.collegeMentorId!,
    ),
    studentsByEnterpriseMentorId: groupLoader(
      (ids: number[]) => db.student.findMany({ where: { enterpriseMentorId: byIn(ids) }, orderBy: byId }),
      (s) => s.enterpriseMentorId!,
    ),

    participationsByStudentId: groupLoader(
      (ids: number[]) =>
        db.researchParticipation.findMany({
          where: { studentId: byIn(ids) },
          include: { project: true },
          orderBy: { projectId: 'asc' },
        }),
      (p) => p.studentId,
    ),
    participationsByProjectId: groupLoader(
      (ids: number[]) =>
        db.researchParticipation.findMany({ where: { projectId: byIn(ids) }, orderBy: { studentId: 'asc' } }),
      (p) => p.projectId,
    ),

    graduateTeachersBySchoolId: groupLoader(
      (ids: number[]) => db.graduateTeacher.findMany({ where: { schoolId: byIn(ids) }, orderBy: byId }),
      (g) => g.schoolId,
    ),
    programmesBySchoolId: groupLoader(
      (ids: number[]) => db.trainingProgramme.findMany({ where: { schoolId: byIn(ids) }, orderBy: byId }),
      (p) => p.schoolId!,
    ),
    programmesByEnterpriseId: groupLoader(
      (ids: number[]) => db.trainingProgramme.findMany({ where: { partnerEnterpriseId: byIn(ids) }, orderBy: byId }),
      (p) => p.partnerEnterpriseId!,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
