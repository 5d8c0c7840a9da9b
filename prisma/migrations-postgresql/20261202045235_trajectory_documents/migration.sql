-- PostgreSQL's twin of prisma/migrations/20261202045235_trajectory_documents (decision 018), written by the schema engine.
-- CreateTable
CREATE TABLE "TrajectoryDocument" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "publishedOn" TEXT,
    "url" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "size" INTEGER,
    "sha256" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TrajectoryDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrajectoryDocument_trajectoryId_date_idx" ON "TrajectoryDocument"("trajectoryId", "date");

-- CreateIndex
CREATE INDEX "TrajectoryDocument_sha256_idx" ON "TrajectoryDocument"("sha256");

-- AddForeignKey
ALTER TABLE "TrajectoryDocument" ADD CONSTRAINT "TrajectoryDocument_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;
