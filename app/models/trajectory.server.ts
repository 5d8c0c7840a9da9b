import type { Prisma } from "~/generated/prisma/client";
import { isRating, type Rating } from "~/domain/rating";
import { isTrajectoryStatus, type TrajectoryStatus } from "~/domain/lifecycle";
import { db } from "~/utils/db.server";
import type { SessionUser } from "~/utils/session.server";

/**
 * The trajectories a user may see at all. Organisation users see their own organisation's
 * only; every query that reaches a trajectory goes through this, so another organisation's
 * trajectory is simply not found (404), never "forbidden".
 */
export function trajectoryScope(user: SessionUser): Prisma.TrajectoryWhereInput {
  if (user.role === "ORGANISATION") return { organisationId: user.organisationId ?? "-" };
  return {};
}

/** Throws 404 unless the trajectory exists and is visible to the user. */
export async function requireTrajectory(user: SessionUser, id: string) {
  const trajectory = await db.trajectory.findFirst({
    where: { id, ...trajectoryScope(user) },
    select: {
      id: true,
      reference: true,
      status: true,
      organisationId: true,
      leadInspectorId: true,
      frameworkVersionId: true,
      version: true,
      members: { select: { userId: true } },
    },
  });
  if (!trajectory || !isTrajectoryStatus(trajectory.status)) throw new Response("Not found", { status: 404 });
  const { members, status, ...rest } = trajectory;
  return { ...rest, status: status as TrajectoryStatus, memberIds: members.map((m) => m.userId) };
}

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

/** Latest rating per norm, from the newest round that assessed it. Organisation users see published rounds only. */
async function latestRatings(user: SessionUser, trajectoryId: string) {
  const rounds = await db.assessmentRound.findMany({
    where: { trajectoryId, ...(user.role === "ORGANISATION" ? { publishedAt: { not: null } } : {}) },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    select: { id: true, kind: true, title: true, date: true, assessments: { select: { normId: true, rating: true } } },
  });
  const latest = new Map<string, { rating: Rating; roundTitle: string; roundDate: string }>();
  for (const round of rounds) {
    for (const a of round.assessments) {
      if (!latest.has(a.normId) && isRating(a.rating)) {
        latest.set(a.normId, { rating: a.rating, roundTitle: round.title, roundDate: round.date });
      }
    }
  }
  return latest;
}

export async function getTrajectoryOverview(user: SessionUser, id: string) {
  const trajectory = await db.trajectory.findFirst({
    where: { id, ...trajectoryScope(user) },
    select: {
      ...listSelect,
      reason: true,
      legalBasis: true,
      durationMonths: true,
      deadlineOverrideReason: true,
      members: { select: { user: { select: { id: true, name: true } } } },
      frameworkVersion: {
        select: {
          id: true,
          version: true,
          illustrative: true,
          framework: { select: { name: true } },
          norms: { select: { id: true, code: true, title: true }, orderBy: { order: "asc" } },
        },
      },
    },
  });
  if (!trajectory) return null;
  const ratings = await latestRatings(user, id);
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
