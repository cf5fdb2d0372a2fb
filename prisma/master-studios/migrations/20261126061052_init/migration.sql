-- CreateEnum
CREATE TYPE "Provenance" AS ENUM ('ARTICLE', 'GENERATED');

-- CreateEnum
CREATE TYPE "StudioLevel" AS ENUM ('DISTRICT', 'CITY', 'PROVINCIAL', 'NATIONAL');

-- CreateEnum
CREATE TYPE "StudioKind" AS ENUM ('SKILL_MASTER_STUDIO', 'TECHNICIAN_STUDIO', 'HIGH_SKILL_INNOVATION_STUDIO');

-- CreateTable
CREATE TABLE "Master" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "title" TEXT,
    "titleEn" TEXT,
    "yearsInTrade" INTEGER,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "Master_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MasterHonour" (
    "id" SERIAL NOT NULL,
    "masterId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "year" INTEGER,
    "valueCny" INTEGER,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "MasterHonour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MasterStudio" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "kind" "StudioKind" NOT NULL,
    "leaderId" INTEGER,
    "occupationCode" TEXT,
    "industryCode" TEXT,
    "hostEnterpriseId" INTEGER,
    "hostSchoolId" INTEGER,
    "campusSchoolId" INTEGER,
    "town" TEXT,
    "level" "StudioLevel" NOT NULL,
    "recognisedYear" INTEGER,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "MasterStudio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudioLevelChange" (
    "id" SERIAL NOT NULL,
    "studioId" INTEGER NOT NULL,
    "level" "StudioLevel" NOT NULL,
    "year" INTEGER,
    "note" TEXT,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "StudioLevelChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Apprentice" (
    "id" SERIAL NOT NULL,
    "studioId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "sinceYear" INTEGER NOT NULL,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "Apprentice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChiefTechnician" (
    "id" SERIAL NOT NULL,
    "masterId" INTEGER NOT NULL,
    "batch" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "ChiefTechnician_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadersGroup" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "foundedYear" INTEGER,
    "purpose" TEXT,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "LeadersGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadersGroupMember" (
    "groupId" INTEGER NOT NULL,
    "masterId" INTEGER NOT NULL,

    CONSTRAINT "LeadersGroupMember_pkey" PRIMARY KEY ("groupId","masterId")
);

-- CreateIndex
CREATE INDEX "MasterHonour_masterId_idx" ON "MasterHonour"("masterId");

-- CreateIndex
CREATE INDEX "MasterStudio_level_id_idx" ON "MasterStudio"("level", "id");

-- CreateIndex
CREATE INDEX "MasterStudio_occupationCode_idx" ON "MasterStudio"("occupationCode");

-- CreateIndex
CREATE INDEX "MasterStudio_industryCode_idx" ON "MasterStudio"("industryCode");

-- CreateIndex
CREATE INDEX "MasterStudio_hostEnterpriseId_idx" ON "MasterStudio"("hostEnterpriseId");

-- CreateIndex
CREATE INDEX "MasterStudio_hostSchoolId_idx" ON "MasterStudio"("hostSchoolId");

-- CreateIndex
CREATE INDEX "MasterStudio_campusSchoolId_idx" ON "MasterStudio"("campusSchoolId");

-- CreateIndex
CREATE INDEX "MasterStudio_town_idx" ON "MasterStudio"("town");

-- CreateIndex
CREATE INDEX "StudioLevelChange_studioId_idx" ON "StudioLevelChange"("studioId");

-- CreateIndex
CREATE INDEX "StudioLevelChange_year_level_idx" ON "StudioLevelChange"("year", "level");

-- CreateIndex
CREATE INDEX "Apprentice_studioId_idx" ON "Apprentice"("studioId");

-- CreateIndex
CREATE INDEX "ChiefTechnician_batch_idx" ON "ChiefTechnician"("batch");

-- CreateIndex
CREATE INDEX "ChiefTechnician_masterId_idx" ON "ChiefTechnician"("masterId");

-- CreateIndex
CREATE INDEX "LeadersGroupMember_masterId_idx" ON "LeadersGroupMember"("masterId");

-- AddForeignKey
ALTER TABLE "MasterHonour" ADD CONSTRAINT "MasterHonour_masterId_fkey" FOREIGN KEY ("masterId") REFERENCES "Master"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MasterStudio" ADD CONSTRAINT "MasterStudio_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Master"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudioLevelChange" ADD CONSTRAINT "StudioLevelChange_studioId_fkey" FOREIGN KEY ("studioId") REFERENCES "MasterStudio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Apprentice" ADD CONSTRAINT "Apprentice_studioId_fkey" FOREIGN KEY ("studioId") REFERENCES "MasterStudio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChiefTechnician" ADD CONSTRAINT "ChiefTechnician_masterId_fkey" FOREIGN KEY ("masterId") REFERENCES "Master"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadersGroupMember" ADD CONSTRAINT "LeadersGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "LeadersGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadersGroupMember" ADD CONSTRAINT "LeadersGroupMember_masterId_fkey" FOREIGN KEY ("masterId") REFERENCES "Master"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
