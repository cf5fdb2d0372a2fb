-- CreateIndex
CREATE INDEX "Master_name_trgm_idx" ON "Master" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Master_nameEn_trgm_idx" ON "Master" USING GIN ("nameEn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "MasterStudio_town_trgm_idx" ON "MasterStudio" USING GIN ("town" gin_trgm_ops);
