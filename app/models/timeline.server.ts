import type { TimelineEvent } from "~/domain/timeline";
import { formatDate, type Locale, type Translate } from "~/i18n";
import { db } from "~/utils/db.server";
import type { SessionUser } from "~/utils/session.server";

const day = (instant: Date | string) => new Date(instant).toISOString().slice(0, 10);

/**
 * The dated events of one (already access-checked) trajectory, labelled for the user:
 * one query per kind, whatever the trajectory's size. Organisation users see published
 * rounds and decisions, not the inspectorate's internal proposals.
 */
export async function timelineEvents(
  user: SessionUser,
  trajectory: { id: string; startDate: string; deadline: string },
  t: Translate,
  locale: Locale,
  today: string,
): Promise<TimelineEvent[]> {
  const internal = user.role !== "ORGANISATION";
  const where = { trajectoryId: trajectory.id };
  const [visits, rounds, reports, drafts, proposals, decisions, changes] = await Promise.all([
    db.visit.findMany({ where, select: { date: true, announced: true } }),
    db.assessmentRound.findMany({ where: internal ? where : { ...where, publishedAt: { not: null } }, select: { date: true, title: true } }),
    db.progressReportRequest.findMany({ where, select: { dueDate: true, title: true } }),
    db.draftReport.findMany({ where, select: { sharedAt: true, title: true } }),
    internal ? db.closureProposal.findMany({ where, select: { createdAt: true, outcome: true } }) : Promise.resolve([]),
    db.closureDecision.findMany({
      where: { proposal: where, ...(internal ? {} : { decision: "APPROVED" }) },
      select: { decisionDate: true, decision: true, proposal: { select: { outcome: true } } },
    }),
    db.deadlineChange.findMany({ where, select: { createdAt: true, newDeadline: true } }),
  ]);
  const outcome = (o: string) => (o === "LIFT" || o === "EXTEND" || o === "ESCALATE" ? t(`timeline.outcome.${o}`) : o);
  return [
    { date: trajectory.startDate, kind: "start" as const, label: t("timeline.start") },
    ...visits.map((v) => ({ date: v.date, kind: "visit" as const, label: t(v.announced ? "timeline.visitAnnounced" : "timeline.visitUnannounced") })),
    ...rounds.map((r) => ({ date: r.date, kind: "round" as const, label: t("timeline.round", { title: r.title }) })),
    ...reports.map((r) => ({ date: r.dueDate, kind: "report" as const, label: t("timeline.reportDue", { title: r.title }) })),
    ...drafts.map((d) => ({ date: day(d.sharedAt), kind: "draftReport" as const, label: t("timeline.draftShared", { title: d.title }) })),
    ...proposals.map((p) => ({ date: day(p.createdAt), kind: "proposal" as const, label: t("timeline.proposal", { outcome: outcome(p.outcome) }) })),
    ...decisions.map((d) => ({
      date: d.decisionDate,
      kind: "decision" as const,
      label: t(d.decision === "APPROVED" ? "timeline.decisionApproved" : "timeline.decisionReturned", { outcome: outcome(d.proposal.outcome) }),
    })),
    ...changes.map((c) => ({ date: day(c.createdAt), kind: "deadlineChange" as const, label: t("timeline.deadlineChanged", { date: formatDate(c.newDeadline, locale) }) })),
    { date: trajectory.deadline, kind: "deadline" as const, label: t("timeline.deadline") },
    { date: today, kind: "today" as const, label: t("timeline.today") },
  ];
}
