-- CreateIndex
CREATE INDEX "DraftReport_respondedAt_responseDueDate_idx" ON "DraftReport"("respondedAt", "responseDueDate");

-- CreateIndex
CREATE INDEX "ImprovementPlanVersion_status_dueDate_idx" ON "ImprovementPlanVersion"("status", "dueDate");

-- CreateIndex
CREATE INDEX "RequiredMeasure_status_dueDate_idx" ON "RequiredMeasure"("status", "dueDate");
