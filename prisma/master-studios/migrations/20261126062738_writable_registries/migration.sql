-- AlterEnum
ALTER TYPE "Provenance" ADD VALUE 'REGISTERED';

-- AlterTable
ALTER TABLE "MasterStudio" ADD COLUMN     "retiredAt" TIMESTAMPTZ(3),
ADD COLUMN     "retiredReason" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorSubject" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_recordType_recordId_id_idx" ON "AuditEntry"("recordType", "recordId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_actorSubject_id_idx" ON "AuditEntry"("actorSubject", "id");

-- Append-only audit trail, enforced by the database itself (Prisma's schema cannot express triggers).
CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEntry_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();

CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"();
