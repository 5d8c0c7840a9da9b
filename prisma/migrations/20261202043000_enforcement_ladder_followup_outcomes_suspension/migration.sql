-- Renames AdministrativeMeasure(Type) to EnforcementMeasure(Type) (glossary: one name per
-- concept; Dutch handhavingsmaatregel) and adds the enforcement ladder (predecessor, closedOn,
-- version), compliance checks, follow-up outcomes, trajectory links and deadline suspensions.
-- Hand-written data steps: the rows of the two renamed tables are copied across (a stored
-- status COMPLIED becomes ENDED, the ladder's word for a measure ended after compliance), and
-- ClosureProposal is rebuilt only because its foreign key now names EnforcementMeasureType.

-- CreateTable
CREATE TABLE "EnforcementMeasureType" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "EnforcementMeasure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "imposedOn" TEXT NOT NULL,
    "dueDate" TEXT,
    "status" TEXT NOT NULL,
    "decisionId" TEXT,
    "predecessorId" TEXT,
    "closedOn" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EnforcementMeasure_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EnforcementMeasure_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "EnforcementMeasureType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EnforcementMeasure_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "EnforcementMeasure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComplianceCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "checkDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "finding" TEXT,
    "evidence" TEXT NOT NULL DEFAULT '',
    "consequence" TEXT,
    "nextTypeId" TEXT,
    "nextDetails" TEXT,
    "nextDueDate" TEXT,
    "recordedById" TEXT,
    "recordedAt" DATETIME,
    "decidedById" TEXT,
    "decisionDate" TEXT,
    "decisionComment" TEXT,
    "decidedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComplianceCheck_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComplianceCheck_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "EnforcementMeasure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComplianceCheck_nextTypeId_fkey" FOREIGN KEY ("nextTypeId") REFERENCES "EnforcementMeasureType" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FollowUpOutcome" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "followUpId" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "judgement" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" TEXT,
    "decisionComment" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "FollowUpOutcome_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUpObligation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUpOutcome_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrajectoryLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrajectoryLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrajectoryLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeadlineSuspension" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "previousDeadline" TEXT NOT NULL,
    "newDeadline" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeadlineSuspension_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

-- Copy the renamed tables' rows (hand-written: Prisma would drop them).
INSERT INTO "EnforcementMeasureType" ("id", "code", "nameNl", "nameEn")
  SELECT "id", "code", "nameNl", "nameEn" FROM "AdministrativeMeasureType";
INSERT INTO "EnforcementMeasure" ("id", "trajectoryId", "typeId", "description", "imposedOn", "dueDate", "status", "decisionId", "createdAt")
  SELECT "id", "trajectoryId", "typeId", "description", "imposedOn", "dueDate",
         CASE "status" WHEN 'COMPLIED' THEN 'ENDED' ELSE "status" END, "decisionId", "createdAt"
  FROM "AdministrativeMeasure";
CREATE TABLE "new_ClosureProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "normSummary" TEXT NOT NULL,
    "newDeadline" TEXT,
    "measureTypeId" TEXT,
    "measureDetails" TEXT,
    "followUps" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ClosureProposal_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClosureProposal_measureTypeId_fkey" FOREIGN KEY ("measureTypeId") REFERENCES "EnforcementMeasureType" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ClosureProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ClosureProposal" ("createdAt", "followUps", "id", "measureDetails", "measureTypeId", "newDeadline", "normSummary", "outcome", "proposedById", "rationale", "status", "trajectoryId", "updatedAt", "version") SELECT "createdAt", "followUps", "id", "measureDetails", "measureTypeId", "newDeadline", "normSummary", "outcome", "proposedById", "rationale", "status", "trajectoryId", "updatedAt", "version" FROM "ClosureProposal";
DROP TABLE "ClosureProposal";
ALTER TABLE "new_ClosureProposal" RENAME TO "ClosureProposal";
CREATE INDEX "ClosureProposal_trajectoryId_idx" ON "ClosureProposal"("trajectoryId");
CREATE INDEX "ClosureProposal_status_createdAt_idx" ON "ClosureProposal"("status", "createdAt");
DROP INDEX "AdministrativeMeasure_status_dueDate_idx";
DROP INDEX "AdministrativeMeasure_trajectoryId_idx";
DROP INDEX "AdministrativeMeasureType_code_key";
DROP TABLE "AdministrativeMeasure";
DROP TABLE "AdministrativeMeasureType";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "EnforcementMeasureType_code_key" ON "EnforcementMeasureType"("code");

-- CreateIndex
CREATE UNIQUE INDEX "EnforcementMeasure_predecessorId_key" ON "EnforcementMeasure"("predecessorId");

-- CreateIndex
CREATE INDEX "EnforcementMeasure_trajectoryId_idx" ON "EnforcementMeasure"("trajectoryId");

-- CreateIndex
CREATE INDEX "EnforcementMeasure_status_dueDate_idx" ON "EnforcementMeasure"("status", "dueDate");

-- CreateIndex
CREATE INDEX "ComplianceCheck_measureId_idx" ON "ComplianceCheck"("measureId");

-- CreateIndex
CREATE INDEX "ComplianceCheck_trajectoryId_idx" ON "ComplianceCheck"("trajectoryId");

-- CreateIndex
CREATE INDEX "ComplianceCheck_status_checkDate_idx" ON "ComplianceCheck"("status", "checkDate");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpOutcome_followUpId_key" ON "FollowUpOutcome"("followUpId");

-- CreateIndex
CREATE INDEX "FollowUpOutcome_trajectoryId_idx" ON "FollowUpOutcome"("trajectoryId");

-- CreateIndex
CREATE INDEX "FollowUpOutcome_decision_idx" ON "FollowUpOutcome"("decision");

-- CreateIndex
CREATE UNIQUE INDEX "TrajectoryLink_toId_key" ON "TrajectoryLink"("toId");

-- CreateIndex
CREATE INDEX "TrajectoryLink_fromId_idx" ON "TrajectoryLink"("fromId");

-- CreateIndex
CREATE INDEX "DeadlineSuspension_trajectoryId_idx" ON "DeadlineSuspension"("trajectoryId");
