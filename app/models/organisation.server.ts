import { recordAudit, type Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

const SEARCH_LIMIT = 20;

/** One search for every organisation list: the name contains the text, or the KvK number starts with it. */
export function organisationMatch(q: string) {
  return q ? { OR: [{ name: { contains: q } }, { kvkNumber: { startsWith: q } }] } : {};
}

/**
 * Organisations whose name contains the text or whose KvK number starts with it: a short
 * list to choose from. An inspectorate supervises thousands of organisations, so the form
 * searches instead of offering them all in one select.
 */
export async function searchOrganisations(text: string) {
  const q = text.trim().slice(0, 100);
  if (!q) return [];
  return db.organisation.findMany({
    where: organisationMatch(q),
    select: { id: true, name: true, kvkNumber: true, location: true },
    orderBy: { name: "asc" },
    take: SEARCH_LIMIT,
  });
}

export interface OrganisationChoice {
  /** An existing organisation chosen from the search results. */
  organisationId: string;
  kvkNumber: string;
  organisationName: string;
  sector: string;
  location: string;
}

export type OrganisationResolution =
  | { ok: true; id: string }
  | {
      ok: false;
      field: "organisationId" | "kvkNumber" | "organisationName" | "sector";
      message: "trajectories.unknownOption" | "trajectories.newOrganisationIncomplete" | "trajectories.kvkTaken" | "admin.field.sector";
      name?: string;
    };

/**
 * The organisation a new trajectory is for: the chosen one, the one registered under the KvK
 * number, or a new one (audited). A KvK number that is already registered, typed together with a
 * new name, is refused rather than silently reused: it is more likely a typo than the same organisation.
 */
export async function resolveOrganisation(tx: Tx, actorId: string, choice: OrganisationChoice): Promise<OrganisationResolution> {
  if (choice.organisationId) {
    const chosen = await tx.organisation.findUnique({ where: { id: choice.organisationId }, select: { id: true } });
    return chosen ? { ok: true, id: chosen.id } : { ok: false, field: "organisationId", message: "trajectories.unknownOption" };
  }
  const registered = await tx.organisation.findUnique({ where: { kvkNumber: choice.kvkNumber }, select: { id: true, name: true } });
  if (registered) {
    if (choice.organisationName && choice.organisationName !== registered.name) {
      return { ok: false, field: "kvkNumber", message: "trajectories.kvkTaken", name: registered.name };
    }
    return { ok: true, id: registered.id };
  }
  if (!choice.organisationName || !choice.sector || !choice.location) {
    return { ok: false, field: "organisationName", message: "trajectories.newOrganisationIncomplete" };
  }
  if (!(await isManagedSector(tx, choice.sector))) return { ok: false, field: "sector", message: "admin.field.sector" };
  const id = await insertOrganisation(tx, actorId, { name: choice.organisationName, kvkNumber: choice.kvkNumber, sector: choice.sector, location: choice.location });
  return { ok: true, id };
}

/** Whether the sector is on the administrator's managed list (issue 12): free text is refused. */
export async function isManagedSector(tx: Tx, name: string): Promise<boolean> {
  return Boolean(await tx.sector.findUnique({ where: { name }, select: { name: true } }));
}

/** A new organisation and its audit event, in the caller's transaction (administration and trajectory creation alike). */
export async function insertOrganisation(
  tx: Tx,
  actorId: string,
  input: { name: string; kvkNumber: string; sector: string; location: string } & Partial<Record<"address" | "contactName" | "contactEmail" | "contactPhone", string>>,
): Promise<string> {
  const created = await tx.organisation.create({ data: input, select: { id: true } });
  await recordAudit(tx, { trajectoryId: null, actorId, action: "organisation.created", entity: "Organisation", entityId: created.id, after: input });
  return created.id;
}

/** The organisation's name, for the header of its trajectory's pages. */
export async function organisationName(id: string): Promise<string> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id }, select: { name: true } });
  return organisation.name;
}
