-- PostgreSQL's twin of prisma/migrations/20261202071904_reminder_indexes (decision 018), written by the schema engine.
-- CreateIndex
CREATE INDEX "ImprovementPlanVersion_followUpId_idx" ON "ImprovementPlanVersion"("followUpId");

-- CreateIndex
CREATE INDEX "ProgressReportRequest_followUpId_idx" ON "ProgressReportRequest"("followUpId");

-- CreateIndex
CREATE INDEX "ThemeRecipient_status_deadline_idx" ON "ThemeRecipient"("status", "deadline");
