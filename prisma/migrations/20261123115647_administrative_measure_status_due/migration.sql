-- CreateIndex
CREATE INDEX "AdministrativeMeasure_status_dueDate_idx" ON "AdministrativeMeasure"("status", "dueDate");
