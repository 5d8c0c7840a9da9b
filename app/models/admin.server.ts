import { db } from "~/utils/db.server";

interface OrganisationRow {
  id: string;
  name: string;
  kvkNumber: string;
  location: string;
  users: number | bigint;
  trajectories: number | bigint;
}

/**
 * The administrator's overview: one page of organisations with their user and trajectory
 * counts (counted per shown row through the foreign-key indexes, not over whole tables),
 * the total, and users per role.
 */
export async function adminOverview(page: { skip: number; take: number }) {
  const [rows, organisationCount, usersByRole] = await Promise.all([
    db.$queryRaw<OrganisationRow[]>`
      SELECT o.id, o.name, o.kvkNumber, o.location,
        (SELECT COUNT(*) FROM User u WHERE u.organisationId = o.id) AS users,
        (SELECT COUNT(*) FROM Trajectory t WHERE t.organisationId = o.id) AS trajectories
      FROM Organisation o ORDER BY o.name, o.id LIMIT ${page.take} OFFSET ${page.skip}`,
    db.organisation.count(),
    db.user.groupBy({ by: ["role"], _count: { _all: true }, orderBy: { role: "asc" } }),
  ]);
  return {
    organisations: rows.map((r) => ({ ...r, users: Number(r.users), trajectories: Number(r.trajectories) })),
    organisationCount,
    usersByRole: usersByRole.map((r) => ({ role: r.role, count: r._count._all })),
  };
}
