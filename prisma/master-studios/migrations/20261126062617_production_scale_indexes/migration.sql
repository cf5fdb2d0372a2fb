-- CreateIndex
CREATE INDEX "MasterStudio_kind_id_idx" ON "MasterStudio"("kind", "id");

-- CreateIndex
CREATE INDEX "MasterStudio_provenance_id_idx" ON "MasterStudio"("provenance", "id");

-- CreateIndex
CREATE INDEX "MasterStudio_recognisedYear_idx" ON "MasterStudio"("recognisedYear");

-- CreateIndex
CREATE INDEX "MasterStudio_leaderId_idx" ON "MasterStudio"("leaderId");
