-- Texts the system writes are stored as a code with parameters and rendered in the reader's
-- language (issue 10, item 4; decision 007).
-- AlterTable
ALTER TABLE "DeadlineChange" ADD COLUMN "reasonCode" TEXT;
ALTER TABLE "DeadlineChange" ADD COLUMN "reasonParams" TEXT;

-- AlterTable
ALTER TABLE "ProgressReportRequest" ADD COLUMN "instructionsCode" TEXT;

-- Hand-written data step: rows written before this migration hold the sentence in the deciding
-- manager's language (Dutch or English). An extension's reason becomes EXTENDED_BY_DECISION with
-- the date of the approved extension decision that set this new deadline; a row whose decision
-- cannot be found keeps its sentence.
UPDATE "DeadlineChange"
SET "reasonParams" = json_object('decisionDate', (
      SELECT d."decisionDate" FROM "ClosureDecision" d JOIN "ClosureProposal" p ON p."id" = d."proposalId"
      WHERE p."trajectoryId" = "DeadlineChange"."trajectoryId" AND p."outcome" = 'EXTEND' AND d."decision" = 'APPROVED'
        AND p."newDeadline" = "DeadlineChange"."newDeadline"
      ORDER BY d."decidedAt" DESC LIMIT 1)),
    "reasonCode" = 'EXTENDED_BY_DECISION',
    "reason" = ''
WHERE ("reason" LIKE 'Verlengd bij besluit van % op het afsluitingsvoorstel.' OR "reason" LIKE 'Extended by the decision of % on the closure proposal.')
  AND EXISTS (
      SELECT 1 FROM "ClosureDecision" d JOIN "ClosureProposal" p ON p."id" = d."proposalId"
      WHERE p."trajectoryId" = "DeadlineChange"."trajectoryId" AND p."outcome" = 'EXTEND' AND d."decision" = 'APPROVED'
        AND p."newDeadline" = "DeadlineChange"."newDeadline");

-- The follow-up report's standard instructions, in either language, become FOLLOW_UP_REPORT.
UPDATE "ProgressReportRequest"
SET "instructionsCode" = 'FOLLOW_UP_REPORT', "instructions" = ''
WHERE "followUpId" IS NOT NULL AND "instructions" IN (
  'Beschrijf per norm hoe u de verbeteringen heeft geborgd en hoe u de aandachtspunten uit het rapport heeft opgepakt.',
  'Describe per norm how you have secured the improvements and how you have addressed the points of attention in the report.'
);

-- One name per concept: a progress entry belongs to a progress report (ProgressEntry → ProgressReportEntry).
-- Hand-written: rows are copied, not dropped as the generated step would have done.
CREATE TABLE "ProgressReportEntry" (
    "submissionId" TEXT NOT NULL,
    "normId" TEXT NOT NULL,
    "progress" TEXT NOT NULL,

    PRIMARY KEY ("submissionId", "normId"),
    CONSTRAINT "ProgressReportEntry_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ProgressReportSubmission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressReportEntry_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "ProgressReportEntry" ("submissionId", "normId", "progress") SELECT "submissionId", "normId", "progress" FROM "ProgressEntry";
DROP TABLE "ProgressEntry";
