import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
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

/** One page of trajectories visible to the user, with the total for paging: two queries plus relations. */
export async function listTrajectories(user: SessionUser, filters: TrajectoryFilters, page: { skip: number; take: number }) {
  const and: Prisma.TrajectoryWhereInput[] = [trajectoryScope(user)];
  if (filters.status) and.push({ status: filters.status });
  if (filters.lead) and.push({ leadInspector: { name: { contains: filters.lead } } });
  if (filters.mine) and.push(await myTrajectoriesWhere(user));
  if (filters.organisation) and.push({ organisation: { name: { contains: filters.organisation } } });
  if (filters.q) and.push({ OR: [{ reference: { contains: filters.q } }, { organisation: { name: { contains: filters.q } } }] });
  const where: Prisma.TrajectoryWhereInput = { AND: and };
  const direction = filters.sort === "deadline-desc" ? "desc" : "asc";
  const [rows, total] = await Promise.all([
    db.trajectory.findMany({ where, select: listSelect, orderBy: [{ deadline: direction }, { reference: "asc" }], skip: page.skip, take: page.take }),
    db.trajectory.count({ where }),
  ]);
  return { rows, total };
}

/** Active inspectors, by name: the lead-inspector filter and the team of a new trajectory. */
export async function inspectorOptions() {
  return db.user.findMany({ where: { role: "INSPECTOR", active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
