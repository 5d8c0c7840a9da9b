// The portfolio: aggregates over every trajectory, computed in SQL (groupBy, count, window
// functions) so each figure costs one statement whatever the number of trajectories.
import { Prisma } from "~/generated/prisma/client";
import { addDays, todayIso } from "~/domain/dates";
import { UNDER_SUPERVISION } from "~/domain/lifecycle";
import { emptyTally, type RatingTally } from "~/domain/closure";
import { NEAR_DEADLINE_DAYS, OPEN_STATUSES } from "~/domain/portfolio";
import { isRating } from "~/domain/rating";
import { db } from "~/utils/db.server";
import { placeholders, readInWorker } from "~/utils/read-worker.server";
import { dialect } from "~/utils/sql/dialect.server";
import { perStateInIndexOrder } from "~/utils/sql.server";
import { dueItemsPage } from "./deadline.server";

export async function countByStatus(): Promise<{ status: string; count: number }[]> {
  const rows = await db.trajectory.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } });
  return rows.map((row) => ({ status: row.status, count: row._count._all }));
}

const LIST_SIZE = 20;

interface NearRow {
  id: string;
  reference: string;
  status: string;
  deadline: string;
  organisationName: string;
  leadName: string;
}

/**
 * Under supervision with the deadline within the next 30 days (or already past), earliest
 * first: the first rows per status from the (status, deadline) index, joined key-first.
 */
export async function nearDeadline(today = todayIso()) {
  const until = addDays(today, NEAR_DEADLINE_DAYS);
  const perStatus = perStateInIndexOrder(
    UNDER_SUPERVISION,
    (status) => Prisma.sql`SELECT id FROM Trajectory WHERE status = ${status} AND deadline <= ${until} ORDER BY deadline, reference LIMIT ${LIST_SIZE}`,
  );
  const rows = await db.$queryRaw<NearRow[]>`
      SELECT t.id, t.reference, t.status, t.deadline, o.name AS organisationName, u.name AS leadName
      FROM (${perStatus}) x
      CROSS JOIN Trajectory t ON t.id = x.id
      CROSS JOIN Organisation o ON o.id = t.organisationId
      CROSS JOIN User u ON u.id = t.leadInspectorId
      ORDER BY t.deadline, t.reference LIMIT ${LIST_SIZE}`;
  return rows.map(({ organisationName, leadName, ...row }) => ({
    ...row,
    organisation: { name: organisationName },
    leadInspector: { name: leadName },
    overdue: row.deadline < today,
  }));
}

/** Overdue submissions and required measures across the portfolio, one page. */
export async function overdueSubmissions(page: { skip: number; take: number }, today = todayIso()) {
  return dueItemsPage({ kind: "all" }, { kinds: ["measure", "report", "plan", "followUp", "response", "complianceCheck"], overdueOnly: true }, page, today);
}

interface ListedTrajectory {
  trajectoryId: string;
  reference: string;
  organisationName: string;
}

/** The trajectory a listed row links to, in the shape the page shows. */
function linkedTrajectory({ trajectoryId, reference, organisationName }: ListedTrajectory) {
  return { id: trajectoryId, reference, organisation: { name: organisationName } };
}

// The lists below are one statement each, their totals come from portfolioTotals: the first rows from the (status, date) index,
// their trajectory, organisation and names joined key-first. Through Prisma's nested selects
// each cost four or five statements, and at 100x statements rather than rows made the portfolio
// the slowest page (issue 16).

/** Enforcement measures still in force after their due date. */
export async function overdueEnforcementMeasures(today = todayIso()) {
  const rows = await db.$queryRaw<(ListedTrajectory & { id: string; dueDate: string | null; nameNl: string; nameEn: string })[]>`
    SELECT m.id, m.dueDate, mt.nameNl, mt.nameEn, t.id AS trajectoryId, t.reference, o.name AS organisationName
    FROM (SELECT id FROM EnforcementMeasure WHERE status = 'IN_FORCE' AND dueDate < ${today} ORDER BY dueDate, id LIMIT ${LIST_SIZE}) x
    CROSS JOIN EnforcementMeasure m ON m.id = x.id
    CROSS JOIN EnforcementMeasureType mt ON mt.id = m.typeId
    CROSS JOIN Trajectory t ON t.id = m.trajectoryId
    CROSS JOIN Organisation o ON o.id = t.organisationId
    ORDER BY m.dueDate, m.id`;
  return rows.map((row) => ({ id: row.id, dueDate: row.dueDate, type: { nameNl: row.nameNl, nameEn: row.nameEn }, trajectory: linkedTrajectory(row) }));
}

/** Compliance findings awaiting a manager's decision, the oldest first. */
export async function checksAwaitingDecision() {
  const rows = await db.$queryRaw<(ListedTrajectory & { id: string; checkDate: string; finding: string | null; nameNl: string; nameEn: string })[]>`
    SELECT c.id, c.checkDate, c.finding, mt.nameNl, mt.nameEn, t.id AS trajectoryId, t.reference, o.name AS organisationName
    FROM (SELECT id FROM ComplianceCheck WHERE status = 'PROPOSED' ORDER BY checkDate, id LIMIT ${LIST_SIZE}) x
    CROSS JOIN ComplianceCheck c ON c.id = x.id
    CROSS JOIN EnforcementMeasure m ON m.id = c.measureId
    CROSS JOIN EnforcementMeasureType mt ON mt.id = m.typeId
    CROSS JOIN Trajectory t ON t.id = c.trajectoryId
    CROSS JOIN Organisation o ON o.id = t.organisationId
    ORDER BY c.checkDate, c.id`;
  return rows.map((row) => ({
    id: row.id,
    checkDate: row.checkDate,
    finding: row.finding,
    measure: { type: { nameNl: row.nameNl, nameEn: row.nameEn } },
    trajectory: linkedTrajectory(row),
  }));
}

/** Proposals awaiting a decision, the oldest first: they have waited longest. */
export async function pendingProposals() {
  const rows = await db.$queryRaw<(ListedTrajectory & { id: string; outcome: string; createdAt: string; proposerName: string })[]>`
    SELECT p.id, p.outcome, ${dialect.instantAsText(Prisma.sql`p.createdAt`)} AS createdAt, u.name AS proposerName,
      t.id AS trajectoryId, t.reference, o.name AS organisationName
    FROM (SELECT id FROM ClosureProposal WHERE status = 'PENDING' ORDER BY createdAt, id LIMIT ${LIST_SIZE}) x
    CROSS JOIN ClosureProposal p ON p.id = x.id
    CROSS JOIN User u ON u.id = p.proposedById
    CROSS JOIN Trajectory t ON t.id = p.trajectoryId
    CROSS JOIN Organisation o ON o.id = t.organisationId
    ORDER BY p.createdAt, p.id`;
  return rows.map((row) => ({
    id: row.id,
    outcome: row.outcome,
    createdAt: new Date(row.createdAt),
    proposedBy: { name: row.proposerName },
    trajectory: linkedTrajectory(row),
  }));
}

export interface PortfolioTotals {
  byStatus: { status: string; count: number }[];
  nearDeadline: number;
  overdueEnforcement: number;
  checksAwaiting: number;
  pendingProposals: number;
}

/**
 * Every count the portfolio shows beside its lists, in one statement: each an index range
 * count (status first), so a few hundred microseconds at 100x; as separate statements their
 * round trips cost more than the counting.
 */
export async function portfolioTotals(today = todayIso()): Promise<PortfolioTotals> {
  const until = addDays(today, NEAR_DEADLINE_DAYS);
  const rows = await db.$queryRaw<{ figure: string; n: number | bigint }[]>`
    SELECT 'status:' || status AS figure, COUNT(*) AS n FROM Trajectory GROUP BY status
    UNION ALL SELECT 'near', COUNT(*) FROM Trajectory WHERE status IN (${Prisma.join([...UNDER_SUPERVISION])}) AND deadline <= ${until}
    UNION ALL SELECT 'enforcement', COUNT(*) FROM EnforcementMeasure WHERE status = 'IN_FORCE' AND dueDate < ${today}
    UNION ALL SELECT 'checks', COUNT(*) FROM ComplianceCheck WHERE status = 'PROPOSED'
    UNION ALL SELECT 'proposals', COUNT(*) FROM ClosureProposal WHERE status = 'PENDING'`;
  const figure = (name: string) => Number(rows.find((row) => row.figure === name)?.n ?? 0);
  return {
    byStatus: rows
      .filter((row) => row.figure.startsWith("status:"))
      .map((row) => ({ status: row.figure.slice("status:".length), count: Number(row.n) }))
      .sort((a, b) => (a.status < b.status ? -1 : a.status > b.status ? 1 : 0)),
    nearDeadline: figure("near"),
    overdueEnforcement: figure("enforcement"),
    checksAwaiting: figure("checks"),
    pendingProposals: figure("proposals"),
  };
}

export async function pendingProposalCount(): Promise<number> {
  return db.closureProposal.count({ where: { status: "PENDING" } });
}

interface WorkloadRow {
  id: string;
  name: string;
  lead: number;
  team: number;
}

/**
 * The inspectors with the most open trajectories (lead or team), busiest first, and how many
 * have any. Reads every open trajectory: run on the read worker, off the request thread.
 */
export async function workload(take = 25) {
  const open = [...OPEN_STATUSES];
  const [rows, [count]] = await Promise.all([
    readInWorker<WorkloadRow>(
      `WITH lead AS (SELECT leadInspectorId AS userId, COUNT(*) AS n FROM Trajectory WHERE status IN (${placeholders(open)}) GROUP BY leadInspectorId),
      team AS (SELECT m.userId, COUNT(*) AS n FROM TrajectoryMember m JOIN Trajectory t ON t.id = m.trajectoryId WHERE t.status IN (${placeholders(open)}) GROUP BY m.userId)
      SELECT u.id, u.name, COALESCE(l.n, 0) AS lead, COALESCE(tm.n, 0) AS team
      FROM User u LEFT JOIN lead l ON l.userId = u.id LEFT JOIN team tm ON tm.userId = u.id
      WHERE u.role = 'INSPECTOR' AND u.active = TRUE
      ORDER BY COALESCE(l.n, 0) + COALESCE(tm.n, 0) DESC, u.name LIMIT ?`,
      [...open, ...open, take],
    ),
    readInWorker<{ n: number }>(`SELECT COUNT(*) AS n FROM User WHERE role = 'INSPECTOR' AND active = TRUE`),
  ]);
  return { rows, total: count?.n ?? 0 };
}

interface TallyRow {
  series: "baseline" | "latest";
  rating: string;
  n: number;
}

/**
 * Norm ratings across the portfolio: at baseline (the baseline round of each trajectory) and
 * latest (per trajectory and norm, the newest round that assessed it). One statement over
 * every norm assessment, so it runs on the read worker, off the request thread.
 */
export async function ratingDistribution(): Promise<{ baseline: RatingTally; latest: RatingTally }> {
  const rows = await readInWorker<TallyRow>(`
    WITH ranked AS (
      SELECT na.rating, r.kind,
        ROW_NUMBER() OVER (PARTITION BY r.trajectoryId, na.normId ORDER BY r.date DESC, r.createdAt DESC, r.id DESC) AS rn
      FROM NormAssessment na JOIN AssessmentRound r ON r.id = na.roundId
    )
    SELECT 'baseline' AS series, rating, COUNT(*) AS n FROM ranked WHERE kind = 'BASELINE' GROUP BY rating
    UNION ALL
    SELECT 'latest' AS series, rating, COUNT(*) AS n FROM ranked WHERE rn = 1 GROUP BY rating`);
  const result = { baseline: emptyTally(), latest: emptyTally() };
  for (const row of rows) {
    if (isRating(row.rating)) result[row.series][row.rating] += row.n;
  }
  return result;
}

export interface ExportRow {
  reference: string;
  organisation: string;
  status: string;
  startDate: string;
  deadline: string;
  lead: string;
  roundTitle: string | null;
  roundTitleCode: string | null;
  roundTitleParams: string | null;
  roundDate: string | null;
  meets: number;
  largelyMeets: number;
  partlyMeets: number;
  doesNotMeet: number;
  notAssessed: number;
}

type RawExportRow = { [K in keyof ExportRow]: ExportRow[K] extends number ? number | bigint : ExportRow[K] };

/** Every trajectory with its latest round's rating counts, for the CSV export. One statement. */
export async function exportRows(): Promise<ExportRow[]> {
  const rows = await db.$queryRaw<RawExportRow[]>`
    WITH latest AS (
      SELECT id, trajectoryId, title, titleCode, titleParams, date FROM (
        SELECT r.id, r.trajectoryId, r.title, r.titleCode, r.titleParams, r.date,
          ROW_NUMBER() OVER (PARTITION BY r.trajectoryId ORDER BY r.date DESC, r.createdAt DESC, r.id DESC) AS rn
        FROM AssessmentRound r
      ) WHERE rn = 1
    )
    SELECT t.reference, o.name AS organisation, t.status, t.startDate, t.deadline, u.name AS lead,
      l.title AS roundTitle, l.titleCode AS roundTitleCode, l.titleParams AS roundTitleParams, l.date AS roundDate,
      COALESCE(SUM(CASE WHEN na.rating = 'MEETS' THEN 1 ELSE 0 END), 0) AS meets,
      COALESCE(SUM(CASE WHEN na.rating = 'LARGELY_MEETS' THEN 1 ELSE 0 END), 0) AS largelyMeets,
      COALESCE(SUM(CASE WHEN na.rating = 'PARTLY_MEETS' THEN 1 ELSE 0 END), 0) AS partlyMeets,
      COALESCE(SUM(CASE WHEN na.rating = 'DOES_NOT_MEET' THEN 1 ELSE 0 END), 0) AS doesNotMeet,
      COALESCE(SUM(CASE WHEN na.rating = 'NOT_ASSESSED' THEN 1 ELSE 0 END), 0) AS notAssessed
    FROM Trajectory t
    JOIN Organisation o ON o.id = t.organisationId
    JOIN User u ON u.id = t.leadInspectorId
    LEFT JOIN latest l ON l.trajectoryId = t.id
    LEFT JOIN NormAssessment na ON na.roundId = l.id
    GROUP BY t.id, t.reference, o.name, t.status, t.startDate, t.deadline, u.name, l.title, l.titleCode, l.titleParams, l.date
    ORDER BY t.reference`;
  return rows.map((row) => ({
    ...row,
    meets: Number(row.meets),
    largelyMeets: Number(row.largelyMeets),
    partlyMeets: Number(row.partlyMeets),
    doesNotMeet: Number(row.doesNotMeet),
    notAssessed: Number(row.notAssessed),
  }));
}
