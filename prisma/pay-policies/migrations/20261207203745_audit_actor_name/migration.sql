-- The name claim of the token behind each change from now on; earlier changes keep only their sub.
-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "actorName" TEXT;
