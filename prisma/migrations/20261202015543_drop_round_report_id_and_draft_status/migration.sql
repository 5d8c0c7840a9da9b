-- No trajectory was ever created as a draft; should one exist, it is active (the status is gone).
UPDATE "Trajectory" SET "status" = 'ACTIVE' WHERE "status" = 'DRAFT';

-- AssessmentRound.reportId was never written or read.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AssessmentRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "visitId" TEXT,
    "publishedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssessmentRound_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssessmentRound_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AssessmentRound" ("createdAt", "createdById", "date", "id", "kind", "publishedAt", "title", "trajectoryId", "visitId") SELECT "createdAt", "createdById", "date", "id", "kind", "publishedAt", "title", "trajectoryId", "visitId" FROM "AssessmentRound";
DROP TABLE "AssessmentRound";
ALTER TABLE "new_AssessmentRound" RENAME TO "AssessmentRound";
CREATE UNIQUE INDEX "AssessmentRound_visitId_key" ON "AssessmentRound"("visitId");
CREATE INDEX "AssessmentRound_trajectoryId_date_idx" ON "AssessmentRound"("trajectoryId", "date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
