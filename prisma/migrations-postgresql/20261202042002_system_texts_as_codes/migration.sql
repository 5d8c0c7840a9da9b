-- PostgreSQL's twin of prisma/migrations/20261202042002_system_texts_as_codes (decision 018):
-- the schema engine's statements, with SQLite's hand-written data steps in PostgreSQL's words.
-- Texts the system writes are stored as a code with parameters and rendered in the reader's
-- language (issue 10, item 4; decision 007).
-- AlterTable
ALTER TABLE "DeadlineChange" ADD COLUMN     "reasonCode" TEXT,
ADD COLUMN     "reasonParams" TEXT;

-- AlterTable
ALTER TABLE "ProgressReportRequest" ADD COLUMN     "instructionsCode" TEXT;

-- Hand-written data step: rows written before this migration hold the sentence in the deciding
-- manager's language (Dutch or English). An extension's reason becomes EXTENDED_BY_DECISION with
-- the date of the approved extension decision that set this new deadline; a row whose decision
-- cannot be found keeps its sentence. (SQLite's json_object is jsonb_build_object here.)
UPDATE "DeadlineChange"
SET "reasonParams" = jsonb_build_object('decisionDate', (
      SELECT d."decisionDate" FROM "ClosureDecision" d JOIN "ClosureProposal" p ON p."id" = d."proposalId"
      WHERE p."trajectoryId" = "DeadlineChange"."trajectoryId" AND p."outcome" = 'EXTEND' AND d."decision" = 'APPROVED'
        AND p."newDeadline" = "DeadlineChange"."newDeadline"
      ORDER BY d."decidedAt" DESC LIMIT 1))::text,
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
-- CreateTable
CREATE TABLE "ProgressReportEntry" (
    "submissionId" TEXT NOT NULL,
    "normId" TEXT NOT NULL,
    "progress" TEXT NOT NULL,

    CONSTRAINT "ProgressReportEntry_pkey" PRIMARY KEY ("submissionId","normId")
);
INSERT INTO "ProgressReportEntry" ("submissionId", "normId", "progress") SELECT "submissionId", "normId", "progress" FROM "ProgressEntry";

-- DropTable (its foreign keys go with it)
DROP TABLE "ProgressEntry";

-- AddForeignKey
ALTER TABLE "ProgressReportEntry" ADD CONSTRAINT "ProgressReportEntry_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ProgressReportSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportEntry" ADD CONSTRAINT "ProgressReportEntry_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
