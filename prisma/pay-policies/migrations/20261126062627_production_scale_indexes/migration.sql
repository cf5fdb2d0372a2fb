-- CreateIndex
CREATE INDEX "CertificationBody_kind_id_idx" ON "CertificationBody"("kind", "id");

-- CreateIndex
CREATE INDEX "CertificationBody_provenance_id_idx" ON "CertificationBody"("provenance", "id");

-- CreateIndex
CREATE INDEX "CertificationBody_occupationCodes_idx" ON "CertificationBody" USING GIN ("occupationCodes");

-- CreateIndex
CREATE INDEX "Enterprise_provenance_id_idx" ON "Enterprise"("provenance", "id");

-- CreateIndex
CREATE INDEX "PayPolicy_scope_id_idx" ON "PayPolicy"("scope", "id");
