-- PostgreSQL's baseline: the schema as SQLite's migrations up to 20261202015543 left it
-- (decision 018), written by Prisma's schema engine, with the hand-written parts below.

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kvkNumber" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sector" (
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Sector_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organisationId" TEXT,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginFailure" (
    "id" SERIAL NOT NULL,
    "account" TEXT NOT NULL,
    "address" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkVersion" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effectiveDate" TEXT NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Norm" (
    "id" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "Norm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trajectory" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "leadInspectorId" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "durationMonths" INTEGER NOT NULL,
    "deadline" TEXT NOT NULL,
    "deadlineOverrideReason" TEXT,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Trajectory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrajectoryMember" (
    "trajectoryId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "TrajectoryMember_pkey" PRIMARY KEY ("trajectoryId","userId")
);

-- CreateTable
CREATE TABLE "DeadlineChange" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "previousDeadline" TEXT NOT NULL,
    "newDeadline" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentRound" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "visitId" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NormAssessment" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "normId" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NormAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NormAssessmentRevision" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "rating" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NormAssessmentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequiredMeasure" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "normId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RequiredMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementPlanVersion" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "dueDate" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "followUpId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImprovementPlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" TEXT NOT NULL,
    "planVersionId" TEXT NOT NULL,
    "normId" TEXT,
    "measureId" TEXT,
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "progress" TEXT NOT NULL DEFAULT '',
    "order" INTEGER NOT NULL,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "announced" BOOLEAN NOT NULL,
    "participants" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReportRequest" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "instructions" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "followUpId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressReportRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReportNorm" (
    "requestId" TEXT NOT NULL,
    "normId" TEXT NOT NULL,

    CONSTRAINT "ProgressReportNorm_pkey" PRIMARY KEY ("requestId","normId")
);

-- CreateTable
CREATE TABLE "ProgressReportSubmission" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "reviewOutcome" TEXT,
    "reviewComment" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressReportSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressEntry" (
    "submissionId" TEXT NOT NULL,
    "normId" TEXT NOT NULL,
    "progress" TEXT NOT NULL,

    CONSTRAINT "ProgressEntry_pkey" PRIMARY KEY ("submissionId","normId")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "submissionId" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftReport" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "responseDueDate" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sharedById" TEXT NOT NULL,
    "response" TEXT,
    "respondedAt" TIMESTAMP(3),
    "respondedById" TEXT,

    CONSTRAINT "DraftReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClosureProposal" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "normSummary" TEXT NOT NULL,
    "newDeadline" TEXT,
    "measureTypeId" TEXT,
    "measureDetails" TEXT,
    "followUps" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClosureProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClosureProposalCoAuthor" (
    "proposalId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "ClosureProposalCoAuthor_pkey" PRIMARY KEY ("proposalId","userId")
);

-- CreateTable
CREATE TABLE "ClosureDecision" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decisionDate" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publicSummary" TEXT,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "ClosureDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdministrativeMeasureType" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "AdministrativeMeasureType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdministrativeMeasure" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "imposedOn" TEXT NOT NULL,
    "dueDate" TEXT,
    "status" TEXT NOT NULL,
    "decisionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdministrativeMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpObligation" (
    "id" TEXT NOT NULL,
    "trajectoryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "decisionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpObligation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "trajectoryId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prevHash" TEXT,
    "hash" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "userId" TEXT,
    "createdById" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_kvkNumber_key" ON "Organisation"("kvkNumber");

-- CreateIndex
CREATE INDEX "Organisation_name_idx" ON "Organisation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "LoginFailure_account_createdAt_idx" ON "LoginFailure"("account", "createdAt");

-- CreateIndex
CREATE INDEX "LoginFailure_address_createdAt_idx" ON "LoginFailure"("address", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkVersion_frameworkId_version_key" ON "FrameworkVersion"("frameworkId", "version");

-- CreateIndex
CREATE INDEX "Norm_frameworkVersionId_order_idx" ON "Norm"("frameworkVersionId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "Norm_frameworkVersionId_code_key" ON "Norm"("frameworkVersionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Trajectory_reference_key" ON "Trajectory"("reference");

-- CreateIndex
CREATE INDEX "Trajectory_organisationId_idx" ON "Trajectory"("organisationId");

-- CreateIndex
CREATE INDEX "Trajectory_leadInspectorId_idx" ON "Trajectory"("leadInspectorId");

-- CreateIndex
CREATE INDEX "Trajectory_status_deadline_idx" ON "Trajectory"("status", "deadline");

-- CreateIndex
CREATE INDEX "Trajectory_deadline_idx" ON "Trajectory"("deadline");

-- CreateIndex
CREATE INDEX "TrajectoryMember_userId_idx" ON "TrajectoryMember"("userId");

-- CreateIndex
CREATE INDEX "DeadlineChange_trajectoryId_idx" ON "DeadlineChange"("trajectoryId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentRound_visitId_key" ON "AssessmentRound"("visitId");

-- CreateIndex
CREATE INDEX "AssessmentRound_trajectoryId_date_idx" ON "AssessmentRound"("trajectoryId", "date");

-- CreateIndex
CREATE INDEX "NormAssessment_normId_idx" ON "NormAssessment"("normId");

-- CreateIndex
CREATE UNIQUE INDEX "NormAssessment_roundId_normId_key" ON "NormAssessment"("roundId", "normId");

-- CreateIndex
CREATE UNIQUE INDEX "NormAssessmentRevision_assessmentId_revision_key" ON "NormAssessmentRevision"("assessmentId", "revision");

-- CreateIndex
CREATE INDEX "RequiredMeasure_trajectoryId_dueDate_idx" ON "RequiredMeasure"("trajectoryId", "dueDate");

-- CreateIndex
CREATE INDEX "RequiredMeasure_dueDate_idx" ON "RequiredMeasure"("dueDate");

-- CreateIndex
CREATE INDEX "RequiredMeasure_status_dueDate_idx" ON "RequiredMeasure"("status", "dueDate");

-- CreateIndex
CREATE INDEX "ImprovementPlanVersion_status_dueDate_idx" ON "ImprovementPlanVersion"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "ImprovementPlanVersion_trajectoryId_number_key" ON "ImprovementPlanVersion"("trajectoryId", "number");

-- CreateIndex
CREATE INDEX "PlanAction_planVersionId_idx" ON "PlanAction"("planVersionId");

-- CreateIndex
CREATE INDEX "Visit_trajectoryId_date_idx" ON "Visit"("trajectoryId", "date");

-- CreateIndex
CREATE INDEX "ProgressReportRequest_trajectoryId_dueDate_idx" ON "ProgressReportRequest"("trajectoryId", "dueDate");

-- CreateIndex
CREATE INDEX "ProgressReportRequest_status_dueDate_idx" ON "ProgressReportRequest"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReportSubmission_requestId_number_key" ON "ProgressReportSubmission"("requestId", "number");

-- CreateIndex
CREATE INDEX "Attachment_trajectoryId_idx" ON "Attachment"("trajectoryId");

-- CreateIndex
CREATE INDEX "Attachment_submissionId_idx" ON "Attachment"("submissionId");

-- CreateIndex
CREATE INDEX "DraftReport_trajectoryId_idx" ON "DraftReport"("trajectoryId");

-- CreateIndex
CREATE INDEX "DraftReport_respondedAt_responseDueDate_idx" ON "DraftReport"("respondedAt", "responseDueDate");

-- CreateIndex
CREATE INDEX "ClosureProposal_trajectoryId_idx" ON "ClosureProposal"("trajectoryId");

-- CreateIndex
CREATE INDEX "ClosureProposal_status_createdAt_idx" ON "ClosureProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ClosureDecision_proposalId_idx" ON "ClosureDecision"("proposalId");

-- CreateIndex
CREATE INDEX "ClosureDecision_publishedAt_idx" ON "ClosureDecision"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AdministrativeMeasureType_code_key" ON "AdministrativeMeasureType"("code");

-- CreateIndex
CREATE INDEX "AdministrativeMeasure_trajectoryId_idx" ON "AdministrativeMeasure"("trajectoryId");

-- CreateIndex
CREATE INDEX "AdministrativeMeasure_status_dueDate_idx" ON "AdministrativeMeasure"("status", "dueDate");

-- CreateIndex
CREATE INDEX "FollowUpObligation_trajectoryId_idx" ON "FollowUpObligation"("trajectoryId");

-- CreateIndex
CREATE INDEX "FollowUpObligation_status_dueDate_idx" ON "FollowUpObligation"("status", "dueDate");

-- CreateIndex
CREATE INDEX "AuditEvent_trajectoryId_id_idx" ON "AuditEvent"("trajectoryId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_idx" ON "AccountToken"("userId");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_userId_idx" ON "OutboxMessage"("userId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Norm" ADD CONSTRAINT "Norm_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_leadInspectorId_fkey" FOREIGN KEY ("leadInspectorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectoryMember" ADD CONSTRAINT "TrajectoryMember_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectoryMember" ADD CONSTRAINT "TrajectoryMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineChange" ADD CONSTRAINT "DeadlineChange_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NormAssessment" ADD CONSTRAINT "NormAssessment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NormAssessment" ADD CONSTRAINT "NormAssessment_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NormAssessmentRevision" ADD CONSTRAINT "NormAssessmentRevision_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "NormAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NormAssessmentRevision" ADD CONSTRAINT "NormAssessmentRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequiredMeasure" ADD CONSTRAINT "RequiredMeasure_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequiredMeasure" ADD CONSTRAINT "RequiredMeasure_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementPlanVersion" ADD CONSTRAINT "ImprovementPlanVersion_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "ImprovementPlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "RequiredMeasure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportRequest" ADD CONSTRAINT "ProgressReportRequest_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportNorm" ADD CONSTRAINT "ProgressReportNorm_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ProgressReportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportNorm" ADD CONSTRAINT "ProgressReportNorm_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportSubmission" ADD CONSTRAINT "ProgressReportSubmission_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ProgressReportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressEntry" ADD CONSTRAINT "ProgressEntry_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ProgressReportSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressEntry" ADD CONSTRAINT "ProgressEntry_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ProgressReportSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftReport" ADD CONSTRAINT "DraftReport_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureProposal" ADD CONSTRAINT "ClosureProposal_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureProposal" ADD CONSTRAINT "ClosureProposal_measureTypeId_fkey" FOREIGN KEY ("measureTypeId") REFERENCES "AdministrativeMeasureType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureProposal" ADD CONSTRAINT "ClosureProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureProposalCoAuthor" ADD CONSTRAINT "ClosureProposalCoAuthor_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "ClosureProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureProposalCoAuthor" ADD CONSTRAINT "ClosureProposalCoAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureDecision" ADD CONSTRAINT "ClosureDecision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "ClosureProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureDecision" ADD CONSTRAINT "ClosureDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdministrativeMeasure" ADD CONSTRAINT "AdministrativeMeasure_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdministrativeMeasure" ADD CONSTRAINT "AdministrativeMeasure_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AdministrativeMeasureType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpObligation" ADD CONSTRAINT "FollowUpObligation_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- History is append-only: the audit trail and norm-assessment revisions refuse every UPDATE,
-- DELETE and TRUNCATE, whoever sends it (the app, a cascade, or someone at the database).
-- (SQLite's equivalent: 20261202013355_audit_trail_sealed.)
CREATE FUNCTION "refuse_append_only_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "NormAssessmentRevision_no_update" BEFORE UPDATE ON "NormAssessmentRevision"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "NormAssessmentRevision_no_delete" BEFORE DELETE ON "NormAssessmentRevision"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "NormAssessmentRevision_no_truncate" BEFORE TRUNCATE ON "NormAssessmentRevision"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();

-- Whoever changes a user's role, password or active flag (the app, a script, an administrator
-- at the database), every session of that user ends: they sign in again, with a new session id.
-- (SQLite's equivalent: 20261202013959_session_idle_and_revocation.)
CREATE FUNCTION "User_revoke_sessions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "Session" WHERE "userId" = NEW."id";
    RETURN NULL;
END
$$;
CREATE TRIGGER "User_revoke_sessions" AFTER UPDATE OF "role", "passwordHash", "active" ON "User"
    FOR EACH ROW
    WHEN (OLD."role" IS DISTINCT FROM NEW."role" OR OLD."passwordHash" IS DISTINCT FROM NEW."passwordHash" OR OLD."active" IS DISTINCT FROM NEW."active")
    EXECUTE FUNCTION "User_revoke_sessions"();

-- Reference data: the managed list of sectors (administrators add to it).
-- (SQLite's equivalent: 20261202014411_accounts_and_organisations.)
INSERT INTO "Sector" ("name") VALUES
    ('Jeugd – pleegzorg'),
    ('Jeugd – jeugdhulp'),
    ('Jeugd – gesloten jeugdzorg'),
    ('Gehandicaptenzorg'),
    ('Geestelijke gezondheidszorg'),
    ('Ouderenzorg en verpleging'),
    ('Wijkverpleging'),
    ('Huisartsenzorg'),
    ('Ziekenhuiszorg');
