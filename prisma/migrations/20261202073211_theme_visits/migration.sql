-- CreateTable
CREATE TABLE "ThemeVisit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recipientId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "announced" BOOLEAN NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "heldOn" TEXT,
    "heldById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "ThemeVisit_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "ThemeRecipient" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ThemeVisit_recipientId_date_idx" ON "ThemeVisit"("recipientId", "date");
