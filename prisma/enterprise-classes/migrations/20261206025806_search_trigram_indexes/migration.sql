-- CreateIndex
CREATE INDEX "IndustryCollege_name_trgm_idx" ON "IndustryCollege" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "IndustryCollege_nameEn_trgm_idx" ON "IndustryCollege" USING GIN ("nameEn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Major_name_trgm_idx" ON "Major" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Major_nameEn_trgm_idx" ON "Major" USING GIN ("nameEn" gin_trgm_ops);
