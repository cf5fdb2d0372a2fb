-- AlterTable
ALTER TABLE "SchoolPartnership" ADD COLUMN     "endedAt" TIMESTAMPTZ(3);
