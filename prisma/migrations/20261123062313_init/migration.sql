-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kvkNumber" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organisationId" TEXT,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LoginFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "FrameworkVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "frameworkId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effectiveDate" TEXT NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FrameworkVersion_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Norm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "frameworkVersionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    CONSTRAINT "Norm_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Trajectory" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Trajectory_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Trajectory_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Trajectory_leadInspectorId_fkey" FOREIGN KEY ("leadInspectorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrajectoryMember" (
    "trajectoryId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("trajectoryId", "userId"),
    CONSTRAINT "TrajectoryMember_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrajectoryMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeadlineChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "previousDeadline" TEXT NOT NULL,
    "newDeadline" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeadlineChange_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "visitId" TEXT,
    "reportId" TEXT,
    "publishedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssessmentRound_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssessmentRound_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NormAssessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "normId" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NormAssessment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NormAssessment_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NormAssessmentRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "rating" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NormAssessmentRevision_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "NormAssessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NormAssessmentRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RequiredMeasure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "normId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RequiredMeasure_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RequiredMeasure_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImprovementPlanVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "dueDate" TEXT,
    "submittedAt" DATETIME,
    "submittedById" TEXT,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "followUpId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ImprovementPlanVersion_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planVersionId" TEXT NOT NULL,
    "normId" TEXT,
    "measureId" TEXT,
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "progress" TEXT NOT NULL DEFAULT '',
    "order" INTEGER NOT NULL,
    CONSTRAINT "PlanAction_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "ImprovementPlanVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlanAction_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PlanAction_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "RequiredMeasure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "announced" BOOLEAN NOT NULL,
    "participants" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Visit_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressReportRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "instructions" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "followUpId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgressReportRequest_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressReportNorm" (
    "requestId" TEXT NOT NULL,
    "normId" TEXT NOT NULL,

    PRIMARY KEY ("requestId", "normId"),
    CONSTRAINT "ProgressReportNorm_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ProgressReportRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressReportNorm_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressReportSubmission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "submittedAt" DATETIME,
    "submittedById" TEXT,
    "reviewOutcome" TEXT,
    "reviewComment" TEXT,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgressReportSubmission_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ProgressReportRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressEntry" (
    "submissionId" TEXT NOT NULL,
    "normId" TEXT NOT NULL,
    "progress" TEXT NOT NULL,

    PRIMARY KEY ("submissionId", "normId"),
    CONSTRAINT "ProgressEntry_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ProgressReportSubmission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressEntry_normId_fkey" FOREIGN KEY ("normId") REFERENCES "Norm" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "submissionId" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attachment_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ProgressReportSubmission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DraftReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "responseDueDate" TEXT NOT NULL,
    "sharedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sharedById" TEXT NOT NULL,
    "response" TEXT,
    "respondedAt" DATETIME,
    "respondedById" TEXT,
    CONSTRAINT "DraftReport_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClosureProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ClosureProposal_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClosureProposal_measureTypeId_fkey" FOREIGN KEY ("measureTypeId") REFERENCES "AdministrativeMeasureType" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ClosureProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClosureProposalCoAuthor" (
    "proposalId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("proposalId", "userId"),
    CONSTRAINT "ClosureProposalCoAuthor_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "ClosureProposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClosureProposalCoAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClosureDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "proposalId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decisionDate" TEXT NOT NULL,
    "decidedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publicSummary" TEXT,
    "publishedAt" DATETIME,
    CONSTRAINT "ClosureDecision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "ClosureProposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClosureDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdministrativeMeasureType" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "AdministrativeMeasure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "imposedOn" TEXT NOT NULL,
    "dueDate" TEXT,
    "status" TEXT NOT NULL,
    "decisionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AdministrativeMeasure_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdministrativeMeasure_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AdministrativeMeasureType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FollowUpObligation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trajectoryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "decisionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FollowUpObligation_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "trajectoryId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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
CREATE INDEX "LoginFailure_email_createdAt_idx" ON "LoginFailure"("email", "createdAt");

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
CREATE INDEX "FollowUpObligation_trajectoryId_idx" ON "FollowUpObligation"("trajectoryId");

-- CreateIndex
CREATE INDEX "FollowUpObligation_status_dueDate_idx" ON "FollowUpObligation"("status", "dueDate");

-- CreateIndex
CREATE INDEX "AuditEvent_trajectoryId_id_idx" ON "AuditEvent"("trajectoryId", "id");
