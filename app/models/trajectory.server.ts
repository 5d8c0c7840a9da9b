import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { keysetPage, type KeysetRequest, type ListKey } from "~/domain/keyset";
import type { VisibleTrajectory } from "~/domain/permissions";
import type { SessionUser } from "~/utils/session.server";
import { trajectoryScope } from "./access.server";
import { latestRatings } from "./assessment.server";

/**
 * The trajectories an inspector leads or is on the team of. Resolved to ids through the two
 * indexes first: "lead OR member" as one filter makes SQLite scan every trajectory.
 */
export async function myTrajectoriesWhere(user: SessionUser): Promise<Prisma.TrajectoryWhereInput> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM Trajectory WHERE leadInspectorId = ${user.id}
    UNION SELECT trajectoryId FROM TrajectoryMember WHERE userId = ${user.id}`;
  return { id: { in: rows.map((row) => row.id) } };
}

const listSelect = {
  id: true,
  reference: true,
  status: true,
  startDate: true,
  deadline: true,
  organisation: { select: { id: true, name: true } },
  leadInspector: { select: { id: true, name: true } },
} satisfies Prisma.TrajectorySelect;

export async function listTrajectorySummaries(where: Prisma.TrajectoryWhereInput, take = 50) {
  return db.trajectory.findMany({ where, select: listSelect, orderBy: [{ deadline: "asc" }, { reference: "asc" }], take });
}

/**
 * What the overview page reads of the trajectory row, in the same query that checks access
 * (`requireTrajectoryAccess(user, id, "read", overviewSelect)`). Members select `userId`, which
 * the access check needs too.
 */
export const overviewSelect = {
  ...listSelect,
  reason: true,
  reasonCode: { select: { code: true, params: true } },
  legalBasis: true,
  durationMonths: true,
  deadlineOverrideReason: true,
  members: { select: { userId: true, user: { select: { id: true, name: true } } } },
  frameworkVersion: {
    select: {
      id: true,
      version: true,
      illustrative: true,
      framework: { select: { name: true } },
      norms: { select: { id: true, code: true, title: true }, orderBy: { order: "asc" } },
    },
  },
} satisfies Prisma.TrajectorySelect;

/** The overview of a trajectory the user may see: its details with the latest rating per norm. */
export async function getTrajectoryOverview(user: SessionUser, visible: VisibleTrajectory & { details: Prisma.TrajectoryGetPayload<{ select: typeof overviewSelect }> }) {
  const trajectory = visible.details;
  const ratings = await latestRatings(user, visible.id);
  const norms = trajectory.frameworkVersion.norms.map((norm) => ({ ...norm, latest: ratings.get(norm.id) ?? null }));
  return { ...trajectory, norms };
}

export interface TrajectoryFilters {
  status?: string;
  /** Part of the lead inspector's name (a select of every inspector would not scale). */
  lead?: string;
  /** Only trajectories the user leads or is on the team of. */
  mine?: boolean;
  organisation?: string;
  q?: string;
  sort: "deadline-asc" | "deadline-desc";
}

/**
 * One page of trajectories visible to the user, the total, and where the page sits. A page asked
 * for by key (app/domain/keyset.ts) starts at that key in the `(deadline, reference)` index; the
 * count of rows before it is an index range count, not a walk through the rows shown before.
 */
export async function listTrajectories(user: SessionUser, filters: TrajectoryFilters, page: KeysetRequest) {
  const and: Prisma.TrajectoryWhereInput[] = [trajectoryScope(user)];
  if (filters.status) and.push({ status: filters.status });
  if (filters.lead) and.push({ leadInspector: { name: { contains: filters.lead } } });
  if (filters.mine) and.push(await myTrajectoriesWhere(user));
  if (filters.organisation) and.push({ organisation: { name: { contains: filters.organisation } } });
  if (filters.q) and.push({ OR: [{ reference: { contains: filters.q } }, { organisation: { name: { contains: filters.q } } }] });
  const where: Prisma.TrajectoryWhereInput = { AND: and };
  const ascending = filters.sort !== "deadline-desc";
  // Both parts of the key run the same way, so one index serves either direction.
  const order = (forward: boolean): Prisma.TrajectoryOrderByWithRelationInput[] => {
    const direction = forward === ascending ? "asc" : "desc";
    return [{ deadline: direction }, { reference: direction }];
  };
  const read = (extra: Prisma.TrajectoryWhereInput | null, forward: boolean, skip = 0) =>
    db.trajectory.findMany({ where: extra ? { AND: [where, extra] } : where, select: listSelect, orderBy: order(forward), skip, take: page.take });
  const totalQuery = db.trajectory.count({ where });

  if (page.kind === "offset") {
    const [rows, total] = await Promise.all([read(null, true, page.skip), totalQuery]);
    return { rows, ...keysetPage(rows, page.skip, total) };
  }
  let rows =
    page.kind === "after" ? await read(beyondKey(page.key, ascending), true) : (await read(page.kind === "before" ? beyondKey(page.key, !ascending) : null, false)).reverse();
  // "Previous" from a page that started a few rows in: show a full first page rather than a short one.
  if (page.kind === "before" && rows.length < page.take) rows = await read(null, true);
  const first = rows[0];
  const [before, total] = await Promise.all([
    first ? db.trajectory.count({ where: { AND: [where, beyondKey(first, !ascending)] } }) : Promise.resolve(0),
    totalQuery,
  ]);
  return { rows, ...keysetPage(rows, first ? before : total, total) };
}

/**
 * The rows strictly beyond `key` in (deadline, reference) order, upwards or downwards. Written as
 * a range on the deadline plus a tie-break so both engines start the index scan at the key
 * (`deadline > d OR (deadline = d AND …)` alone makes SQLite scan the index from its first row).
 */
function beyondKey(key: ListKey, upwards: boolean): Prisma.TrajectoryWhereInput {
  const strictly = upwards ? "gt" : "lt";
  const orEqual = upwards ? "gte" : "lte";
  return { AND: [{ deadline: { [orEqual]: key.deadline } }, { OR: [{ deadline: { [strictly]: key.deadline } }, { reference: { [strictly]: key.reference } }] }] };
}

/** Active inspectors, by name: the lead-inspector filter and the team of a new trajectory. */
export async function inspectorOptions() {
  return db.user.findMany({ where: { role: "INSPECTOR", active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
