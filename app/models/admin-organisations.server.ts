import type { OrganisationInput } from "~/domain/account-forms";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

// Organisations as the administrator manages them. A deactivated organisation keeps its
// trajectories and history (the inspectorate still reads them); its users cannot sign in.

export async function listSectors(): Promise<string[]> {
  const rows = await db.sector.findMany({ orderBy: { name: "asc" }, select: { name: true } });
  return rows.map((r) => r.name);
}

export async function addSector(actorId: string, name: string): Promise<{ ok: boolean }> {
  return db.$transaction(async (tx) => {
    if (await tx.sector.findUnique({ where: { name }, select: { name: true } })) return { ok: false };
    await tx.sector.create({ data: { name } });
    await recordAudit(tx, { trajectoryId: null, actorId, action: "sector.added", entity: "Sector", entityId: name, after: { name } });
    return { ok: true };
  });
}

/** One page of organisations whose name contains the text or whose KvK number starts with it. */
export async function listOrganisations(filters: { q: string; status: "" | "active" | "inactive" }, page: { skip: number; take: number }) {
  const where = {
    ...(filters.q ? { OR: [{ name: { contains: filters.q } }, { kvkNumber: { startsWith: filters.q } }] } : {}),
    ...(filters.status ? { active: filters.status === "active" } : {}),
  };
  const [rows, total] = await Promise.all([
    db.organisation.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, name: true, kvkNumber: true, sector: true, location: true, active: true, _count: { select: { users: true, trajectories: true } } },
    }),
    db.organisation.count({ where }),
  ]);
  return { organisations: rows.map(({ _count, ...o }) => ({ ...o, users: _count.users, trajectories: _count.trajectories })), total };
}

const EDITABLE = { name: true, kvkNumber: true, sector: true, location: true, address: true, contactName: true, contactEmail: true, contactPhone: true } as const;

export async function getOrganisation(id: string) {
  return db.organisation.findUnique({
    where: { id },
    select: {
      id: true,
      ...EDITABLE,
      active: true,
      _count: { select: { trajectories: true } },
      users: { orderBy: { name: "asc" }, select: { id: true, name: true, email: true, active: true, lastSignInAt: true } },
    },
  });
}

export type OrganisationWriteResult = { ok: true; id: string } | { ok: false; field: "kvkNumber" | "sector"; message: "admin.field.kvkTaken" | "admin.field.sector" };

async function refusal(input: OrganisationInput, exceptId?: string): Promise<OrganisationWriteResult | null> {
  const [taken, sector] = await Promise.all([
    db.organisation.findUnique({ where: { kvkNumber: input.kvkNumber }, select: { id: true } }),
    db.sector.findUnique({ where: { name: input.sector }, select: { name: true } }),
  ]);
  if (taken && taken.id !== exceptId) return { ok: false, field: "kvkNumber", message: "admin.field.kvkTaken" };
  if (!sector) return { ok: false, field: "sector", message: "admin.field.sector" };
  return null;
}

export async function createOrganisation(actorId: string, input: OrganisationInput): Promise<OrganisationWriteResult> {
  const refused = await refusal(input);
  if (refused) return refused;
  return db.$transaction(async (tx) => {
    const created = await tx.organisation.create({ data: input, select: { id: true } });
    await recordAudit(tx, { trajectoryId: null, actorId, action: "organisation.created", entity: "Organisation", entityId: created.id, after: input });
    return { ok: true as const, id: created.id };
  });
}

export async function updateOrganisation(actorId: string, id: string, input: OrganisationInput): Promise<OrganisationWriteResult | null> {
  const before = await db.organisation.findUnique({ where: { id }, select: EDITABLE });
  if (!before) return null;
  const refused = await refusal(input, id);
  if (refused) return refused;
  const changed = (Object.keys(input) as (keyof OrganisationInput)[]).filter((key) => before[key] !== input[key]);
  if (changed.length === 0) return { ok: true, id };
  await db.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id }, data: input, select: { id: true } });
    await recordAudit(tx, {
      trajectoryId: null,
      actorId,
      action: "organisation.updated",
      entity: "Organisation",
      entityId: id,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, input[key]])),
    });
  });
  return { ok: true, id };
}

/** Deactivation signs every user of the organisation out at once; reactivation lets them in again. */
export async function setOrganisationActive(actorId: string, id: string, active: boolean): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({ where: { id }, select: { active: true } });
    if (!org) return false;
    if (org.active === active) return true;
    await tx.organisation.update({ where: { id }, data: { active }, select: { id: true } });
    if (!active) await tx.session.deleteMany({ where: { user: { organisationId: id } } });
    await recordAudit(tx, {
      trajectoryId: null,
      actorId,
      action: active ? "organisation.reactivated" : "organisation.deactivated",
      entity: "Organisation",
      entityId: id,
      before: { active: org.active },
      after: { active },
    });
    return true;
  });
}
