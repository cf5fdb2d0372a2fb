-- CreateIndex
CREATE INDEX "EnterpriseClass_cohortYear_idx" ON "EnterpriseClass"("cohortYear");

-- CreateIndex
CREATE INDEX "EnterpriseClass_provenance_id_idx" ON "EnterpriseClass"("provenance", "id");

-- CreateIndex
CREATE INDEX "Mentor_side_id_idx" ON "Mentor"("side", "id");

-- CreateIndex
CREATE INDEX "Student_collegeMentorId_idx" ON "Student"("collegeMentorId");

-- CreateIndex
CREATE INDEX "Student_enterpriseMentorId_idx" ON "Student"("enterpriseMentorId");
