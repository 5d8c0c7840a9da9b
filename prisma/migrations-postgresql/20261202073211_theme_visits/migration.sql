-- PostgreSQL's twin of prisma/migrations/20261202073211_theme_visits (decision 018), written by the schema engine.
-- CreateTable
CREATE TABLE "ThemeVisit" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "announced" BOOLEAN NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "heldOn" TEXT,
    "heldById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ThemeVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ThemeVisit_recipientId_date_idx" ON "ThemeVisit"("recipientId", "date");

-- AddForeignKey
ALTER TABLE "ThemeVisit" ADD CONSTRAINT "ThemeVisit_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "ThemeRecipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;
