import type { Prisma } from "../../app/generated/prisma/client.ts";
import { canTransition, type TrajectoryStatus } from "../../app/domain/lifecycle.ts";
import { supervisionDeadline, TIME_ZONE } from "../../app/domain/dates.ts";
import type { Rating } from "../../app/domain/rating.ts";
import { storeDeadlineReason } from "../../app/domain/system-texts.ts";
import { FRAMEWORK_VERSION, LEGAL_BASIS, NORMS, NORM_CODES, normId, type NormCode } from "./reference.ts";

// ---------------------------------------------------------------------------------------
// Story-writing helpers: each trajectory is built in memory, then written table by table.
// ---------------------------------------------------------------------------------------

/** An instant at a wall-clock time in the Netherlands, so summer and winter time come out right. */
export function at(date: string, time = "10:00"): Date {
  const probe = new Date(`${date}T${time}:00Z`);
  const zone = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(probe)
    .find((part) => part.type === "timeZoneName")?.value;
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(zone ?? "")?.[1] ?? "+00:00";
  return new Date(`${date}T${time}:00${offset}`);
}

export interface Finding {
  rating: Rating;
  findings: string;
  evidence?: string;
}
export type RoundFindings = Partial<Record<NormCode, Finding>>;

export type RequiredMeasureStatus = "OPEN" | "IN_PROGRESS" | "MET" | "NOT_MET";
export type PlanStatus = "DRAFT" | "SUBMITTED" | "ACCEPTED" | "SHARPENING_REQUESTED";
export type ActionStatus = "PLANNED" | "IN_PROGRESS" | "DONE";
export type ProgressReportStatus = "REQUESTED" | "SUBMITTED" | "MORE_INFO_NEEDED" | "ACCEPTED";
export type FollowUpKind = "IMPROVEMENT_PLAN" | "REPORT";

export interface Rows {
  trajectories: Prisma.TrajectoryCreateManyInput[];
  members: Prisma.TrajectoryMemberCreateManyInput[];
  deadlineChanges: Prisma.DeadlineChangeCreateManyInput[];
  visits: Prisma.VisitCreateManyInput[];
  rounds: Prisma.AssessmentRoundCreateManyInput[];
  assessments: Prisma.NormAssessmentCreateManyInput[];
  revisions: Prisma.NormAssessmentRevisionCreateManyInput[];
  measures: Prisma.RequiredMeasureCreateManyInput[];
  plans: Prisma.ImprovementPlanVersionCreateManyInput[];
  planActions: Prisma.PlanActionCreateManyInput[];
  reportRequests: Prisma.ProgressReportRequestCreateManyInput[];
  reportNorms: Prisma.ProgressReportNormCreateManyInput[];
  submissions: Prisma.ProgressReportSubmissionCreateManyInput[];
  entries: Prisma.ProgressReportEntryCreateManyInput[];
  draftReports: Prisma.DraftReportCreateManyInput[];
  proposals: Prisma.ClosureProposalCreateManyInput[];
  coAuthors: Prisma.ClosureProposalCoAuthorCreateManyInput[];
  decisions: Prisma.ClosureDecisionCreateManyInput[];
  enforcementMeasures: Prisma.EnforcementMeasureCreateManyInput[];
  complianceChecks: Prisma.ComplianceCheckCreateManyInput[];
  followUps: Prisma.FollowUpObligationCreateManyInput[];
  audit: Prisma.AuditEventCreateManyInput[];
}

export function emptyRows(): Rows {
  return {
    trajectories: [],
    members: [],
    deadlineChanges: [],
    visits: [],
    rounds: [],
    assessments: [],
    revisions: [],
    measures: [],
    plans: [],
    planActions: [],
    reportRequests: [],
    reportNorms: [],
    submissions: [],
    entries: [],
    draftReports: [],
    proposals: [],
    coAuthors: [],
    decisions: [],
    enforcementMeasures: [],
    complianceChecks: [],
    followUps: [],
    audit: [],
  };
}

export interface TrajectorySpec {
  reference: string;
  organisationId: string;
  reason: string;
  leadInspectorId: string;
  memberIds: string[];
  startDate: string;
  durationMonths: number;
  createdAt: Date;
}

export interface RoundSpec {
  key: string;
  kind: "BASELINE" | "INTERIM" | "FINAL";
  title: string;
  date: string;
  authorId: string;
  evidence: string;
  visitId?: string;
  publishedAt?: Date;
}

export interface PlanActionSpec {
  norm?: NormCode;
  measureId?: string;
  description: string;
  owner: string;
  dueDate: string;
  status: ActionStatus;
  progress?: string;
}

export interface PlanSpec {
  status: PlanStatus;
  summary: string;
  dueDate: string;
  /** Who started this version (the organisation keeps its own plan). */
  authorId: string;
  createdAt: Date;
  submittedAt?: Date;
  submittedById?: string;
  reviewedAt?: Date;
  reviewedById?: string;
  reviewComment?: string;
  followUpId?: string;
}

export interface DraftReportSpec {
  title: string;
  findings: string;
  responseDueDate: string;
  sharedAt: Date;
  sharedById: string;
  response?: string;
  respondedAt?: Date;
  respondedById?: string;
}

export interface ReportSpec {
  key: string;
  title: string;
  instructions: string;
  dueDate: string;
  status: ProgressReportStatus;
  requestedById: string;
  createdAt: Date;
  norms: readonly NormCode[];
  followUpId?: string;
  submission?: {
    summary: string;
    submittedAt: Date;
    submittedById: string;
    reviewedAt: Date;
    reviewedById: string;
    reviewComment: string;
    progress: Partial<Record<NormCode, string>>;
  };
}

export interface ProposalSpec {
  key: string;
  outcome: "LIFT" | "EXTEND" | "ESCALATE";
  rationale: string;
  rounds: readonly RoundFindings[];
  status: "PENDING" | "RETURNED" | "APPROVED" | "WITHDRAWN";
  proposedById: string;
  coAuthorIds?: string[];
  createdAt: Date;
  newDeadline?: string;
  measureTypeId?: string;
  measureDetails?: string;
  followUps?: { title: string; dueDate: string; kind: FollowUpKind }[];
}

/**
 * baseline = the first round's rating, latest = the rating in the newest round that
 * assessed the norm: what the proposal form generates from the assessments.
 */
export function normSummary(rounds: readonly RoundFindings[]): string {
  return JSON.stringify(
    NORMS.map(({ code, title }) => ({
      code,
      title,
      baseline: rounds[0]?.[code]?.rating ?? null,
      latest: [...rounds].reverse().find((round) => round[code])?.[code]?.rating ?? null,
    })),
  );
}

/** Writes one trajectory's history into `rows`, with an audit event for every step. */
export class TrajectoryStory {
  private readonly trajectory: Prisma.TrajectoryCreateManyInput;

  constructor(
    private readonly rows: Rows,
    readonly id: string,
    private readonly slug: string,
    spec: TrajectorySpec,
  ) {
    this.trajectory = {
      id,
      reference: spec.reference,
      organisationId: spec.organisationId,
      frameworkVersionId: FRAMEWORK_VERSION.id,
      reason: spec.reason,
      legalBasis: LEGAL_BASIS,
      leadInspectorId: spec.leadInspectorId,
      startDate: spec.startDate,
      durationMonths: spec.durationMonths,
      deadline: supervisionDeadline(spec.startDate, spec.durationMonths),
      status: "ACTIVE",
      createdAt: spec.createdAt,
      updatedAt: spec.createdAt,
    };
    rows.trajectories.push(this.trajectory);
    for (const userId of spec.memberIds) rows.members.push({ trajectoryId: id, userId });
    const { reference, status, startDate, durationMonths, deadline } = this.trajectory;
    this.log(spec.leadInspectorId, "trajectory.created", "Trajectory", id, spec.createdAt, {
      reference,
      status,
      startDate,
      durationMonths,
      deadline,
      memberIds: spec.memberIds,
    });
  }

  log(actorId: string, action: string, entity: string, entityId: string, createdAt: Date, after?: unknown, before?: unknown): void {
    this.rows.audit.push({
      trajectoryId: this.id,
      actorId,
      action,
      entity,
      entityId,
      before: before === undefined ? null : JSON.stringify(before),
      after: after === undefined ? null : JSON.stringify(after),
      createdAt,
    });
  }

  /** Moves the trajectory through the lifecycle; an illegal step is a bug in the story. */
  transition(to: TrajectoryStatus, actorId: string, when: Date): void {
    const from = this.trajectory.status as TrajectoryStatus;
    if (!canTransition(from, to)) throw new Error(`${this.id}: ${from} → ${to} is not a lifecycle step`);
    this.trajectory.status = to;
    this.trajectory.updatedAt = when;
    this.log(actorId, "trajectory.status_changed", "Trajectory", this.id, when, { status: to }, { status: from });
  }

  /** An extension approved by the decision of `decisionDate`: its reason is a code, rendered in the reader's language. */
  extendDeadline(newDeadline: string, decisionDate: string, changedById: string, when: Date): void {
    const previousDeadline = this.trajectory.deadline;
    this.trajectory.deadline = newDeadline;
    this.trajectory.updatedAt = when;
    const id = `deadline-${this.slug}-${this.rows.deadlineChanges.filter((c) => c.trajectoryId === this.id).length + 1}`;
    this.rows.deadlineChanges.push({ id, trajectoryId: this.id, previousDeadline, newDeadline, changedById, createdAt: when,
      ...storeDeadlineReason({ code: "EXTENDED_BY_DECISION", decisionDate }),
    });
    this.log(changedById, "trajectory.deadline_changed", "Trajectory", this.id, when, { deadline: newDeadline }, { deadline: previousDeadline });
  }

  visit(date: string, announced: boolean, participants: string, notes: string, createdById: string): string {
    const id = `visit-${this.slug}-${date}`;
    const createdAt = at(date, "17:00");
    this.rows.visits.push({ id, trajectoryId: this.id, date, announced, participants, notes, createdById, createdAt });
    this.log(createdById, "visit.recorded", "Visit", id, createdAt, { date, announced });
    return id;
  }

  /** One round with an assessment (and its first revision) for every norm in `findings`. */
  round(spec: RoundSpec, findings: RoundFindings): RoundFindings {
    const id = `round-${this.slug}-${spec.key}`;
    const createdAt = at(spec.date, "09:00");
    this.rows.rounds.push({
      id,
      trajectoryId: this.id,
      kind: spec.kind,
      title: spec.title,
      date: spec.date,
      visitId: spec.visitId ?? null,
      publishedAt: spec.publishedAt ?? null,
      createdById: spec.authorId,
      createdAt,
    });
    this.log(spec.authorId, "round.created", "AssessmentRound", id, createdAt, { kind: spec.kind, title: spec.title, date: spec.date });
    for (const code of NORM_CODES) {
      const finding = findings[code];
      if (finding) {
        this.assess(id, code, finding.rating, finding.findings, finding.evidence ?? spec.evidence, spec.authorId, at(spec.date, "14:00"));
      }
    }
    if (spec.publishedAt) this.log(spec.authorId, "round.published", "AssessmentRound", id, spec.publishedAt, { publishedAt: spec.publishedAt });
    return findings;
  }

  assess(roundId: string, code: NormCode, rating: Rating, findings: string, evidence: string, authorId: string, when: Date): string {
    const id = `assess-${roundId.slice("round-".length)}-${code.toLowerCase()}`;
    this.rows.assessments.push({ id, roundId, normId: normId(code), rating, findings, evidence, version: 1, updatedAt: when });
    this.rows.revisions.push({ id: `${id}-r1`, assessmentId: id, revision: 1, rating, findings, evidence, authorId, createdAt: when });
    this.log(authorId, "assessment.revised", "NormAssessment", id, when, { norm: code, rating, version: 1 });
    return id;
  }

  /** Appends a revision and moves the head to it, as the assessment form does. */
  revise(assessmentId: string, change: Required<Finding>, authorId: string, when: Date): void {
    const head = this.rows.assessments.find((a) => a.id === assessmentId);
    if (!head) throw new Error(`No assessment ${assessmentId}`);
    const before = { rating: head.rating, version: head.version };
    const revision = head.version + 1;
    Object.assign(head, { ...change, version: revision, updatedAt: when });
    this.rows.revisions.push({ id: `${assessmentId}-r${revision}`, assessmentId, revision, ...change, authorId, createdAt: when });
    this.log(authorId, "assessment.revised", "NormAssessment", assessmentId, when, { rating: change.rating, version: revision }, before);
  }

  /** A required measure, created with the round that found the shortfall; `status` is where it stands now. */
  measure(code: NormCode, description: string, dueDate: string, status: RequiredMeasureStatus, createdById: string, createdAt: Date, updatedAt = createdAt): string {
    const id = `measure-${this.slug}-${code.toLowerCase()}`;
    const changed = status !== "OPEN";
    this.rows.measures.push({
      id,
      trajectoryId: this.id,
      normId: normId(code),
      description,
      dueDate,
      status,
      version: changed ? 2 : 1,
      createdById,
      createdAt,
      updatedAt,
    });
    this.log(createdById, "measure.created", "RequiredMeasure", id, createdAt, { norm: code, dueDate, status: "OPEN" });
    if (changed) this.log(createdById, "measure.updated", "RequiredMeasure", id, updatedAt, { status }, { status: "OPEN" });
    return id;
  }

  plan(number: number, spec: PlanSpec, actions: readonly PlanActionSpec[]): string {
    const id = `plan-${this.slug}-${number}`;
    const { authorId, ...plan } = spec;
    this.rows.plans.push({ id, trajectoryId: this.id, number, ...plan });
    actions.forEach((action, index) =>
      this.rows.planActions.push({
        id: `${id}-action-${index + 1}`,
        planVersionId: id,
        normId: action.norm ? normId(action.norm) : null,
        measureId: action.measureId ?? null,
        description: action.description,
        owner: action.owner,
        dueDate: action.dueDate,
        status: action.status,
        progress: action.progress ?? "",
        order: index + 1,
      }),
    );
    this.log(authorId, "plan.created", "ImprovementPlanVersion", id, spec.createdAt, { number, status: "DRAFT" });
    if (spec.submittedAt && spec.submittedById) {
      this.log(spec.submittedById, "plan.submitted", "ImprovementPlanVersion", id, spec.submittedAt, { status: "SUBMITTED" }, { status: "DRAFT" });
    }
    if (spec.reviewedAt && spec.reviewedById) {
      this.log(spec.reviewedById, "plan.reviewed", "ImprovementPlanVersion", id, spec.reviewedAt, { status: spec.status }, { status: "SUBMITTED" });
    }
    return id;
  }

  report(spec: ReportSpec): string {
    const id = `report-${this.slug}-${spec.key}`;
    this.rows.reportRequests.push({
      id,
      trajectoryId: this.id,
      title: spec.title,
      instructions: spec.instructions,
      dueDate: spec.dueDate,
      status: spec.status,
      requestedById: spec.requestedById,
      followUpId: spec.followUpId ?? null,
      createdAt: spec.createdAt,
    });
    for (const code of spec.norms) this.rows.reportNorms.push({ requestId: id, normId: normId(code) });
    this.log(spec.requestedById, "report.requested", "ProgressReportRequest", id, spec.createdAt, {
      title: spec.title,
      dueDate: spec.dueDate,
      norms: spec.norms,
    });

    const sub = spec.submission;
    if (sub) {
      const submissionId = `${id}-submission-1`;
      this.rows.submissions.push({
        id: submissionId,
        requestId: id,
        number: 1,
        status: "SUBMITTED",
        summary: sub.summary,
        submittedAt: sub.submittedAt,
        submittedById: sub.submittedById,
        reviewOutcome: "ACCEPTED",
        reviewComment: sub.reviewComment,
        reviewedAt: sub.reviewedAt,
        reviewedById: sub.reviewedById,
        createdAt: sub.submittedAt,
      });
      for (const code of spec.norms) {
        const progress = sub.progress[code];
        if (!progress) throw new Error(`${submissionId}: no progress for ${code}, which is in scope`);
        this.rows.entries.push({ submissionId, normId: normId(code), progress });
      }
      this.log(sub.submittedById, "report.submitted", "ProgressReportSubmission", submissionId, sub.submittedAt, { number: 1 });
      this.log(sub.reviewedById, "report.reviewed", "ProgressReportSubmission", submissionId, sub.reviewedAt, { reviewOutcome: "ACCEPTED" });
    }
    return id;
  }

  draftReport(spec: DraftReportSpec): void {
    const id = `draft-${this.slug}-${this.rows.draftReports.filter((d) => d.trajectoryId === this.id).length + 1}`;
    this.rows.draftReports.push({ id, trajectoryId: this.id, ...spec });
    this.log(spec.sharedById, "draftReport.shared", "DraftReport", id, spec.sharedAt, { title: spec.title, responseDueDate: spec.responseDueDate });
    if (spec.respondedAt && spec.respondedById) {
      this.log(spec.respondedById, "draftReport.responded", "DraftReport", id, spec.respondedAt, { responded: true });
    }
  }

  /** A closure proposal; the trajectory moves to "closure proposed" with it. */
  proposal(spec: ProposalSpec): string {
    const id = `proposal-${this.slug}-${spec.key}`;
    this.rows.proposals.push({
      id,
      trajectoryId: this.id,
      outcome: spec.outcome,
      rationale: spec.rationale,
      normSummary: normSummary(spec.rounds),
      newDeadline: spec.newDeadline ?? null,
      measureTypeId: spec.measureTypeId ?? null,
      measureDetails: spec.measureDetails ?? null,
      followUps: JSON.stringify(spec.followUps ?? []),
      status: spec.status,
      proposedById: spec.proposedById,
      createdAt: spec.createdAt,
      updatedAt: spec.createdAt,
    });
    for (const userId of spec.coAuthorIds ?? []) this.rows.coAuthors.push({ proposalId: id, userId });
    this.log(spec.proposedById, "proposal.created", "ClosureProposal", id, spec.createdAt, { outcome: spec.outcome, status: "PENDING" });
    this.transition("CLOSURE_PROPOSED", spec.proposedById, spec.createdAt);
    return id;
  }

  /** An approving decision by a manager: the proposal is approved and the trajectory moves on. */
  approve(
    proposalId: string,
    spec: { decidedById: string; decisionDate: string; decidedAt: Date; comment: string; publicSummary?: string; publishedAt?: Date },
    to: TrajectoryStatus,
  ): string {
    const id = proposalId.replace(/^proposal-/, "decision-");
    this.rows.decisions.push({
      id,
      proposalId,
      decision: "APPROVED",
      comment: spec.comment,
      decidedById: spec.decidedById,
      decisionDate: spec.decisionDate,
      decidedAt: spec.decidedAt,
      publicSummary: spec.publicSummary ?? null,
      publishedAt: spec.publishedAt ?? null,
    });
    const proposal = this.rows.proposals.find((p) => p.id === proposalId);
    if (proposal) proposal.updatedAt = spec.decidedAt;
    this.log(spec.decidedById, "decision.approved", "ClosureDecision", id, spec.decidedAt, { proposalId, decisionDate: spec.decisionDate });
    this.transition(to, spec.decidedById, spec.decidedAt);
    if (spec.publishedAt) this.log(spec.decidedById, "decision.published", "ClosureDecision", id, spec.publishedAt, { publishedAt: spec.publishedAt });
    return id;
  }

  followUp(key: string, kind: FollowUpKind, title: string, dueDate: string, decisionId: string, actorId: string, createdAt: Date): string {
    const id = `followup-${this.slug}-${key}`;
    this.rows.followUps.push({ id, trajectoryId: this.id, kind, title, dueDate, status: "OPEN", decisionId, createdAt });
    this.log(actorId, "followUp.created", "FollowUpObligation", id, createdAt, { kind, title, dueDate });
    return id;
  }

  enforcementMeasure(key: string, typeId: string, description: string, imposedOn: string, dueDate: string, decisionId: string, actorId: string): string {
    const id = `admin-${this.slug}-${key}`;
    const createdAt = at(imposedOn, "12:00");
    this.rows.enforcementMeasures.push({ id, trajectoryId: this.id, typeId, description, imposedOn, dueDate, status: "IN_FORCE", decisionId, createdAt });
    this.log(actorId, "enforcement.imposed", "EnforcementMeasure", id, createdAt, { typeId, imposedOn, dueDate });
    return id;
  }

  /** A compliance check planned for a day whose finding has not been recorded yet ("judgement follows"). */
  plannedComplianceCheck(measureId: string, checkDate: string, actorId: string, createdAt: Date): void {
    const id = `check-${this.slug}-${this.rows.complianceChecks.filter((c) => c.trajectoryId === this.id).length + 1}`;
    this.rows.complianceChecks.push({ id, trajectoryId: this.id, measureId, checkDate, status: "PLANNED", createdById: actorId, createdAt });
    // Planning a check moves the measure's version on, as the app does.
    const measure = this.rows.enforcementMeasures.find((m) => m.id === measureId);
    if (measure) measure.version = (measure.version ?? 1) + 1;
    this.log(actorId, "enforcement.check_planned", "ComplianceCheck", id, createdAt, { measureId, checkDate, status: "PLANNED" });
  }
}
