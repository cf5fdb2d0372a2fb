-- A body certifies a period once. On a database where a body has two batches ending the same
-- day, this fails and nothing changes: merge them first (certificationSummary counted both).

-- DropIndex
DROP INDEX "CertificationBatch_bodyId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "CertificationBatch_bodyId_periodEnd_key" ON "CertificationBatch"("bodyId", "periodEnd");
