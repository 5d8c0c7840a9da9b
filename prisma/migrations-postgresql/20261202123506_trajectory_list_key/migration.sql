-- DropIndex
DROP INDEX "Trajectory_deadline_idx";

-- DropIndex
DROP INDEX "Trajectory_status_deadline_idx";

-- CreateIndex
CREATE INDEX "Trajectory_status_deadline_reference_idx" ON "Trajectory"("status", "deadline", "reference");

-- CreateIndex
CREATE INDEX "Trajectory_deadline_reference_idx" ON "Trajectory"("deadline", "reference");
