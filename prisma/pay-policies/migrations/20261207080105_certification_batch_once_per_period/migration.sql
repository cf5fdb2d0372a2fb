-- DropIndex
DROP INDEX "CertificationBatch_bodyId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "CertificationBatch_bodyId_periodEnd_key" ON "CertificationBatch"("bodyId", "periodEnd");
