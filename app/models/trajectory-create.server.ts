import type { CreateTrajectoryForm } from "~/domain/trajectory-forms";
import { supervisionDeadline } from "~/domain/dates";
import type { MessageKey } from "~/i18n";
import { resolveOrganisation } from "~/models/organisation.server";
import { inspectorOptions } from "~/models/trajectory.server";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { dialect } from "~/utils/sql/dialect.server";

export type CreateResult =
  | { ok: true; id: string }
  | { ok: false; field: keyof CreateTrajectoryForm | "team" | "contactName" | "contactEmail"; message: MessageKey; name?: string };

/**
 * The next "VT-<year>-<number>" reference. The number is the highest in use plus one, compared
 * as a number (text order would put VT-2026-1000 before VT-2026-999); references in another
 * form (imported or typed by hand, such as "VT-2026-E2F") are not counted.
 */
export async function nextReference(tx: Pick<typeof db, "$queryRaw">, year: string): Promise<string> {
  const prefix = `VT-${year}-`;
  const [row] = await tx.$queryRaw<{ last: number | bigint | null }[]>(dialect.highestReferenceNumber(prefix));
  const number = Number(row?.last ?? 0) + 1;
  return `${prefix}${String(number).padStart(3, "0")}`;
}

/**
 * Creates an active trajectory in one transaction: the organisation when its KvK number is
 * new (see resolveOrganisation), the team, the computed (or overridden, with reason) deadline and the audit events.
 */
type Refusal = Extract<CreateResult, { ok: false }>;

/** Carries a refusal out of the transaction, so that everything written before it is rolled back. */
class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

/**
 * `within` runs in the same transaction once the organisation is known (issue 12: inviting its
 * contact person); a refusal from it rolls the whole creation back. `created` runs in it once
 * the trajectory exists (issue 15: its origin in a theme's selection).
 */
type CreateArgs = [
  actorId: string,
  form: CreateTrajectoryForm,
  team: string[],
  within?: (tx: Tx, organisationId: string) => Promise<Refusal | null>,
  created?: (tx: Tx, trajectoryId: string) => Promise<void>,
];

export async function createTrajectory(...args: CreateArgs): Promise<CreateResult> {
  try {
    return await createInTransaction(...args);
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}

async function createInTransaction(...[actorId, form, team, within, created]: CreateArgs): Promise<CreateResult> {
  return db.$transaction(async (tx) => {
    const [version, lead, members] = await Promise.all([
      tx.frameworkVersion.findUnique({ where: { id: form.frameworkVersionId }, select: { id: true } }),
      tx.user.findFirst({ where: { id: form.leadInspectorId, role: "INSPECTOR", active: true }, select: { id: true } }),
      tx.user.findMany({ where: { id: { in: team }, role: "INSPECTOR", active: true }, select: { id: true } }),
    ]);
    if (!version) return { ok: false as const, field: "frameworkVersionId" as const, message: "trajectories.unknownOption" as const };
    if (!lead) return { ok: false as const, field: "leadInspectorId" as const, message: "trajectories.unknownOption" as const };
    if (members.length !== team.length) return { ok: false as const, field: "team" as const, message: "trajectories.unknownOption" as const };

    const organisation = await resolveOrganisation(tx, actorId, form);
    if (!organisation.ok) return organisation;
    const refused = within ? await within(tx, organisation.id) : null;
    if (refused) throw new Refused(refused);

    const computed = supervisionDeadline(form.startDate, form.durationMonths);
    const deadline = form.deadlineOverride ?? computed;
    const trajectory = await tx.trajectory.create({
      data: {
        reference: await nextReference(tx, form.startDate.slice(0, 4)),
        organisationId: organisation.id,
        frameworkVersionId: version.id,
        reason: form.reason,
        legalBasis: form.legalBasis,
        leadInspectorId: lead.id,
        startDate: form.startDate,
        durationMonths: form.durationMonths,
        deadline,
        deadlineOverrideReason: form.deadlineOverride ? form.deadlineOverrideReason : null,
        status: "ACTIVE",
        members: { create: members.filter((m) => m.id !== lead.id).map((m) => ({ userId: m.id })) },
      },
      select: { id: true, reference: true },
    });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId,
      action: "trajectory.created",
      entity: "Trajectory",
      entityId: trajectory.id,
      after: { reference: trajectory.reference, startDate: form.startDate, durationMonths: form.durationMonths, deadline, status: "ACTIVE" },
    });
    if (form.deadlineOverride) {
      await tx.deadlineChange.create({
        data: { trajectoryId: trajectory.id, previousDeadline: computed, newDeadline: deadline, reason: form.deadlineOverrideReason, changedById: actorId },
      });
      await recordAudit(tx, {
        trajectoryId: trajectory.id,
        actorId,
        action: "trajectory.deadline_changed",
        entity: "Trajectory",
        entityId: trajectory.id,
        before: { deadline: computed },
        after: { deadline, reason: form.deadlineOverrideReason },
      });
    }
    // Issue 15: a trajectory started from a theme's selection records its origin here.
    if (created) await created(tx, trajectory.id);
    return { ok: true as const, id: trajectory.id };
  });
}

/** What the form offers: every framework version (newest first per framework) and the active inspectors. */
export async function creationOptions() {
  const [versions, inspectors] = await Promise.all([
    db.frameworkVersion.findMany({
      select: { id: true, version: true, framework: { select: { name: true } } },
      orderBy: [{ framework: { name: "asc" } }, { version: "desc" }],
    }),
    inspectorOptions(),
  ]);
  return { versions, inspectors };
}
