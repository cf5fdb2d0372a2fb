-- Refuse to start while any existing row points at a row that does not exist: name the table,
-- the column and one orphan value, so the data can be fixed before the foreign keys go on. The
-- migration runs in one transaction, so a refusal leaves the database as it was.
DO $$
DECLARE
  link record;
  orphan text;
BEGIN
  FOR link IN SELECT * FROM (VALUES
    ('SchoolPartnership', 'schoolId', 'School', 'id'),
    ('IndustryCollege', 'schoolId', 'School', 'id'),
    ('Major', 'schoolId', 'School', 'id'),
    ('EnterpriseClass', 'schoolId', 'School', 'id'),
    ('Mentor', 'schoolId', 'School', 'id'),
    ('Student', 'schoolId', 'School', 'id'),
    ('ResearchProject', 'schoolId', 'School', 'id'),
    ('GraduateTeacher', 'schoolId', 'School', 'id'),
    ('TrainingProgramme', 'schoolId', 'School', 'id'),
    ('IndustryCollege', 'industryCode', 'Industry', 'code'),
    ('Major', 'industryCode', 'Industry', 'code'),
    ('EnterpriseClass', 'industryCode', 'Industry', 'code'),
    ('EnterpriseClass', 'majorId', 'Major', 'id'),
    ('EnterpriseClassOccupation', 'occupationCode', 'Occupation', 'code'),
    ('Student', 'enterpriseClassId', 'EnterpriseClass', 'id'),
    ('Student', 'collegeMentorId', 'Mentor', 'id'),
    ('Student', 'enterpriseMentorId', 'Mentor', 'id'),
    ('ResearchParticipation', 'studentId', 'Student', 'id')
  ) AS l(tbl, col, ref_tbl, ref_col) LOOP
    EXECUTE format(
      'SELECT t.%I::text FROM %I t WHERE t.%I IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %I r WHERE r.%I = t.%I) LIMIT 1',
      link.col, link.tbl, link.col, link.ref_tbl, link.ref_col, link.col
    ) INTO orphan;
    IF orphan IS NOT NULL THEN
      RAISE EXCEPTION '"%"."%" = % has no "%" row with % = %: fix or delete such rows, then migrate again',
        link.tbl, link.col, orphan, link.ref_tbl, link.ref_col, orphan;
    END IF;
  END LOOP;
END $$;

-- CreateIndex
CREATE INDEX "Mentor_schoolId_idx" ON "Mentor"("schoolId");

-- CreateIndex
CREATE INDEX "ResearchProject_schoolId_idx" ON "ResearchProject"("schoolId");

-- CreateIndex
CREATE INDEX "Student_schoolId_idx" ON "Student"("schoolId");

-- CreateIndex
CREATE INDEX "TrainingProgramme_schoolId_idx" ON "TrainingProgramme"("schoolId");

-- AddForeignKey
ALTER TABLE "SchoolPartnership" ADD CONSTRAINT "SchoolPartnership_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndustryCollege" ADD CONSTRAINT "IndustryCollege_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndustryCollege" ADD CONSTRAINT "IndustryCollege_industryCode_fkey" FOREIGN KEY ("industryCode") REFERENCES "Industry"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Major" ADD CONSTRAINT "Major_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Major" ADD CONSTRAINT "Major_industryCode_fkey" FOREIGN KEY ("industryCode") REFERENCES "Industry"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseClass" ADD CONSTRAINT "EnterpriseClass_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseClass" ADD CONSTRAINT "EnterpriseClass_majorId_fkey" FOREIGN KEY ("majorId") REFERENCES "Major"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseClass" ADD CONSTRAINT "EnterpriseClass_industryCode_fkey" FOREIGN KEY ("industryCode") REFERENCES "Industry"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseClassOccupation" ADD CONSTRAINT "EnterpriseClassOccupation_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentor" ADD CONSTRAINT "Mentor_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Student" ADD CONSTRAINT "Student_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Student" ADD CONSTRAINT "Student_enterpriseClassId_fkey" FOREIGN KEY ("enterpriseClassId") REFERENCES "EnterpriseClass"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Student" ADD CONSTRAINT "Student_collegeMentorId_fkey" FOREIGN KEY ("collegeMentorId") REFERENCES "Mentor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Student" ADD CONSTRAINT "Student_enterpriseMentorId_fkey" FOREIGN KEY ("enterpriseMentorId") REFERENCES "Mentor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchProject" ADD CONSTRAINT "ResearchProject_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchParticipation" ADD CONSTRAINT "ResearchParticipation_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraduateTeacher" ADD CONSTRAINT "GraduateTeacher_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingProgramme" ADD CONSTRAINT "TrainingProgramme_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;
