-- The audit filter by person (actor) matches the name claim as well as the account.
-- CreateIndex
CREATE INDEX "AuditEntry_actorName_id_idx" ON "AuditEntry"("actorName", "id");
