-- CreateEnum
CREATE TYPE "Provenance" AS ENUM ('ARTICLE', 'GENERATED');

-- CreateEnum
CREATE TYPE "PolicyScope" AS ENUM ('HIGH_SKILL_TALENT', 'FRONT_LINE_SKILLED');

-- CreateEnum
CREATE TYPE "CertificationBodyKind" AS ENUM ('ENTERPRISE', 'SOCIAL_EVALUATION_ORGANISATION');

-- CreateEnum
CREATE TYPE "SubsidyKind" AS ENUM ('CERTIFICATION_GRANT', 'HIGH_SKILL_TALENT_SUBSIDY');

-- CreateTable
CREATE TABLE "Enterprise" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "industryCode" TEXT,
    "town" TEXT,
    "creditCode" TEXT,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "Enterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayPolicy" (
    "id" SERIAL NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "scope" "PolicyScope" NOT NULL,
    "upliftMinPercent" DECIMAL(5,2) NOT NULL,
    "upliftMaxPercent" DECIMAL(5,2) NOT NULL,
    "effectiveYear" INTEGER NOT NULL,
    "description" TEXT,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "PayPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromotionPathway" (
    "id" SERIAL NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "fromRole" TEXT NOT NULL,
    "fromRoleEn" TEXT,
    "toRole" TEXT NOT NULL,
    "toRoleEn" TEXT,
    "examplePerson" TEXT,
    "honours" TEXT[],
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "PromotionPathway_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificationBody" (
    "id" SERIAL NOT NULL,
    "kind" "CertificationBodyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "enterpriseId" INTEGER,
    "pilotSinceYear" INTEGER NOT NULL,
    "pilotSinceMonth" INTEGER,
    "occupationCodes" TEXT[],
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "CertificationBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificationBatch" (
    "id" SERIAL NOT NULL,
    "bodyId" INTEGER NOT NULL,
    "periodEnd" DATE NOT NULL,
    "peopleCertified" INTEGER NOT NULL,
    "selfTrained" INTEGER,
    "description" TEXT,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "CertificationBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subsidy" (
    "id" SERIAL NOT NULL,
    "kind" "SubsidyKind" NOT NULL,
    "enterpriseId" INTEGER,
    "amountCny" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "Subsidy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistrictIndicator" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "unit" TEXT NOT NULL,
    "target" DECIMAL(14,2),
    "year" INTEGER NOT NULL,
    "asOf" DATE,
    "qualifier" TEXT,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "DistrictIndicator_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_creditCode_key" ON "Enterprise"("creditCode");

-- CreateIndex
CREATE INDEX "Enterprise_industryCode_idx" ON "Enterprise"("industryCode");

-- CreateIndex
CREATE INDEX "Enterprise_town_idx" ON "Enterprise"("town");

-- CreateIndex
CREATE INDEX "Enterprise_name_idx" ON "Enterprise"("name");

-- CreateIndex
CREATE INDEX "PayPolicy_enterpriseId_idx" ON "PayPolicy"("enterpriseId");

-- CreateIndex
CREATE INDEX "PromotionPathway_enterpriseId_idx" ON "PromotionPathway"("enterpriseId");

-- CreateIndex
CREATE INDEX "CertificationBody_enterpriseId_idx" ON "CertificationBody"("enterpriseId");

-- CreateIndex
CREATE INDEX "CertificationBody_pilotSinceYear_idx" ON "CertificationBody"("pilotSinceYear");

-- CreateIndex
CREATE INDEX "CertificationBatch_bodyId_idx" ON "CertificationBatch"("bodyId");

-- CreateIndex
CREATE INDEX "CertificationBatch_periodEnd_idx" ON "CertificationBatch"("periodEnd");

-- CreateIndex
CREATE INDEX "Subsidy_enterpriseId_idx" ON "Subsidy"("enterpriseId");

-- CreateIndex
CREATE INDEX "Subsidy_year_kind_idx" ON "Subsidy"("year", "kind");

-- AddForeignKey
ALTER TABLE "PayPolicy" ADD CONSTRAINT "PayPolicy_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromotionPathway" ADD CONSTRAINT "PromotionPathway_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationBody" ADD CONSTRAINT "CertificationBody_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationBatch" ADD CONSTRAINT "CertificationBatch_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "CertificationBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subsidy" ADD CONSTRAINT "Subsidy_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;
