// The organisation's side of a theme's information request (issue 15): its own recipient row,
// answers (draft, save, submit), attachments and asking for more time; and the inspector's
// decision on that request. Organisations reach only their own recipient row: any other id is 404.
import { can } from "~/domain/permissions";
import type { Role } from "~/domain/roles";
import { acceptsAnswers, answerProblems, isThemeStatus, recipientState, type ThemeStatus } from "~/domain/theme";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import type { StagedFile } from "~/utils/files.server";
import { notFound } from "./access.server";
import { notifyTheme } from "./notification.server";
import { releaseFiles, storeFilesFor } from "./stored-files.server";

type Viewer = { id: string; role: Role; organisationId?: string | null };

export interface VisibleRecipient {
  id: string;
  themeId: string;
  organisationId: string;
  themeStatus: ThemeStatus;
  status: string;
  version: number;
}

/**
 * The recipient row for a user: an organisation's own (of a theme that was sent), or any for
 * the inspectorate's roles. 404 otherwise, the same answer as for an id that does not exist.
 */
export async function requireRecipientAccess(user: Viewer, id: string | undefined): Promise<VisibleRecipient> {
  const own = user.role === "ORGANISATION";
  if (!own && !can(user.role, "theme:read")) throw notFound();
  const row = await db.themeRecipient.findFirst({
    where: { id: id ?? "", ...(own ? { organisationId: user.organisationId ?? "-" } : {}) },
    select: { id: true, themeId: true, organisationId: true, status: true, version: true, theme: { select: { status: true } } },
  });
  if (!row || !isThemeStatus(row.theme.status)) throw notFound();
  return { id: row.id, themeId: row.themeId, organisationId: row.organisationId, themeStatus: row.theme.status, status: row.status, version: row.version };
}

/** The request with this recipient's answers, attachments, extension requests, scores and signals. */
export async function getRecipientView(recipient: VisibleRecipient, today: string, internal: boolean) {
  const [row, questions] = await Promise.all([
    db.themeRecipient.findUniqueOrThrow({
      where: { id: recipient.id },
      select: {
        id: true,
        status: true,
        deadline: true,
        version: true,
        openedAt: true,
        submittedAt: true,
        selected: true,
        organisation: { select: { id: true, name: true, location: true } },
        theme: { select: { id: true, title: true, purpose: true, status: true, requestDeadline: true, leadInspectorId: true, members: { select: { userId: true } } } },
        answers: { select: { questionId: true, value: true } },
        attachments: { select: { id: true, questionId: true, fileName: true, size: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
        extensions: { select: { id: true, requestedDate: true, reason: true, status: true, comment: true, createdAt: true, decidedAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
        ...(internal
          ? {
              scores: { select: { questionId: true, score: true } },
              signals: { select: { id: true, description: true, source: true, date: true, weight: true }, orderBy: { date: "desc" as const } },
            }
          : {}),
      },
    }),
    db.themeQuestion.findMany({ where: { themeId: recipient.themeId }, select: { id: true, order: true, text: true, kind: true, choices: true, normId: true }, orderBy: { order: "asc" } }),
  ]);
  const norms = await db.norm.findMany({ where: { id: { in: questions.flatMap((q) => (q.normId ? [q.normId] : [])) } }, select: { id: true, code: true, title: true } });
  const normOf = new Map(norms.map((n) => [n.id, n]));
  // The inspectorate sees answers once submitted; the draft is the organisation's own until then.
  const showsAnswers = !internal || row.status === "SUBMITTED";
  return {
    ...row,
    answers: showsAnswers ? row.answers : [],
    attachments: showsAnswers ? row.attachments : [],
    state: recipientState({ status: row.status, deadline: row.deadline, pendingExtension: row.extensions.some((e) => e.status === "PENDING") }, today),
    questions: questions.map((q) => ({ ...q, norm: q.normId ? (normOf.get(q.normId) ?? null) : null })),
  };
}
export type RecipientView = Awaited<ReturnType<typeof getRecipientView>>;

/**
 * The first time the organisation opens its request, "not opened" becomes "opened". A read
 * receipt like a session's last-seen time: no version change, so it never conflicts with a save.
 */
export async function markOpened(user: Viewer, recipient: VisibleRecipient): Promise<void> {
  if (user.role !== "ORGANISATION" || recipient.status !== "NOT_OPENED") return;
  await db.themeRecipient.updateMany({ where: { id: recipient.id, status: "NOT_OPENED" }, data: { status: "OPENED", openedAt: new Date() } });
}

export type AnswerResult =
  | { ok: true }
  | { ok: false; reason: "conflict" | "frozen" }
  | { ok: false; reason: "invalid"; problems: ReturnType<typeof answerProblems> };

/** Claims the recipient row for a write by the organisation: its version must hold and it must still be open. */
async function claimOpen(tx: Tx, recipient: VisibleRecipient, version: number, status: "DRAFT" | "SUBMITTED") {
  const { count } = await tx.themeRecipient.updateMany({
    where: { id: recipient.id, version, status: { not: "SUBMITTED" }, theme: { status: "REQUEST_SENT" } },
    data: { version: { increment: 1 }, status, ...(status === "SUBMITTED" ? { submittedAt: new Date() } : {}) },
  });
  return count === 1;
}

class Refusal extends Error {
  constructor(readonly result: Exclude<AnswerResult, { ok: true }>) {
    super(result.reason);
  }
}

/** Saves the answers and new attachments, and when asked submits them: then they are frozen. */
export async function saveAnswers(
  user: Viewer,
  recipient: VisibleRecipient,
  input: { values: Record<string, string>; version: number; submit: boolean },
  files: readonly StagedFile[],
): Promise<AnswerResult> {
  if (!acceptsAnswers(recipient.themeStatus)) return { ok: false, reason: "frozen" };
  try {
    await storeFilesFor(files, () => db.$transaction(async (tx) => {
      const questions = await tx.themeQuestion.findMany({ where: { themeId: recipient.themeId }, select: { id: true, kind: true, choices: true } });
      const known = new Set(questions.map((q) => q.id));
      const existing = await tx.themeAttachment.groupBy({ by: ["questionId"], where: { recipientId: recipient.id }, _count: { _all: true } });
      const fileCounts: Record<string, number> = Object.fromEntries(existing.map((e) => [e.questionId, e._count._all]));
      for (const file of files) {
        const questionId = file.field.replace(/^file\./, "");
        if (!known.has(questionId)) throw notFound();
        fileCounts[questionId] = (fileCounts[questionId] ?? 0) + 1;
      }
      const problems = answerProblems(questions, input.values, fileCounts, input.submit);
      if (Object.keys(problems).length) throw new Refusal({ ok: false, reason: "invalid", problems });
      if (!(await claimOpen(tx, recipient, input.version, input.submit ? "SUBMITTED" : "DRAFT"))) throw new Refusal({ ok: false, reason: recipient.status === "SUBMITTED" ? "frozen" : "conflict" });
      for (const q of questions) {
        if (q.kind === "FILE") continue;
        const value = (input.values[q.id] ?? "").trim();
        await tx.themeAnswer.upsert({ where: { recipientId_questionId: { recipientId: recipient.id, questionId: q.id } }, create: { recipientId: recipient.id, questionId: q.id, value }, update: { value } });
      }
      const added = [];
      for (const file of files) {
        const row = await tx.themeAttachment.create({
          data: { recipientId: recipient.id, questionId: file.field.replace(/^file\./, ""), fileName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256, uploadedById: user.id },
          select: { id: true, fileName: true, sha256: true },
        });
        added.push(row);
      }
      await recordAudit(tx, {
        trajectoryId: null,
        actorId: user.id,
        action: input.submit ? "theme.answers_submitted" : "theme.answers_saved",
        entity: "ThemeRecipient",
        entityId: recipient.id,
        after: { answers: input.values, attachmentsAdded: added },
      });
      if (input.submit) await notifyTheme(tx, { kind: "theme.answersSubmitted", themeId: recipient.themeId, actorId: user.id, params: {}, recipientIds: [recipient.id] });
    }));
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
  return { ok: true };
}

export async function removeAnswerAttachment(user: Viewer, recipient: VisibleRecipient, attachmentId: string, version: number): Promise<AnswerResult> {
  if (!acceptsAnswers(recipient.themeStatus)) return { ok: false, reason: "frozen" };
  const removed = await db.$transaction(async (tx) => {
    const attachment = await tx.themeAttachment.findFirst({ where: { id: attachmentId, recipientId: recipient.id }, select: { id: true, fileName: true, sha256: true } });
    if (!attachment) throw notFound();
    if (!(await claimOpen(tx, recipient, version, "DRAFT"))) return null;
    await tx.themeAttachment.delete({ where: { id: attachment.id } });
    await recordAudit(tx, { trajectoryId: null, actorId: user.id, action: "theme.attachment_removed", entity: "ThemeAttachment", entityId: attachment.id, before: { fileName: attachment.fileName, sha256: attachment.sha256 } });
    return attachment.sha256;
  });
  if (!removed) return { ok: false, reason: recipient.status === "SUBMITTED" ? "frozen" : "conflict" };
  await releaseFiles([removed]);
  return { ok: true };
}

export type ExtensionResult = { ok: true } | { ok: false; reason: "frozen" | "pending" | "notLater" };

/** The organisation asks for a later deadline: one pending request at a time, for a date after the current one. */
export async function requestExtension(user: Viewer, recipient: VisibleRecipient, input: { requestedDate: string; reason: string }): Promise<ExtensionResult> {
  if (!acceptsAnswers(recipient.themeStatus) || recipient.status === "SUBMITTED") return { ok: false, reason: "frozen" };
  return db.$transaction(async (tx) => {
    const row = await tx.themeRecipient.findUniqueOrThrow({ where: { id: recipient.id }, select: { deadline: true, extensions: { where: { status: "PENDING" }, select: { id: true } } } });
    if (row.extensions.length) return { ok: false as const, reason: "pending" as const };
    if (input.requestedDate <= row.deadline) return { ok: false as const, reason: "notLater" as const };
    const extension = await tx.themeExtension.create({ data: { recipientId: recipient.id, requestedDate: input.requestedDate, reason: input.reason, requestedById: user.id }, select: { id: true } });
    await recordAudit(tx, { trajectoryId: null, actorId: user.id, action: "theme.extension_requested", entity: "ThemeExtension", entityId: extension.id, after: { recipientId: recipient.id, deadline: row.deadline, ...input } });
    await notifyTheme(tx, { kind: "theme.extensionRequested", themeId: recipient.themeId, actorId: user.id, params: { dueDate: input.requestedDate }, recipientIds: [recipient.id] });
    return { ok: true as const };
  });
}

/** The inspector grants (the recipient's deadline moves to the requested date) or refuses a pending request. */
export async function decideExtension(user: Viewer, recipient: VisibleRecipient, input: { extensionId: string; decision: "GRANTED" | "REFUSED"; comment: string }): Promise<{ ok: boolean }> {
  return db.$transaction(async (tx) => {
    const extension = await tx.themeExtension.findFirst({ where: { id: input.extensionId, recipientId: recipient.id }, select: { id: true, requestedDate: true, status: true, recipient: { select: { deadline: true } } } });
    if (!extension) throw notFound();
    const { count } = await tx.themeExtension.updateMany({ where: { id: extension.id, status: "PENDING" }, data: { status: input.decision, comment: input.comment, decidedById: user.id, decidedAt: new Date() } });
    if (count === 0) return { ok: false };
    if (input.decision === "GRANTED") await tx.themeRecipient.update({ where: { id: recipient.id }, data: { deadline: extension.requestedDate, version: { increment: 1 } } });
    await extensionDecided(tx, user.id, recipient, { ...input, previousDeadline: extension.recipient.deadline, requestedDate: extension.requestedDate });
    return { ok: true };
  });
}

/**
 * The event "an extension was decided", inside the deciding transaction: the audit event, and
 * the message to the users of the organisation that asked (its own request only).
 */
async function extensionDecided(
  tx: Tx,
  actorId: string,
  recipient: VisibleRecipient,
  decided: { extensionId: string; decision: "GRANTED" | "REFUSED"; comment: string; previousDeadline: string; requestedDate: string },
): Promise<void> {
  await recordAudit(tx, {
    trajectoryId: null,
    actorId,
    action: "theme.extension_decided",
    entity: "ThemeExtension",
    entityId: decided.extensionId,
    before: { status: "PENDING", deadline: decided.previousDeadline },
    after: { status: decided.decision, comment: decided.comment, deadline: decided.decision === "GRANTED" ? decided.requestedDate : decided.previousDeadline },
  });
  await notifyTheme(tx, {
    kind: "theme.extensionDecided",
    themeId: recipient.themeId,
    actorId,
    params: { extensionDecision: decided.decision, dueDate: decided.decision === "GRANTED" ? decided.requestedDate : decided.previousDeadline },
    recipientIds: [recipient.id],
  });
}

/**
 * A theme attachment the user may download: the organisation its own; the inspectorate once
 * the answers are submitted. 404 otherwise.
 */
export async function requireThemeAttachmentAccess(user: Viewer, id: string | undefined) {
  const own = user.role === "ORGANISATION";
  if (!own && !can(user.role, "theme:read")) throw notFound();
  const attachment = await db.themeAttachment.findFirst({
    where: { id: id ?? "", recipient: own ? { organisationId: user.organisationId ?? "-" } : { status: "SUBMITTED" } },
    select: { fileName: true, mimeType: true, sha256: true },
  });
  if (!attachment) throw notFound();
  return attachment;
}

/** The organisation's open and answered requests, for its start page (a bounded list, one query). */
export async function requestsForOrganisation(organisationId: string, today: string) {
  const rows = await db.themeRecipient.findMany({
    where: { organisationId, theme: { status: { not: "DRAFT" } } },
    orderBy: { deadline: "desc" },
    take: 20,
    select: { id: true, status: true, deadline: true, theme: { select: { title: true } }, extensions: { where: { status: "PENDING" }, select: { id: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.theme.title, deadline: r.deadline, state: recipientState({ status: r.status, deadline: r.deadline, pendingExtension: r.extensions.length > 0 }, today) }));
}
