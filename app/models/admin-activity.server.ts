import { db } from "~/utils/db.server";

// The administrators' activity page: audit events outside any trajectory (organisations,
// users, sectors, accounts, measure types), newest first.

export const ACTIVITY_ENTITIES = ["Organisation", "User", "Sector", "EnforcementMeasureType", "Framework"] as const;

// Events written before the rename of AdministrativeMeasureType keep their entity name (the
// trail is never rewritten); they are filtered and labelled as the type's current name.
const LEGACY_ENTITY: Record<string, string> = { AdministrativeMeasureType: "EnforcementMeasureType" };
const entityNames = (entity: string) => [entity, ...Object.keys(LEGACY_ENTITY).filter((old) => LEGACY_ENTITY[old] === entity)];

export interface ActivityFilters {
  entity: string;
  actorId: string;
  /** ISO calendar days, Europe/Amsterdam is close enough for a filter: compared as UTC days. */
  from?: string;
  to?: string;
}

export async function listActivity(filters: ActivityFilters, page: { skip: number; take: number }) {
  const createdAt = {
    ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
    ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
  };
  const where = {
    trajectoryId: null,
    ...(filters.entity ? { entity: { in: entityNames(filters.entity) } } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: page.skip,
      take: page.take,
      select: { id: true, action: true, entity: true, entityId: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  return { events: events.map((e) => ({ ...e, entity: LEGACY_ENTITY[e.entity] ?? e.entity })), total };
}

/** The people who made administrative changes, to filter by. */
export async function activityActors() {
  return db.user.findMany({
    where: { auditEvents: { some: { trajectoryId: null } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
