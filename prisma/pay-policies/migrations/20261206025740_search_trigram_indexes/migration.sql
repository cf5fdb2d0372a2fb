-- CreateIndex
CREATE INDEX "Enterprise_town_trgm_idx" ON "Enterprise" USING GIN ("town" gin_trgm_ops);
