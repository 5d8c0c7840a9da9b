import { Prisma } from "~/generated/prisma/client";
import { DUE_KINDS, type DueItem, type DueItemView, type DueKind } from "~/domain/deadlines";
import { UNDER_SUPERVISION } from "~/domain/lifecycle";
import { todayIso } from "~/domain/dates";
import { db } from "~/utils/db.server";
import type { SessionUser } from "~/utils/session.server";

/** Whose obligations: everything, one organisation's, one inspector's (lead or team) or one trajectory's. */
export type DueScope =
  | { kind: "all" }
  | { kind: "organisation"; organisationId: string }
  | { kind: "inspector"; userId: string }
  | { kind: "trajectory"; trajectoryId: string; organisationId?: string };

export interface DueFilter {
  kinds?: readonly DueKind[];
  overdueOnly?: boolean;
  trajectoryId?: string;
}

/** The deadlines a user sees by default: their own work for inspectors, their organisation's for organisation users. */
export function dueScopeFor(user: SessionUser): DueScope {
  if (user.role === "ORGANISATION") return { kind: "organisation", organisationId: user.organisationId ?? "-" };
  if (user.role === "INSPECTOR") return { kind: "inspector", userId: user.id };
  return { kind: "all" };
}

function scopeSql(scope: DueScope): Prisma.Sql {
  switch (scope.kind) {
    case "all":
      return Prisma.sql`1 = 1`;
    case "organisation":
      return Prisma.sql`t.organisationId = ${scope.organisationId}`;
    case "inspector":
      return Prisma.sql`(t.leadInspectorId = ${scope.userId}
        OR EXISTS (SELECT 1 FROM TrajectoryMember tm WHERE tm.trajectoryId = t.id AND tm.userId = ${scope.userId}))`;
    case "trajectory":
      return scope.organisationId
        ? Prisma.sql`t.id = ${scope.trajectoryId} AND t.organisationId = ${scope.organisationId}`
        : Prisma.sql`t.id = ${scope.trajectoryId}`;
  }
}

interface DueRow extends DueItem {
  total: number | bigint;
}

/**
 * Everything that falls due in scope — the supervision deadline of trajectories still under
 * supervision, open measures, outstanding report requests, open follow-ups, plans being
 * drafted and unanswered draft reports — earliest first, so overdue items come on top.
 * One SQL statement whatever the data size; overdue is computed from today, never stored.
 */
export async function dueItemsPage(
  scope: DueScope,
  filter: DueFilter = {},
  page: { skip: number; take: number } = { skip: 0, take: 50 },
  today: string = todayIso(),
): Promise<{ items: DueItemView[]; total: number }> {
  const kinds = filter.kinds?.length ? filter.kinds : DUE_KINDS;
  const conditions = [Prisma.sql`kind IN (${Prisma.join([...kinds])})`];
  if (filter.overdueOnly) conditions.push(Prisma.sql`dueDate < ${today}`);
  if (filter.trajectoryId) conditions.push(Prisma.sql`trajectoryId = ${filter.trajectoryId}`);
  const rows = await db.$queryRaw<DueRow[]>`
    WITH scoped AS (
      SELECT t.id, t.reference, t.deadline, t.status, o.name AS organisationName
      FROM Trajectory t JOIN Organisation o ON o.id = t.organisationId
      WHERE ${scopeSql(scope)}
    ),
    items AS (
      SELECT 'trajectory' AS kind, s.id AS id, s.deadline AS dueDate, s.reference AS title, s.id AS trajectoryId, s.reference, s.organisationName
        FROM scoped s WHERE s.status IN (${Prisma.join([...UNDER_SUPERVISION])})
      UNION ALL
      SELECT 'measure', m.id, m.dueDate, n.code || ': ' || m.description, s.id, s.reference, s.organisationName
        FROM RequiredMeasure m JOIN scoped s ON s.id = m.trajectoryId JOIN Norm n ON n.id = m.normId
        WHERE m.status IN ('OPEN', 'IN_PROGRESS')
      UNION ALL
      SELECT 'report', r.id, r.dueDate, r.title, s.id, s.reference, s.organisationName
        FROM ProgressReportRequest r JOIN scoped s ON s.id = r.trajectoryId
        WHERE r.status IN ('REQUESTED', 'MORE_INFO_NEEDED')
      UNION ALL
      SELECT 'followUp', f.id, f.dueDate, f.title, s.id, s.reference, s.organisationName
        FROM FollowUpObligation f JOIN scoped s ON s.id = f.trajectoryId
        WHERE f.status = 'OPEN'
      UNION ALL
      SELECT 'plan', p.id, p.dueDate, 'v' || p.number, s.id, s.reference, s.organisationName
        FROM ImprovementPlanVersion p JOIN scoped s ON s.id = p.trajectoryId
        WHERE p.status IN ('DRAFT', 'SHARPENING_REQUESTED') AND p.dueDate IS NOT NULL
      UNION ALL
      SELECT 'response', d.id, d.responseDueDate, d.title, s.id, s.reference, s.organisationName
        FROM DraftReport d JOIN scoped s ON s.id = d.trajectoryId
        WHERE d.respondedAt IS NULL
    )
    SELECT kind, id, dueDate, title, trajectoryId, reference, organisationName, COUNT(*) OVER () AS total
    FROM items
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY dueDate, reference, id
    LIMIT ${page.take} OFFSET ${page.skip}`;
  const items = rows.map(({ total: _total, ...item }) => ({ ...item, overdue: item.dueDate < today }));
  // COUNT(*) OVER () rides along on every row; an empty page past the end still needs a count.
  const total = rows[0] ? Number(rows[0].total) : page.skip > 0 ? (await dueItemsPage(scope, filter, { skip: 0, take: 1 }, today)).total : 0;
  return { items, total };
}

/** The first `take` due items in scope, overdue first. */
export async function sortedDueItems(scope: DueScope, take = 50): Promise<DueItemView[]> {
  return (await dueItemsPage(scope, {}, { skip: 0, take })).items;
}
