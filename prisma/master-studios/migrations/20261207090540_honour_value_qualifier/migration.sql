-- AlterTable
ALTER TABLE "MasterHonour" ADD COLUMN     "valueQualifier" TEXT;
