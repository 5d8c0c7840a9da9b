-- CreateIndex
CREATE INDEX "ImprovementPlanVersion_followUpId_idx" ON "ImprovementPlanVersion"("followUpId");

-- CreateIndex
CREATE INDEX "ProgressReportRequest_followUpId_idx" ON "ProgressReportRequest"("followUpId");

-- CreateIndex
CREATE INDEX "ThemeRecipient_status_deadline_idx" ON "ThemeRecipient"("status", "deadline");
