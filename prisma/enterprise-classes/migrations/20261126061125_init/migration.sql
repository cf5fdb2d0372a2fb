-- CreateEnum
CREATE TYPE "Provenance" AS ENUM ('ARTICLE', 'GENERATED');

-- CreateEnum
CREATE TYPE "SchoolKind" AS ENUM ('TECHNICIAN_COLLEGE', 'VOCATIONAL_SCHOOL');

-- CreateEnum
CREATE TYPE "MentorSide" AS ENUM ('COLLEGE', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "ResearchOutcomeKind" AS ENUM ('TECHNICAL_RENOVATION', 'DEVELOPED_EQUIPMENT', 'PATENT');

-- CreateEnum
CREATE TYPE "ProgrammeKind" AS ENUM ('FURTHER_STUDY', 'NEW_APPRENTICESHIP');

-- CreateTable
CREATE TABLE "School" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "kind" "SchoolKind" NOT NULL,
    "town" TEXT,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Industry" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "priority" BOOLEAN NOT NULL DEFAULT false,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "Industry_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Occupation" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "priority" BOOLEAN NOT NULL DEFAULT false,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "Occupation_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "SchoolPartnership" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "SchoolPartnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndustryCollege" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "schoolId" INTEGER NOT NULL,
    "partnerEnterpriseId" INTEGER,
    "industryCode" TEXT,
    "foundedYear" INTEGER,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "IndustryCollege_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Major" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "schoolId" INTEGER NOT NULL,
    "isNew" BOOLEAN NOT NULL,
    "industryCode" TEXT,
    "occupationalStandard" TEXT,
    "introducedYear" INTEGER,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "Major_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnterpriseClass" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "schoolId" INTEGER NOT NULL,
    "majorId" INTEGER,
    "partnerEnterpriseId" INTEGER NOT NULL,
    "industryCode" TEXT,
    "cohortYear" INTEGER,
    "seats" INTEGER,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "EnterpriseClass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnterpriseClassOccupation" (
    "classId" INTEGER NOT NULL,
    "occupationCode" TEXT NOT NULL,

    CONSTRAINT "EnterpriseClassOccupation_pkey" PRIMARY KEY ("classId","occupationCode")
);

-- CreateTable
CREATE TABLE "Mentor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "side" "MentorSide" NOT NULL,
    "schoolId" INTEGER,
    "enterpriseId" INTEGER,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "Mentor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Student" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "enterpriseClassId" INTEGER,
    "cohortYear" INTEGER NOT NULL,
    "technicianLevel" BOOLEAN NOT NULL,
    "collegeMentorId" INTEGER,
    "enterpriseMentorId" INTEGER,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "Student_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResearchProject" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "ResearchOutcomeKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "enterpriseId" INTEGER,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "ResearchProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResearchParticipation" (
    "projectId" INTEGER NOT NULL,
    "studentId" INTEGER NOT NULL,

    CONSTRAINT "ResearchParticipation_pkey" PRIMARY KEY ("projectId","studentId")
);

-- CreateTable
CREATE TABLE "GraduateTeacher" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "hiredYear" INTEGER,
    "declinedOfferCny" INTEGER,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "GraduateTeacher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingProgramme" (
    "id" SERIAL NOT NULL,
    "kind" "ProgrammeKind" NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "schoolId" INTEGER,
    "partnerEnterpriseId" INTEGER,
    "participantsAtLeast" INTEGER,
    "examplePerson" TEXT,
    "description" TEXT,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "TrainingProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SchoolPartnership_enterpriseId_idx" ON "SchoolPartnership"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolPartnership_schoolId_enterpriseId_key" ON "SchoolPartnership"("schoolId", "enterpriseId");

-- CreateIndex
CREATE INDEX "IndustryCollege_schoolId_idx" ON "IndustryCollege"("schoolId");

-- CreateIndex
CREATE INDEX "IndustryCollege_partnerEnterpriseId_idx" ON "IndustryCollege"("partnerEnterpriseId");

-- CreateIndex
CREATE INDEX "IndustryCollege_industryCode_idx" ON "IndustryCollege"("industryCode");

-- CreateIndex
CREATE INDEX "Major_schoolId_idx" ON "Major"("schoolId");

-- CreateIndex
CREATE INDEX "Major_industryCode_idx" ON "Major"("industryCode");

-- CreateIndex
CREATE INDEX "EnterpriseClass_schoolId_idx" ON "EnterpriseClass"("schoolId");

-- CreateIndex
CREATE INDEX "EnterpriseClass_majorId_idx" ON "EnterpriseClass"("majorId");

-- CreateIndex
CREATE INDEX "EnterpriseClass_partnerEnterpriseId_idx" ON "EnterpriseClass"("partnerEnterpriseId");

-- CreateIndex
CREATE INDEX "EnterpriseClass_industryCode_idx" ON "EnterpriseClass"("industryCode");

-- CreateIndex
CREATE INDEX "EnterpriseClassOccupation_occupationCode_idx" ON "EnterpriseClassOccupation"("occupationCode");

-- CreateIndex
CREATE INDEX "Mentor_enterpriseId_idx" ON "Mentor"("enterpriseId");

-- CreateIndex
CREATE INDEX "Student_enterpriseClassId_idx" ON "Student"("enterpriseClassId");

-- CreateIndex
CREATE INDEX "ResearchProject_year_kind_idx" ON "ResearchProject"("year", "kind");

-- CreateIndex
CREATE INDEX "ResearchProject_enterpriseId_idx" ON "ResearchProject"("enterpriseId");

-- CreateIndex
CREATE INDEX "ResearchParticipation_studentId_idx" ON "ResearchParticipation"("studentId");

-- CreateIndex
CREATE INDEX "GraduateTeacher_schoolId_idx" ON "GraduateTeacher"("schoolId");

-- CreateIndex
CREATE INDEX "TrainingProgramme_partnerEnterpriseId_idx" ON "TrainingProgramme"("partnerEnterpriseId");

-- AddForeignKey
ALTER TABLE "EnterpriseClassOccupation" ADD CONSTRAINT "EnterpriseClassOccupation_classId_fkey" FOREIGN KEY ("classId") REFERENCES "EnterpriseClass"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchParticipation" ADD CONSTRAINT "ResearchParticipation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ResearchProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
