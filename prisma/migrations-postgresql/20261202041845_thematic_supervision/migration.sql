-- PostgreSQL's twin of prisma/migrations/20261202041845_thematic_supervision (decision 018), written
-- by the schema engine; the SQLite migration has no hand-written steps.

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "leadInspectorId" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "requestDeadline" TEXT,
    "sentAt" TIMESTAMP(3),
    "sentById" TEXT,
    "publishNames" BOOLEAN NOT NULL DEFAULT false,
    "reportSummary" TEXT NOT NULL DEFAULT '',
    "publishedOn" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeMember" (
    "themeId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "ThemeMember_pkey" PRIMARY KEY ("themeId","userId")
);

-- CreateTable
CREATE TABLE "ThemeQuestion" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "choices" TEXT NOT NULL DEFAULT '',
    "normId" TEXT,

    CONSTRAINT "ThemeQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeRecipient" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'NOT_OPENED',
    "deadline" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "selected" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThemeRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeAnswer" (
    "recipientId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "ThemeAnswer_pkey" PRIMARY KEY ("recipientId","questionId")
);

-- CreateTable
CREATE TABLE "ThemeAttachment" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThemeAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeExtension" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "requestedDate" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThemeExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeScore" (
    "recipientId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "scoredById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThemeScore_pkey" PRIMARY KEY ("recipientId","questionId")
);

-- CreateTable
CREATE TABLE "ThemeRiskSignal" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThemeRiskSignal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrajectoryOrigin" (
    "trajectoryId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrajectoryOrigin_pkey" PRIMARY KEY ("trajectoryId")
);

-- CreateIndex
CREATE INDEX "Theme_status_idx" ON "Theme"("status");

-- CreateIndex
CREATE INDEX "Theme_publishedOn_idx" ON "Theme"("publishedOn");

-- CreateIndex
CREATE INDEX "ThemeMember_userId_idx" ON "ThemeMember"("userId");

-- CreateIndex
CREATE INDEX "ThemeQuestion_themeId_order_idx" ON "ThemeQuestion"("themeId", "order");

-- CreateIndex
CREATE INDEX "ThemeRecipient_organisationId_idx" ON "ThemeRecipient"("organisationId");

-- CreateIndex
CREATE INDEX "ThemeRecipient_themeId_status_idx" ON "ThemeRecipient"("themeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ThemeRecipient_themeId_organisationId_key" ON "ThemeRecipient"("themeId", "organisationId");

-- CreateIndex
CREATE INDEX "ThemeAttachment_recipientId_idx" ON "ThemeAttachment"("recipientId");

-- CreateIndex
CREATE INDEX "ThemeAttachment_sha256_idx" ON "ThemeAttachment"("sha256");

-- CreateIndex
CREATE INDEX "ThemeExtension_recipientId_idx" ON "ThemeExtension"("recipientId");

-- CreateIndex
CREATE INDEX "ThemeRiskSignal_recipientId_idx" ON "ThemeRiskSignal"("recipientId");

-- CreateIndex
CREATE INDEX "TrajectoryOrigin_themeId_idx" ON "TrajectoryOrigin"("themeId");

-- AddForeignKey
ALTER TABLE "ThemeMember" ADD CONSTRAINT "ThemeMember_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeQuestion" ADD CONSTRAINT "ThemeQuestion_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeRecipient" ADD CONSTRAINT "ThemeRecipient_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeRecipient" ADD CONSTRAINT "ThemeRecipient_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeAnswer" ADD CONSTRAINT "ThemeAnswer_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "ThemeRecipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeAttachment" ADD CONSTRAINT "ThemeAttachment_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "ThemeRecipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeExtension" ADD CONSTRAINT "ThemeExtension_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "ThemeRecipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeScore" ADD CONSTRAINT "ThemeScore_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "ThemeRecipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeRiskSignal" ADD CONSTRAINT "ThemeRiskSignal_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "ThemeRecipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;
