-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "industryInferred" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "industryNote" TEXT;

-- Hand-written: a demo database already holding the article's 电装 gets its inferred industry,
-- marked as such (the seed inserts missing rows only); production holds no demo rows.
UPDATE "Enterprise" SET "industryCode" = 'SMART_VEHICLES', "industryInferred" = true, "industryNote" = '推断：电装（Denso）为汽车零部件企业，原文未注明行业 / Inferred: Denso makes automotive parts; the article states no industry'
WHERE "id" = 3 AND "name" = '电装' AND "provenance" = 'ARTICLE' AND "industryCode" IS NULL;

-- Hand-written: towns are a controlled list now; free text outside it goes to the "other" bucket.
UPDATE "Enterprise" SET "town" = '其他镇街（平台）' WHERE "town" IS NOT NULL AND "town" NOT IN ('河上镇', '瓜沥镇', '蜀山街道', '开发区', '其他镇街（平台）');
