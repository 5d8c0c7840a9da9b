import { db } from "~/utils/db.server";

export async function countByStatus(): Promise<{ status: string; count: number }[]> {
  const rows = await db.trajectory.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } });
  return rows.map((row) => ({ status: row.status, count: row._count._all }));
}

export async function adminOverview() {
  const [organisations, usersByRole] = await Promise.all([
    db.organisation.findMany({
      select: { id: true, name: true, kvkNumber: true, location: true, _count: { select: { users: true, trajectories: true } } },
      orderBy: { name: "asc" },
      take: 100,
    }),
    db.user.groupBy({ by: ["role"], _count: { _all: true }, orderBy: { role: "asc" } }),
  ]);
  return { organisations, usersByRole: usersByRole.map((r) => ({ role: r.role, count: r._count._all })) };
}
