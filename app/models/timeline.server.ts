import { todayIso } from "~/domain/dates";
import type { TimelineEvent } from "~/domain/timeline";
import { seesInternalRecords } from "~/domain/permissions";
import { roundTitleText } from "~/domain/round-title";
import { DOCUMENT_KINDS } from "~/domain/documents";
import { visibleDocumentsSql, visibleVisitsSql } from "./access.server";
import { formatDate, type Locale, type Translate } from "~/i18n";
import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { dialect } from "~/utils/sql/dialect.server";
import type { SessionUser } from "~/utils/session.server";

/**
 * The dated events of one (already access-checked) trajectory, labelled for the user. Organisation users see published
 * rounds and decisions, not the inspectorate's internal proposals.
 */
export async function timelineEvents(
  user: SessionUser,
  trajectory: { id: string; startDate: string; deadline: string },
  t: Translate,
  locale: Locale,
  today: string,
): Promise<TimelineEvent[]> {
  const internal = seesInternalRecords(user);
  const id = trajectory.id;
  // One statement for every kind of event: the overview is the most visited page of a trajectory.
  const rows = await db.$queryRaw<{ kind: string; date: string; a: string | null; b: string | null; c: string | null }[]>`
    SELECT 'visit' AS kind, date, CASE WHEN v.announced THEN '1' ELSE '0' END AS a,
        CASE WHEN EXISTS (SELECT 1 FROM VisitHeld h WHERE h.visitId = v.id) THEN 'held' ELSE 'planned' END AS b, NULL AS c
      FROM Visit v WHERE v.trajectoryId = ${id} AND ${visibleVisitsSql(internal, "v")}
    UNION ALL SELECT 'round', date, title, titleCode, titleParams FROM AssessmentRound
      WHERE trajectoryId = ${id} AND (${internal ? 1 : 0} = 1 OR publishedAt IS NOT NULL)
    UNION ALL SELECT 'report', dueDate, title, NULL, NULL FROM ProgressReportRequest WHERE trajectoryId = ${id}
    UNION ALL SELECT 'draftReport', ${dialect.instantAsText(Prisma.sql`sharedAt`)}, title, NULL, NULL FROM DraftReport WHERE trajectoryId = ${id}
    UNION ALL SELECT 'document', d.date, d.title, d.kind, NULL FROM TrajectoryDocument d
      WHERE d.trajectoryId = ${id} AND ${visibleDocumentsSql(internal, "d")}
    UNION ALL SELECT 'proposal', ${dialect.instantAsText(Prisma.sql`createdAt`)}, outcome, NULL, NULL FROM ClosureProposal
      WHERE trajectoryId = ${id} AND ${internal ? 1 : 0} = 1
    UNION ALL SELECT 'decision', d.decisionDate, p.outcome, d.decision, NULL FROM ClosureDecision d JOIN ClosureProposal p ON p.id = d.proposalId
      WHERE p.trajectoryId = ${id} AND (${internal ? 1 : 0} = 1 OR d.decision = 'APPROVED')
    UNION ALL SELECT 'deadlineChange', ${dialect.instantAsText(Prisma.sql`createdAt`)}, newDeadline, NULL, NULL FROM DeadlineChange WHERE trajectoryId = ${id}
    UNION ALL SELECT 'origin', ${dialect.instantAsText(Prisma.sql`o.createdAt`)}, th.title, NULL, NULL FROM TrajectoryOrigin o JOIN Theme th ON th.id = o.themeId WHERE o.trajectoryId = ${id}
    UNION ALL SELECT 'enforcement', m.imposedOn, t.nameNl, t.nameEn, NULL FROM EnforcementMeasure m JOIN EnforcementMeasureType t ON t.id = m.typeId
      WHERE m.trajectoryId = ${id}
    UNION ALL SELECT 'enforcementDue', m.dueDate, t.nameNl, t.nameEn, NULL FROM EnforcementMeasure m JOIN EnforcementMeasureType t ON t.id = m.typeId
      WHERE m.trajectoryId = ${id} AND m.status = 'IN_FORCE' AND m.dueDate IS NOT NULL
    UNION ALL SELECT 'complianceCheck', checkDate, finding, status, NULL FROM ComplianceCheck
      WHERE trajectoryId = ${id} AND (${internal ? 1 : 0} = 1 OR status = 'DECIDED')
    UNION ALL SELECT 'suspension', startDate, CAST(days AS TEXT), NULL, NULL FROM DeadlineSuspension WHERE trajectoryId = ${id}`;
  const outcome = (o: string) => (o === "LIFT" || o === "EXTEND" || o === "ESCALATE" ? t(`timeline.outcome.${o}`) : o);
  const label = (stored: (typeof rows)[number]): TimelineEvent => {
    // Instants (shared, proposed, changed) become the calendar day they fell on in Amsterdam.
    const row = { ...stored, date: stored.date.length > 10 ? todayIso(new Date(stored.date)) : stored.date };
    switch (row.kind) {
      case "visit":
        return {
          date: row.date,
          kind: "visit",
          label:
            row.b === "held"
              ? t(row.a === "1" ? "timeline.visitAnnounced" : "timeline.visitUnannounced")
              : t(row.a === "1" ? "timeline.visitPlanned" : "timeline.visitPlannedUnannounced"),
        };
      case "round":
        return { date: row.date, kind: "round", label: t("timeline.round", { title: roundTitleText({ title: row.a ?? "", titleCode: row.b, titleParams: row.c }, t, locale) }) };
      case "report":
        return { date: row.date, kind: "report", label: t("timeline.reportDue", { title: row.a ?? "" }) };
      case "draftReport":
        return { date: row.date, kind: "draftReport", label: t("timeline.draftShared", { title: row.a ?? "" }) };
      case "document":
        return {
          date: row.date,
          kind: "document",
          label: t("timeline.document", { kind: t(`document.kind.${DOCUMENT_KINDS.find((k) => k === row.b) ?? "LETTER"}`), title: row.a ?? "" }),
        };
      case "proposal":
        return { date: row.date, kind: "proposal", label: t("timeline.proposal", { outcome: outcome(row.a ?? "") }) };
      case "decision":
        return {
          date: row.date,
          kind: "decision",
          label: t(row.b === "APPROVED" ? "timeline.decisionApproved" : "timeline.decisionReturned", { outcome: outcome(row.a ?? "") }),
        };
      case "origin":
        return { date: row.date, kind: "origin", label: t("timeline.origin", { title: row.a ?? "" }) };
      case "enforcement":
      case "enforcementDue":
        return {
          date: row.date,
          kind: "enforcement",
          label: t(row.kind === "enforcement" ? "timeline.enforcementImposed" : "timeline.enforcementDue", { type: (locale === "en" ? row.b : row.a) ?? "" }),
        };
      case "complianceCheck": {
        // Organisations see a check once it is decided; the inspectorate sees a planned one too.
        const finding = row.a === "COMPLIED" || row.a === "NOT_COMPLIED" ? t(`enforcement.finding.${row.a}`) : t("enforcement.finding.pending");
        return { date: row.date, kind: "complianceCheck", label: t("timeline.complianceCheck", { finding }) };
      }
      case "suspension":
        return { date: row.date, kind: "suspension", label: t("timeline.suspension", { days: row.a ?? "" }) };
      default:
        return { date: row.date, kind: "deadlineChange", label: t("timeline.deadlineChanged", { date: formatDate(row.a ?? row.date, locale) }) };
    }
  };
  return [
    { date: trajectory.startDate, kind: "start" as const, label: t("timeline.start") },
    ...rows.map(label),
    { date: trajectory.deadline, kind: "deadline" as const, label: t("timeline.deadline") },
    { date: today, kind: "today" as const, label: t("timeline.today") },
  ];
}
