-- CreateIndex
CREATE INDEX "MasterStudio_retiredAt_id_idx" ON "MasterStudio"("retiredAt", "id");
