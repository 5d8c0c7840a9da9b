-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "trajectoryId" TEXT,
    "params" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    "outboxMessageId" TEXT,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "mode" TEXT NOT NULL DEFAULT 'IMMEDIATE',
    "mutedKinds" TEXT NOT NULL DEFAULT '[]',
    "calendarTokenHash" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (hand-written: added columns instead of Prisma's table rebuild, so the existing
-- rows and any other branch's changes to OutboxMessage stay untouched; the schema is identical)
ALTER TABLE "OutboxMessage" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'nl';
ALTER TABLE "OutboxMessage" ADD COLUMN "dedupeKey" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "OutboxMessage" ADD COLUMN "nextAttemptAt" DATETIME;
ALTER TABLE "OutboxMessage" ADD COLUMN "leaseOwner" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "leaseUntil" DATETIME;
ALTER TABLE "OutboxMessage" ADD COLUMN "lastError" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "transport" TEXT;
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_outboxMessageId_userId_idx" ON "Notification"("outboxMessageId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationPreference_calendarTokenHash_key" ON "NotificationPreference"("calendarTokenHash");
