-- Hand-written (Prisma's postgresqlExtensions is a preview feature, and migrate diff
-- --from-migrations ignores installed extensions, so declaring it would recreate it every time).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "EnterpriseClass_name_trgm_idx" ON "EnterpriseClass" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "EnterpriseClass_nameEn_trgm_idx" ON "EnterpriseClass" USING GIN ("nameEn" gin_trgm_ops);
