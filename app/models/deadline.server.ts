import { Prisma } from "~/generated/prisma/client";
import { DUE_KINDS, REMINDER_KINDS, type DueItem, type DueItemView, type DueKind, type ReminderKind } from "~/domain/deadlines";
import { UNDER_SUPERVISION } from "~/domain/lifecycle";
import { todayIso } from "~/domain/dates";
import { db } from "~/utils/db.server";
import { readInWorker } from "~/utils/read-worker.server";
import { perStateInIndexOrder } from "~/utils/sql.server";
import type { SessionUser } from "~/utils/session.server";
import { seesUnannouncedPlannedVisits, type VisibleTrajectory } from "~/domain/permissions";
import { visibleVisitsSql } from "./access.server";

/**
 * Whose obligations: everything, one organisation's, one inspector's (lead or team) or one
 * trajectory's. "all" and "inspector" are the inspectorate's views; a trajectory's list shows
 * the inspectorate's own items (planned unannounced visits) only when `internal` says the
 * reader is the inspectorate — make it with `dueScopeOfTrajectory`.
 */
export type DueScope =
  | { kind: "all" }
  | { kind: "organisation"; organisationId: string }
  | { kind: "inspector"; userId: string }
  | { kind: "trajectory"; trajectoryId: string; organisationId?: string; internal?: boolean };

/** Whether the scope's reader is the inspectorate; anything else is treated as the organisation. */
function internalScope(scope: DueScope): boolean {
  return scope.kind === "all" || scope.kind === "inspector" || (scope.kind === "trajectory" && scope.internal === true);
}

/** One trajectory's deadlines as this user may see them. */
export function dueScopeOfTrajectory(user: SessionUser, trajectory: VisibleTrajectory): DueScope {
  return seesUnannouncedPlannedVisits(user)
    ? { kind: "trajectory", trajectoryId: trajectory.id, internal: true }
    : { kind: "trajectory", trajectoryId: trajectory.id, organisationId: trajectory.organisationId };
}

export interface DueFilter {
  kinds?: readonly DueKind[];
  overdueOnly?: boolean;
  trajectoryId?: string;
  /** A trajectory by its reference ("VT-2025-001"), as people type it on the deadlines page. */
  reference?: string;
}

/** The deadlines a user sees by default: their own work for inspectors, their organisation's for organisation users. */
export function dueScopeFor(user: Pick<SessionUser, "id" | "role" | "organisationId">): DueScope {
  if (user.role === "ORGANISATION") return { kind: "organisation", organisationId: user.organisationId ?? "-" };
  if (user.role === "INSPECTOR") return { kind: "inspector", userId: user.id };
  return { kind: "all" };
}

/** Restricts a trajectory-id column to the scope: a small id subquery the planner can use an index for. */
function inScope(scope: DueScope, column: Prisma.Sql): Prisma.Sql {
  switch (scope.kind) {
    case "all":
      return Prisma.sql`1 = 1`;
    case "organisation":
      return Prisma.sql`${column} IN (SELECT id FROM Trajectory WHERE organisationId = ${scope.organisationId})`;
    case "inspector":
      return Prisma.sql`${column} IN (SELECT id FROM Trajectory WHERE leadInspectorId = ${scope.userId}
        UNION SELECT trajectoryId FROM TrajectoryMember WHERE userId = ${scope.userId})`;
    case "trajectory":
      return scope.organisationId
        ? Prisma.sql`${column} = ${scope.trajectoryId} AND ${column} IN (SELECT id FROM Trajectory WHERE organisationId = ${scope.organisationId})`
        : Prisma.sql`${column} = ${scope.trajectoryId}`;
  }
}

// The supervision term falls due while it runs: once escalated, the enforcement measure's
// own compliance date is what must happen next, not the end of the term.
const SUPERVISION_TERM_RUNS = UNDER_SUPERVISION.filter((status) => status !== "ESCALATED");

interface Branch {
  /** SELECT list producing kind, id, dueDate, title, trajectoryId. */
  select: Prisma.Sql;
  from: Prisma.Sql;
  /** The states in which the item is still owed: a page's rows are read per state (perStateInIndexOrder). */
  openStatuses?: readonly string[];
  /** Any further condition for "still owed". */
  open?: Prisma.Sql;
  due: Prisma.Sql;
  trajectory: Prisma.Sql;
  /** What the reader may know of (internal: the inspectorate reads). */
  visible?: (internal: boolean) => Prisma.Sql;
  /** Only for the inspectorate: left out of an organisation's scope. */
  internal?: boolean;
}

/** The kinds asked for that the scope may see: any scope but the inspectorate's leaves internal kinds out. */
function kindsFor(scope: DueScope, filter: DueFilter): DueKind[] {
  const kinds = filter.kinds?.length ? filter.kinds : DUE_KINDS;
  return internalScope(scope) ? [...kinds] : kinds.filter((kind) => !BRANCHES[kind].internal);
}

// One branch per kind of obligation; each has an index on (status, due date) or similar.
const BRANCHES: Record<DueKind, Branch> = {
  trajectory: {
    select: Prisma.sql`'trajectory' AS kind, x.id AS id, x.deadline AS dueDate, x.reference AS title, x.id AS trajectoryId`,
    from: Prisma.sql`Trajectory x`,
    openStatuses: SUPERVISION_TERM_RUNS,
    due: Prisma.sql`x.deadline`,
    trajectory: Prisma.sql`x.id`,
  },
  measure: {
    select: Prisma.sql`'measure' AS kind, x.id AS id, x.dueDate AS dueDate, (SELECT n.code FROM Norm n WHERE n.id = x.normId) || ': ' || x.description AS title, x.trajectoryId AS trajectoryId`,
    from: Prisma.sql`RequiredMeasure x`,
    openStatuses: ["OPEN", "IN_PROGRESS"],
    due: Prisma.sql`x.dueDate`,
    trajectory: Prisma.sql`x.trajectoryId`,
  },
  report: {
    select: Prisma.sql`'report' AS kind, x.id AS id, x.dueDate AS dueDate, x.title AS title, x.trajectoryId AS trajectoryId`,
    from: Prisma.sql`ProgressReportRequest x`,
    openStatuses: ["REQUESTED", "MORE_INFO_NEEDED"],
    due: Prisma.sql`x.dueDate`,
    trajectory: Prisma.sql`x.trajectoryId`,
  },
  followUp: {
    select: Prisma.sql`'followUp' AS kind, x.id AS id, x.dueDate AS dueDate, x.title AS title, x.trajectoryId AS trajectoryId`,
    from: Prisma.sql`FollowUpObligation x`,
    openStatuses: ["OPEN"],
    // One row per thing that must happen: an obligation met through a requested report or a
    // plan version is that report's or plan's row, which leaves the list once it is handed in.
    open: Prisma.sql`NOT EXISTS (SELECT 1 FROM ProgressReportRequest r WHERE r.followUpId = x.id)
      AND NOT EXISTS (SELECT 1 FROM ImprovementPlanVersion p WHERE p.followUpId = x.id)`,
    due: Prisma.sql`x.dueDate`,
    trajectory: Prisma.sql`x.trajectoryId`,
  },
  plan: {
    select: Prisma.sql`'plan' AS kind, x.id AS id, x.dueDate AS dueDate, 'v' || x.number AS title, x.trajectoryId AS trajectoryId`,
    from: Prisma.sql`ImprovementPlanVersion x`,
    // A version sent back for sharpening is no longer owed once the next version exists.
    openStatuses: ["DRAFT", "SHARPENING_REQUESTED"],
    open: Prisma.sql`x.dueDate IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM ImprovementPlanVersion nx WHERE nx.trajectoryId = x.trajectoryId AND nx.number > x.number)`,
    due: Prisma.sql`x.dueDate`,
    trajectory: Prisma.sql`x.trajectoryId`,
  },
  // An enforcement measure in force falls due on its compliance deadline, until a check of it is
  // planned or recorded: from then on the check is what is owed.
  enforcement: {
    select: Prisma.sql`'enforcement' AS kind, x.id AS id, x.dueDate AS dueDate,
      (SELECT mt.nameNl FROM EnforcementMeasureType mt WHERE mt.id = x.typeId) AS title, x.trajectoryId AS trajectoryId`,
    from: Prisma.sql`EnforcementMeasure x`,
    openStatuses: ["IN_FORCE"],
    open: Prisma.sql`x.dueDate IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM ComplianceCheck c WHERE c.measureId = x.id AND c.status IN ('PLANNED', 'PROPOSED'))`,
    due: Prisma.sql`x.dueDate`,
    trajectory: Prisma.sql`x.trajectoryId`,
  },
  // A planned compliance check: the inspector's judgement is owed from the day of the check.
  // Internal: a planned check may be unannounced, so organisations never see it listed.
  complianceCheck: {
    select: Prisma.sql`'complianceCheck' AS kind, x.id AS id, x.checkDate AS dueDate,
      (SELECT mt.nameNl FROM EnforcementMeasure m JOIN EnforcementMeasureType mt ON mt.id = m.typeId WHERE m.id = x.measureId) AS title,
      x.trajectoryId AS trajectoryId`,
    from: Prisma.sql`ComplianceCheck x`,
    openStatuses: ["PLANNED"],
    due: Prisma.sql`x.checkDate`,
    trajectory: Prisma.sql`x.trajectoryId`,
    internal: true,
  },
  response: {
    select: Prisma.sql`'response' AS kind, x.id AS id, x.responseDueDate AS dueDate, x.title AS title, x.trajectoryId AS trajectoryId`,
    from: Prisma.sql`DraftReport x`,
    open: Prisma.sql`x.respondedAt IS NULL`,
    due: Prisma.sql`x.responseDueDate`,
    trajectory: Prisma.sql`x.trajectoryId`,
  },
  visit: {
    select: Prisma.sql`'visit' AS kind, x.id AS id, x.date AS dueDate, CASE WHEN x.announced THEN 'ANNOUNCED' ELSE 'UNANNOUNCED' END AS title, x.trajectoryId AS trajectoryId`,
    from: Prisma.sql`Visit x`,
    // A planned visit: once held it is no longer something to come.
    open: Prisma.sql`NOT EXISTS (SELECT 1 FROM VisitHeld h WHERE h.visitId = x.id)`,
    due: Prisma.sql`x.date`,
    trajectory: Prisma.sql`x.trajectoryId`,
    // An unannounced visit stays unannounced (seesVisit in app/domain/permissions.ts).
    visible: (internal) => visibleVisitsSql(internal, "x"),
  },
};

/** The branch's "still owed" condition: one given state, or any of its open states. */
function openWhere(branch: Branch, status?: string): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (status !== undefined) conditions.push(Prisma.sql`x.status = ${status}`);
  else if (branch.openStatuses) conditions.push(Prisma.sql`x.status IN (${Prisma.join([...branch.openStatuses])})`);
  if (branch.open) conditions.push(branch.open);
  return Prisma.join(conditions, " AND ");
}

function branchWhere(branch: Branch, scope: DueScope, filter: DueFilter, today: string, status?: string): Prisma.Sql {
  const conditions = [openWhere(branch, status), inScope(scope, branch.trajectory)];
  if (branch.visible) conditions.push(branch.visible(internalScope(scope)));
  if (filter.overdueOnly) conditions.push(Prisma.sql`${branch.due} < ${today}`);
  if (filter.trajectoryId) conditions.push(Prisma.sql`${branch.trajectory} = ${filter.trajectoryId}`);
  if (filter.reference) conditions.push(Prisma.sql`${branch.trajectory} IN (SELECT id FROM Trajectory WHERE reference = ${filter.reference})`);
  return Prisma.join(conditions, " AND ");
}

/**
 * Everything that falls due in scope — the supervision deadline of trajectories still under
 * supervision, open measures, outstanding report requests, open follow-ups, plans being
 * drafted and unanswered draft reports — earliest first, so overdue items come on top.
 * Two SQL statements whatever the data size: each kind reads only its first skip + take rows
 * through its own index (the union's first rows by (dueDate, id) are among them), and one
 * statement adds up the counts. Overdue is computed from today, never stored.
 */
export async function dueItemsPage(
  scope: DueScope,
  filter: DueFilter = {},
  page: { skip: number; take: number } = { skip: 0, take: 50 },
  today: string = todayIso(),
): Promise<{ items: DueItemView[]; total: number }> {
  const kinds = kindsFor(scope, filter);
  if (kinds.length === 0) return { items: [], total: 0 };
  const counts = kinds.map((kind) => {
    const b = BRANCHES[kind];
    return Prisma.sql`(SELECT COUNT(*) FROM ${b.from} WHERE ${branchWhere(b, scope, filter, today)})`;
  });
  const [items, [{ total }]] = await Promise.all([
    dueRows(scope, filter, page, today),
    db.$queryRaw<[{ total: number | bigint }]>`SELECT ${Prisma.join(counts, " + ")} AS total`,
  ]);
  return { items, total: Number(total) };
}

/** The rows of one page, without the total (one statement). */
async function dueRows(scope: DueScope, filter: DueFilter, page: { skip: number; take: number }, today: string): Promise<DueItemView[]> {
  const kinds = kindsFor(scope, filter);
  if (kinds.length === 0) return [];
  const limit = page.skip + page.take;
  const branches = kinds.map((kind) => {
    const b = BRANCHES[kind];
    const read = (status?: string) =>
      Prisma.sql`SELECT ${b.select} FROM ${b.from} WHERE ${branchWhere(b, scope, filter, today, status)} ORDER BY ${b.due}, x.id LIMIT ${limit}`;
    return b.openStatuses ? perStateInIndexOrder(b.openStatuses, read) : Prisma.sql`SELECT * FROM (${read()})`;
  });
  // CROSS JOIN fixes the join order in SQLite: the few union rows first, then a trajectory by
  // its key for each. A plain JOIN lets the planner scan every trajectory instead.
  const rows = await db.$queryRaw<DueItem[]>`
    SELECT i.kind, i.id, i.dueDate, i.title, i.trajectoryId, t.reference, o.name AS organisationName,
      CASE i.kind
        WHEN 'enforcement' THEN (SELECT mt.nameEn FROM EnforcementMeasure m JOIN EnforcementMeasureType mt ON mt.id = m.typeId WHERE m.id = i.id)
        WHEN 'complianceCheck' THEN (SELECT mt.nameEn FROM ComplianceCheck c JOIN EnforcementMeasure m ON m.id = c.measureId
          JOIN EnforcementMeasureType mt ON mt.id = m.typeId WHERE c.id = i.id)
      END AS titleEn
    FROM (${Prisma.join(branches, " UNION ALL ")}) i
    CROSS JOIN Trajectory t ON t.id = i.trajectoryId
    CROSS JOIN Organisation o ON o.id = t.organisationId
    ORDER BY i.dueDate, i.id
    LIMIT ${page.take} OFFSET ${page.skip}`;
  return rows.map((item) => ({ ...item, overdue: item.dueDate < today }));
}

/** The first `take` due items in scope, overdue first. */
export async function sortedDueItems(scope: DueScope, take = 50): Promise<DueItemView[]> {
  return dueRows(scope, {}, { skip: 0, take }, todayIso());
}

export interface ReminderDueItem extends DueItem {
  kind: ReminderKind;
  organisationId: string;
  leadInspectorId: string;
}

/**
 * Every open item that is overdue or falls due on one of `dates` (the reminder run), with the
 * trajectory's organisation and lead inspector: whoever must act is found from them.
 * One statement on the read worker (decision 006): at 100x scale it reads some ten thousand
 * rows, which on the server's own thread would stall every request in flight. Each half of each
 * kind reads its (state, due date) index (EXPLAIN QUERY PLAN: "SEARCH x USING INDEX
 * …_status_dueDate_idx (status=? AND dueDate<?)"); the follow-up branch's "met through a report
 * or plan" checks read the followUpId indexes.
 */
export async function reminderDueItems(today: string, dates: readonly string[]): Promise<ReminderDueItem[]> {
  const query = reminderDueQuery(today, dates);
  return readInWorker<ReminderDueItem>(query.sql, query.values.map(sqlValue));
}

export function reminderDueQuery(today: string, dates: readonly string[]): Prisma.Sql {
  const branches = REMINDER_KINDS.map((kind) => {
    const b = BRANCHES[kind];
    // Two sargable halves instead of one OR, so each can read the (state, due date) index.
    return Prisma.sql`SELECT ${b.select} FROM ${b.from} WHERE ${openWhere(b)} AND ${b.due} < ${today}
      UNION ALL SELECT ${b.select} FROM ${b.from} WHERE ${openWhere(b)} AND ${b.due} IN (${Prisma.join([...dates])})`;
  });
  return Prisma.sql`
    SELECT i.kind, i.id, i.dueDate, i.title, i.trajectoryId, t.reference, o.name AS organisationName, t.organisationId, t.leadInspectorId
    FROM (${Prisma.join(branches, " UNION ALL ")}) i
    CROSS JOIN Trajectory t ON t.id = i.trajectoryId
    CROSS JOIN Organisation o ON o.id = t.organisationId
    ORDER BY i.dueDate, i.id`;
}

/** The worker binds strings and numbers only; the due-item queries bind nothing else. */
function sqlValue(value: unknown): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  throw new Error(`Unexpected SQL parameter of type ${typeof value}`);
}
