// Progress reports (voortgangsrapportages): the inspector requests, the organisation drafts
// and submits a numbered submission (per-norm progress, attachments), the inspector accepts or
// asks for more information with a new due date, after which submission n+1 starts from n.
// A submitted submission is frozen: every write demands status DRAFT in its where clause.
import type { Prisma } from "~/generated/prisma/client";
import { isProgressReportOverdue, isProgressReportStatus, type ProgressReportStatus } from "~/domain/progress-report";
import type { ProgressReportRequestInput, ProgressReportReviewInput } from "~/domain/progress-report-forms";
import { todayIso } from "~/domain/dates";
import type { PageRequest } from "~/domain/pagination";
import type { Role } from "~/domain/roles";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { notify } from "./notification.server";
import { db } from "~/utils/db.server";
import type { StagedFile } from "~/utils/files.server";
import { releaseFiles, storeFilesFor } from "./stored-files.server";
import type { VisibleTrajectory } from "~/domain/permissions";
import { markFollowUpMet } from "./follow-up.server";

type Actor = { id: string; role: Role };

function statusOf(value: string): ProgressReportStatus {
  return isProgressReportStatus(value) ? value : "REQUESTED";
}

/** One page of the trajectory's requests, earliest due first, overdue computed: two queries. */
export async function listProgressReportRequests(trajectoryId: string, page: PageRequest) {
  const where = { trajectoryId };
  const [total, rows] = await Promise.all([
    db.progressReportRequest.count({ where }),
    db.progressReportRequest.findMany({
      where,
      orderBy: [{ dueDate: "desc" }, { createdAt: "desc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, title: true, dueDate: true, status: true, createdAt: true, _count: { select: { norms: true, submissions: true } } },
    }),
  ]);
  const today = todayIso();
  return { total, requests: rows.map((r) => ({ ...r, status: statusOf(r.status), overdue: isProgressReportOverdue(r, today) })) };
}

export async function createProgressReportRequest(user: Actor, trajectory: VisibleTrajectory, input: ProgressReportRequestInput): Promise<{ ok: true; id: string } | { ok: false; reason: "unknownNorm" }> {
  const normIds = [...new Set(input.normIds)];
  const found = await db.norm.count({ where: { id: { in: normIds }, frameworkVersionId: trajectory.frameworkVersionId } });
  if (found !== normIds.length) return { ok: false, reason: "unknownNorm" };
  return db.$transaction(async (tx) => {
    const request = await tx.progressReportRequest.create({
      data: {
        trajectoryId: trajectory.id,
        title: input.title,
        instructions: input.instructions,
        dueDate: input.dueDate,
        status: "REQUESTED",
        requestedById: user.id,
        norms: { create: normIds.map((normId) => ({ normId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "report.requested",
      entity: "ProgressReportRequest",
      entityId: request.id,
      after: { title: input.title, dueDate: input.dueDate, instructions: input.instructions, normIds },
    });
    await notify(tx, { kind: "report.requested", trajectoryId: trajectory.id, actorId: user.id, params: { title: input.title, dueDate: input.dueDate, path: `/trajecten/${trajectory.id}/rapportages/${request.id}` } });
    return { ok: true as const, id: request.id };
  });
}

const submissionSelect = {
  id: true,
  number: true,
  status: true,
  summary: true,
  submittedAt: true,
  reviewOutcome: true,
  reviewComment: true,
  reviewedAt: true,
  version: true,
  entries: { select: { normId: true, progress: true } },
  attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.ProgressReportSubmissionSelect;

/**
 * A request of this trajectory with its norms and submissions (404 for any other). A draft
 * submission is the organisation's working copy: only the organisation sees it.
 */
export async function requireProgressReportRequest(user: Actor, trajectoryId: string, requestId: string) {
  const request = await db.progressReportRequest.findFirst({
    where: { id: requestId, trajectoryId },
    select: {
      id: true,
      title: true,
      instructions: true,
      instructionsCode: true,
      dueDate: true,
      status: true,
      followUpId: true,
      version: true,
      createdAt: true,
      norms: { select: { norm: { select: { id: true, code: true, title: true, order: true } } } },
      submissions: {
        where: user.role === "ORGANISATION" ? {} : { status: "SUBMITTED" },
        orderBy: { number: "asc" },
        select: submissionSelect,
      },
    },
  });
  if (!request) throw new Response("Not found", { status: 404 });
  const norms = request.norms.map((n) => n.norm).sort((a, b) => a.order - b.order);
  return { ...request, norms, status: statusOf(request.status), overdue: isProgressReportOverdue(request) };
}
export type ProgressReportRequestView = Awaited<ReturnType<typeof requireProgressReportRequest>>;

export type ProgressReportResult =
  | { ok: true }
  | { ok: false; reason: "conflict"; current: ProgressReportRequestView }
  | { ok: false; reason: "frozen" };

class Refused extends Error {
  constructor(readonly reason: "conflict" | "frozen") {
    super(reason);
  }
}

async function run(user: Actor, trajectoryId: string, requestId: string, work: (tx: Tx) => Promise<void>): Promise<ProgressReportResult> {
  try {
    await db.$transaction(work);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    if (error.reason === "frozen") return { ok: false, reason: "frozen" };
    return { ok: false, reason: "conflict", current: await requireProgressReportRequest(user, trajectoryId, requestId) };
  }
}

/**
 * The draft submission the form edits, at the version the form started from. Version 0 means
 * "no draft yet": one is created as submission n+1, starting from submission n's content and
 * attachments (the old submission itself stays as it was).
 */
async function claimDraft(tx: Tx, trajectoryId: string, requestId: string, version: number) {
  const request = await tx.progressReportRequest.findFirst({ where: { id: requestId, trajectoryId }, select: { status: true } });
  if (!request) throw new Response("Not found", { status: 404 });
  if (request.status !== "REQUESTED" && request.status !== "MORE_INFO_NEEDED") throw new Refused("frozen");
  const draft = await tx.progressReportSubmission.findFirst({ where: { requestId, status: "DRAFT" }, select: { id: true, number: true } });
  if (draft) {
    const { count } = await tx.progressReportSubmission.updateMany({ where: { id: draft.id, status: "DRAFT", version }, data: { version: version + 1 } });
    if (count !== 1) throw new Refused("conflict");
    return { ...draft, created: false, carriedOver: 0 };
  }
  if (version !== 0) throw new Refused("conflict");
  const previous = await tx.progressReportSubmission.findFirst({
    where: { requestId },
    orderBy: { number: "desc" },
    select: { number: true, summary: true, entries: { select: { normId: true, progress: true } }, attachments: true },
  });
  // The unique (requestId, number) settles two simultaneous first saves: one of them fails.
  const created = await tx.progressReportSubmission.create({
    data: {
      requestId,
      number: (previous?.number ?? 0) + 1,
      status: "DRAFT",
      summary: previous?.summary ?? "",
      entries: { create: previous?.entries ?? [] },
    },
    select: { id: true, number: true },
  });
  for (const a of previous?.attachments ?? []) {
    await tx.attachment.create({
      data: { trajectoryId, submissionId: created.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size, sha256: a.sha256, uploadedById: a.uploadedById },
    });
  }
  return { ...created, created: true, carriedOver: previous?.attachments.length ?? 0 };
}

export interface SubmissionInput {
  summary: string;
  version: number;
  progress: Record<string, string>;
  submit: boolean;
}

/** Saves the draft (text and new attachments) and, when asked, submits it: then it is frozen. */
export async function saveSubmission(
  user: Actor,
  trajectory: VisibleTrajectory,
  requestId: string,
  input: SubmissionInput,
  files: readonly StagedFile[],
): Promise<ProgressReportResult> {
  return storeFilesFor(files, () => run(user, trajectory.id, requestId, async (tx) => {
    const draft = await claimDraft(tx, trajectory.id, requestId, input.version);
    const scope = await tx.progressReportNorm.findMany({ where: { requestId }, select: { normId: true } });
    await tx.progressReportSubmission.update({ where: { id: draft.id }, data: { summary: input.summary } });
    for (const { normId } of scope) {
      const progress = input.progress[normId] ?? "";
      await tx.progressReportEntry.upsert({
        where: { submissionId_normId: { submissionId: draft.id, normId } },
        create: { submissionId: draft.id, normId, progress },
        update: { progress },
      });
    }
    const attachments = [];
    for (const file of files) {
      const row = await tx.attachment.create({
        data: { trajectoryId: trajectory.id, submissionId: draft.id, fileName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256, uploadedById: user.id },
        select: { id: true, fileName: true, size: true, sha256: true },
      });
      attachments.push(row);
    }
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: draft.created ? "report.draftStarted" : "report.draftSaved",
      entity: "ProgressReportSubmission",
      entityId: draft.id,
      after: { number: draft.number, summary: input.summary, progress: input.progress, attachmentsAdded: attachments, attachmentsCarriedOver: draft.carriedOver },
    });
    if (!input.submit) return;
    await tx.progressReportSubmission.update({ where: { id: draft.id }, data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: user.id } });
    const request = await tx.progressReportRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true, version: true, title: true } });
    await tx.progressReportRequest.update({ where: { id: requestId }, data: { status: "SUBMITTED", version: request.version + 1 } });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "report.submitted",
      entity: "ProgressReportSubmission",
      entityId: draft.id,
      before: { status: "DRAFT", requestStatus: request.status },
      after: { status: "SUBMITTED", number: draft.number, requestStatus: "SUBMITTED" },
    });
    await notify(tx, { kind: "report.submitted", trajectoryId: trajectory.id, actorId: user.id, params: { title: request.title, path: `/trajecten/${trajectory.id}/rapportages/${requestId}` } });
  }), (result) => result.ok);
}

/** Removes an attachment from the draft (never from a submitted submission). */
export async function removeDraftAttachment(user: Actor, trajectory: VisibleTrajectory, requestId: string, attachmentId: string, version: number): Promise<ProgressReportResult> {
  let removed: string | null = null;
  const result = await run(user, trajectory.id, requestId, async (tx) => {
    const attachment = await tx.attachment.findFirst({
      where: { id: attachmentId, trajectoryId: trajectory.id, submission: { requestId, status: "DRAFT" } },
      select: { id: true, fileName: true, sha256: true, submissionId: true },
    });
    if (!attachment) throw new Response("Not found", { status: 404 });
    await claimDraft(tx, trajectory.id, requestId, version);
    await tx.attachment.delete({ where: { id: attachment.id } });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "report.attachmentRemoved",
      entity: "Attachment",
      entityId: attachment.id,
      before: { fileName: attachment.fileName, sha256: attachment.sha256, submissionId: attachment.submissionId },
    });
    removed = attachment.sha256;
  });
  if (result.ok && removed) await releaseFiles([removed]);
  return result;
}

/**
 * The inspector's review of the latest submission: accepted (which meets the follow-up the
 * request answers), or more information needed with a comment and a new due date.
 */
export async function reviewSubmission(user: Actor, trajectory: VisibleTrajectory, requestId: string, input: ProgressReportReviewInput): Promise<ProgressReportResult> {
  return run(user, trajectory.id, requestId, async (tx) => {
    const request = await tx.progressReportRequest.findFirst({ where: { id: requestId, trajectoryId: trajectory.id }, select: { status: true, dueDate: true, followUpId: true, title: true } });
    if (!request) throw new Response("Not found", { status: 404 });
    const { count } = await tx.progressReportRequest.updateMany({
      where: { id: requestId, trajectoryId: trajectory.id, status: "SUBMITTED", version: input.version },
      data: {
        status: input.outcome,
        version: input.version + 1,
        ...(input.outcome === "MORE_INFO_NEEDED" && input.newDueDate ? { dueDate: input.newDueDate } : {}),
      },
    });
    if (count !== 1) throw new Refused(request.status === "SUBMITTED" ? "conflict" : "frozen");
    const submission = await tx.progressReportSubmission.findFirst({
      where: { requestId, status: "SUBMITTED", reviewOutcome: null },
      orderBy: { number: "desc" },
      select: { id: true, number: true },
    });
    if (!submission) throw new Refused("frozen");
    await tx.progressReportSubmission.update({
      where: { id: submission.id },
      data: { reviewOutcome: input.outcome, reviewComment: input.comment || null, reviewedAt: new Date(), reviewedById: user.id },
    });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "report.reviewed",
      entity: "ProgressReportSubmission",
      entityId: submission.id,
      before: { requestStatus: "SUBMITTED", dueDate: request.dueDate },
      after: { reviewOutcome: input.outcome, comment: input.comment, number: submission.number, dueDate: input.newDueDate ?? request.dueDate },
    });
    const kind = input.outcome === "ACCEPTED" ? "report.accepted" : "report.returned";
    await notify(tx, { kind, trajectoryId: trajectory.id, actorId: user.id, params: { title: request.title, dueDate: input.newDueDate ?? request.dueDate, path: `/trajecten/${trajectory.id}/rapportages/${requestId}` } });
    if (input.outcome === "ACCEPTED") {
      await markFollowUpMet(tx, { trajectoryId: trajectory.id, followUpId: request.followUpId, actorId: user.id, via: { entity: "ProgressReportRequest", entityId: requestId } });
    }
  });
}

/** The norms a request can cover: the trajectory's framework, in order. */
export async function requestableNorms(trajectory: VisibleTrajectory) {
  return db.norm.findMany({ where: { frameworkVersionId: trajectory.frameworkVersionId }, orderBy: { order: "asc" }, select: { id: true, code: true, title: true } });
}
