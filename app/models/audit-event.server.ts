import { db } from "~/utils/db.server";

/** One page of a trajectory's audit trail, newest first, with the total: two queries plus the actor names. */
export async function listAuditEvents(trajectoryId: string, page: { skip: number; take: number }) {
  const where = { trajectoryId };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      select: { id: true, action: true, entity: true, entityId: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
      skip: page.skip,
      take: page.take,
    }),
    db.auditEvent.count({ where }),
  ]);
  return { events, total };
}
