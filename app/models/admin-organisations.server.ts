import { Prisma } from "~/generated/prisma/client";
import type { ActiveStatus, OrganisationEdit, OrganisationInput } from "~/domain/account-forms";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { activeWhere, auditActiveChange } from "./admin-shared.server";
import { insertOrganisation, isManagedSector, organisationMatch } from "./organisation.server";

// Organisations as the administrator manages them. A deactivated organisation keeps its
// trajectories and history (the inspectorate still reads them); its users cannot sign in.

export async function listSectors(): Promise<string[]> {
  const rows = await db.sector.findMany({ orderBy: { name: "asc" }, select: { name: true } });
  return rows.map((r) => r.name);
}

export async function addSector(actorId: string, name: string): Promise<{ ok: boolean }> {
  return db.$transaction(async (tx) => {
    if (await isManagedSector(tx, name)) return { ok: false };
    await tx.sector.create({ data: { name } });
    await recordAudit(tx, { trajectoryId: null, actorId, action: "sector.added", entity: "Sector", entityId: name, after: { name } });
    return { ok: true };
  });
}

/** One page of organisations whose name contains the text or whose KvK number starts with it. */
export async function listOrganisations(filters: { q: string; status: ActiveStatus }, page: { skip: number; take: number }) {
  const where = { ...organisationMatch(filters.q), ...activeWhere(filters.status) };
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
      version: true,
      active: true,
      _count: { select: { trajectories: true } },
      users: { orderBy: { name: "asc" }, select: { id: true, name: true, email: true, active: true, lastSignInAt: true } },
    },
  });
}

type OrganisationFields = Pick<OrganisationInput, keyof typeof EDITABLE>;

export type OrganisationWriteResult = { ok: true; id: string } | { ok: false; field: "kvkNumber" | "sector"; message: "admin.field.kvkTaken" | "admin.field.sector" };

export type OrganisationUpdateResult =
  | OrganisationWriteResult
  /** Someone saved first (decision 005): their organisation as it is now, with its version. */
  | { ok: false; reason: "conflict"; current: OrganisationFields & { version: number } };

const KVK_TAKEN = { ok: false, field: "kvkNumber", message: "admin.field.kvkTaken" } as const;

async function refusal(input: OrganisationInput, exceptId?: string): Promise<Exclude<OrganisationWriteResult, { ok: true }> | null> {
  const [taken, managed] = await Promise.all([
    db.organisation.findUnique({ where: { kvkNumber: input.kvkNumber }, select: { id: true } }),
    isManagedSector(db, input.sector),
  ]);
  if (taken && taken.id !== exceptId) return KVK_TAKEN;
  if (!managed) return { ok: false, field: "sector", message: "admin.field.sector" };
  return null;
}

/** Two saves of one KvK number at the same moment: the unique index refuses the second. */
function isKvkTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createOrganisation(actorId: string, input: OrganisationInput): Promise<OrganisationWriteResult> {
  const refused = await refusal(input);
  if (refused) return refused;
  try {
    const id = await db.$transaction((tx) => insertOrganisation(tx, actorId, input));
    return { ok: true, id };
  } catch (error) {
    if (isKvkTaken(error)) return KVK_TAKEN;
    throw error;
  }
}

/**
 * Saves an edit only if the organisation is still at the version the form started from; a
 * stale save answers with the organisation as it is now and writes nothing (decision 005).
 */
export async function updateOrganisation(actorId: string, id: string, edit: OrganisationEdit): Promise<OrganisationUpdateResult | null> {
  const { version, ...input } = edit;
  const refused = await refusal(input, id);
  if (refused) return refused;
  try {
    const saved = await db.$transaction(async (tx) => {
      const before = await tx.organisation.findUnique({ where: { id }, select: { ...EDITABLE, version: true } });
      if (!before) return null;
      const changed = (Object.keys(input) as (keyof OrganisationFields)[]).filter((key) => before[key] !== input[key]);
      // Nothing to change overwrites nothing, whatever version the form started from.
      if (changed.length === 0) return true;
      // The version in the where clause makes check and write one step: a concurrent save loses here.
      const { count } = await tx.organisation.updateMany({ where: { id, version }, data: { ...input, version: version + 1 } });
      if (count !== 1) return false;
      await recordAudit(tx, {
        trajectoryId: null,
        actorId,
        action: "organisation.updated",
        entity: "Organisation",
        entityId: id,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, input[key]])),
      });
      return true;
    });
    if (saved === null) return null;
    if (saved) return { ok: true, id };
    const current = await db.organisation.findUnique({ where: { id }, select: { ...EDITABLE, version: true } });
    return current ? { ok: false, reason: "conflict", current } : null;
  } catch (error) {
    if (isKvkTaken(error)) return KVK_TAKEN;
    throw error;
  }
}

/** Deactivation signs every user of the organisation out at once; reactivation lets them in again. */
export async function setOrganisationActive(actorId: string, id: string, active: boolean): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({ where: { id }, select: { active: true } });
    if (!org) return false;
    if (org.active === active) return true;
    await tx.organisation.update({ where: { id }, data: { active }, select: { id: true } });
    if (!active) await tx.session.deleteMany({ where: { user: { organisationId: id } } });
    await auditActiveChange(tx, actorId, { entity: "Organisation", id }, active);
    return true;
  });
}
