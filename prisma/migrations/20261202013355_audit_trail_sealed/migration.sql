-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "trajectoryId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prevHash" TEXT,
    "hash" TEXT,
    CONSTRAINT "AuditEvent_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AuditEvent" ("action", "actorId", "after", "before", "createdAt", "entity", "entityId", "id", "trajectoryId") SELECT "action", "actorId", "after", "before", "createdAt", "entity", "entityId", "id", "trajectoryId" FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE INDEX "AuditEvent_trajectoryId_id_idx" ON "AuditEvent"("trajectoryId", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- History is append-only: the audit trail and norm-assessment revisions refuse every UPDATE
-- and DELETE, whoever sends it (the app, a cascade, or someone with the database file).
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'AuditEvent is append-only'); END;
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'AuditEvent is append-only'); END;
CREATE TRIGGER "NormAssessmentRevision_no_update" BEFORE UPDATE ON "NormAssessmentRevision"
BEGIN SELECT RAISE(ABORT, 'NormAssessmentRevision is append-only'); END;
CREATE TRIGGER "NormAssessmentRevision_no_delete" BEFORE DELETE ON "NormAssessmentRevision"
BEGIN SELECT RAISE(ABORT, 'NormAssessmentRevision is append-only'); END;
