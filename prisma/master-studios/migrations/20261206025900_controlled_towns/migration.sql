-- Hand-written, data only: towns are a controlled list now; free text outside it goes to the
-- "other" bucket (the kit's TOWNS).
UPDATE "MasterStudio" SET "town" = '其他镇街（平台）' WHERE "town" IS NOT NULL AND "town" NOT IN ('河上镇', '瓜沥镇', '蜀山街道', '开发区', '其他镇街（平台）');
