// Draft reports shared for a response (zienswijze). The organisation answers each one once;
// the answer is then part of the record and never changes: the write demands "not yet answered".
import type { DraftReportShareInput } from "~/domain/draft-report-forms";
import { isOverdue, todayIso } from "~/domain/dates";
import { recordAudit } from "~/utils/audit.server";
import { notify } from "./notification.server";
import { db } from "~/utils/db.server";
import type { VisibleTrajectory } from "~/domain/permissions";

const MAX_DRAFT_REPORTS = 50;

/** The trajectory's draft reports, newest first, each with its response beside it. */
export async function listDraftReports(trajectoryId: string) {
  const rows = await db.draftReport.findMany({
    where: { trajectoryId },
    orderBy: [{ sharedAt: "desc" }, { id: "desc" }],
    take: MAX_DRAFT_REPORTS,
    select: { id: true, title: true, findings: true, responseDueDate: true, sharedAt: true, response: true, respondedAt: true },
  });
  const today = todayIso();
  return rows.map((row) => ({ ...row, overdue: row.respondedAt === null && isOverdue(row.responseDueDate, today) }));
}

export async function shareDraftReport(user: { id: string }, trajectory: VisibleTrajectory, input: DraftReportShareInput) {
  return db.$transaction(async (tx) => {
    const draft = await tx.draftReport.create({ data: { trajectoryId: trajectory.id, ...input, sharedById: user.id }, select: { id: true } });
    await recordAudit(tx, { trajectoryId: trajectory.id, actorId: user.id, action: "draftReport.shared", entity: "DraftReport", entityId: draft.id, after: input });
    await notify(tx, { kind: "draftReport.shared", trajectoryId: trajectory.id, actorId: user.id, params: { title: input.title, dueDate: input.responseDueDate, path: `/trajecten/${trajectory.id}/zienswijze` } });
    return draft.id;
  });
}

/** Records the response once; "already" when it was answered before (by anyone). */
export async function respondToDraftReport(user: { id: string }, trajectory: VisibleTrajectory, draftReportId: string, response: string): Promise<"responded" | "already"> {
  return db.$transaction(async (tx) => {
    const draft = await tx.draftReport.findFirst({ where: { id: draftReportId, trajectoryId: trajectory.id }, select: { id: true } });
    if (!draft) throw new Response("Not found", { status: 404 });
    const { count } = await tx.draftReport.updateMany({
      where: { id: draftReportId, trajectoryId: trajectory.id, respondedAt: null },
      data: { response, respondedAt: new Date(), respondedById: user.id },
    });
    if (count !== 1) return "already";
    await recordAudit(tx, { trajectoryId: trajectory.id, actorId: user.id, action: "draftReport.responded", entity: "DraftReport", entityId: draftReportId, after: { response } });
    return "responded";
  });
}
