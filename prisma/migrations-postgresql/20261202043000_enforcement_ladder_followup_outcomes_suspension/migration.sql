-- PostgreSQL's twin of prisma/migrations/20261202043000_enforcement_ladder_followup_outcomes_suspension
-- (decision 018): the schema engine's statements, with SQLite's hand-written data steps in
-- PostgreSQL's words. Renames AdministrativeMeasure(Type) to EnforcementMeasure(Type) and adds the
-- enforcement ladder (predecessor, closedOn, version), compliance checks, follow-up outcomes,
-- trajectory links and deadline suspensions. The rows of the two renamed tables are copied across
-- (a stored status COMPLIED becomes ENDED) before the old tables are dropped; ClosureProposal
-- keeps its rows (PostgreSQL only moves its foreign key to EnforcementMeasureType).

-- DropForeignKey
ALTER TABLE "ClosureProposal" DROP CONSTRAINT "ClosureProposal_measureTypeId_fkey";

-- CreateTable
CREATE TABLE "EnforcementMeasureType" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "EnforcementMeasureType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnforcementMeasure" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnforcementMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceCheck" (
    "id" TEXT NOT NULL,
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
    "recordedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionDate" TEXT,
    "decisionComment" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplianceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpOutcome" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "judgement" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" TEXT,
    "decisionComment" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FollowUpOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrajectoryLink" (
    "id" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrajectoryLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineSuspension" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "previousDeadline" TEXT NOT NULL,
    "newDeadline" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineSuspension_pkey" PRIMARY KEY ("id")
);

-- Copy the renamed tables' rows (hand-written: Prisma would drop them).
INSERT INTO "EnforcementMeasureType" ("id", "code", "nameNl", "nameEn")
  SELECT "id", "code", "nameNl", "nameEn" FROM "AdministrativeMeasureType";
INSERT INTO "EnforcementMeasure" ("id", "trajectoryId", "typeId", "description", "imposedOn", "dueDate", "status", "decisionId", "createdAt")
  SELECT "id", "trajectoryId", "typeId", "description", "imposedOn", "dueDate",
         CASE "status" WHEN 'COMPLIED' THEN 'ENDED' ELSE "status" END, "decisionId", "createdAt"
  FROM "AdministrativeMeasure";

-- DropForeignKey
ALTER TABLE "AdministrativeMeasure" DROP CONSTRAINT "AdministrativeMeasure_trajectoryId_fkey";

-- DropForeignKey
ALTER TABLE "AdministrativeMeasure" DROP CONSTRAINT "AdministrativeMeasure_typeId_fkey";

-- DropTable
DROP TABLE "AdministrativeMeasure";

-- DropTable
DROP TABLE "AdministrativeMeasureType";

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

-- AddForeignKey
ALTER TABLE "ClosureProposal" ADD CONSTRAINT "ClosureProposal_measureTypeId_fkey" FOREIGN KEY ("measureTypeId") REFERENCES "EnforcementMeasureType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnforcementMeasure" ADD CONSTRAINT "EnforcementMeasure_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnforcementMeasure" ADD CONSTRAINT "EnforcementMeasure_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "EnforcementMeasureType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnforcementMeasure" ADD CONSTRAINT "EnforcementMeasure_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "EnforcementMeasure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceCheck" ADD CONSTRAINT "ComplianceCheck_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceCheck" ADD CONSTRAINT "ComplianceCheck_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "EnforcementMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceCheck" ADD CONSTRAINT "ComplianceCheck_nextTypeId_fkey" FOREIGN KEY ("nextTypeId") REFERENCES "EnforcementMeasureType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpOutcome" ADD CONSTRAINT "FollowUpOutcome_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUpObligation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpOutcome" ADD CONSTRAINT "FollowUpOutcome_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectoryLink" ADD CONSTRAINT "TrajectoryLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectoryLink" ADD CONSTRAINT "TrajectoryLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineSuspension" ADD CONSTRAINT "DeadlineSuspension_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;
