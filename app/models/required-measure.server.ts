// Required measures (verbetermaatregelen): per norm, with a due date and a status. Every
// query names the trajectory, and an edit is refused when someone else saved in between.
import type { Prisma } from "~/generated/prisma/client";
import { isRequiredMeasureOverdue, isRequiredMeasureStatus, type RequiredMeasureStatus } from "~/domain/assessment";
import type { RequiredMeasureInput } from "~/domain/assessment-forms";
import { todayIso } from "~/domain/dates";
import type { PageRequest } from "~/domain/pagination";
import type { Role } from "~/domain/roles";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import type { VisibleTrajectory } from "~/domain/permissions";
import { latestRatings } from "./assessment.server";

type Viewer = { id: string; role: Role };

const measureSelect = {
  id: true,
  description: true,
  dueDate: true,
  status: true,
  version: true,
  updatedAt: true,
  norm: { select: { id: true, code: true, title: true } },
} satisfies Prisma.RequiredMeasureSelect;

function statusOf(value: string): RequiredMeasureStatus {
  return isRequiredMeasureStatus(value) ? value : "OPEN";
}

/** One page of the trajectory's measures, in norm order, each with its norm's latest rating. */
export async function listRequiredMeasures(user: Viewer, trajectoryId: string, page: PageRequest) {
  const where = { trajectoryId };
  const [total, rows] = await Promise.all([
    db.requiredMeasure.count({ where }),
    db.requiredMeasure.findMany({
      where,
      // The id last: a stable order for measures made in the same millisecond (cuids grow with time), on either engine.
      orderBy: [{ norm: { order: "asc" } }, { dueDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      select: measureSelect,
    }),
  ]);
  const ratings = await latestRatings(user, trajectoryId, [...new Set(rows.map((m) => m.norm.id))]);
  const today = todayIso();
  const measures = rows.map((m) => ({
    ...m,
    status: statusOf(m.status),
    overdue: isRequiredMeasureOverdue(m, today),
    latestRating: ratings.get(m.norm.id)?.rating ?? null,
  }));
  return { total, measures };
}

/** A measure of this trajectory; 404 for a measure of any other. */
export async function requireRequiredMeasure(trajectoryId: string, measureId: string) {
  const measure = await db.requiredMeasure.findFirst({ where: { id: measureId, trajectoryId }, select: measureSelect });
  if (!measure) throw new Response("Not found", { status: 404 });
  return { ...measure, status: statusOf(measure.status) };
}
export type RequiredMeasureView = Awaited<ReturnType<typeof requireRequiredMeasure>>;

async function normInTrajectory(trajectory: VisibleTrajectory, normId: string): Promise<boolean> {
  const norm = await db.norm.findFirst({ where: { id: normId, frameworkVersionId: trajectory.frameworkVersionId }, select: { id: true } });
  return norm !== null;
}

const auditFields = (m: { normId: string; description: string; dueDate: string; status: string; version: number }) => ({
  normId: m.normId,
  description: m.description,
  dueDate: m.dueDate,
  status: m.status,
  version: m.version,
});

export async function createRequiredMeasure(
  user: Viewer,
  trajectory: VisibleTrajectory,
  input: RequiredMeasureInput,
): Promise<{ ok: true; id: string } | { ok: false; reason: "unknownNorm" }> {
  if (!(await normInTrajectory(trajectory, input.normId))) return { ok: false, reason: "unknownNorm" };
  return db.$transaction(async (tx) => {
    const measure = await tx.requiredMeasure.create({
      data: { trajectoryId: trajectory.id, ...input, createdById: user.id },
      select: { id: true, normId: true, description: true, dueDate: true, status: true, version: true },
    });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "measure.created",
      entity: "RequiredMeasure",
      entityId: measure.id,
      after: auditFields(measure),
    });
    return { ok: true as const, id: measure.id };
  });
}

export type UpdateRequiredMeasureResult =
  | { ok: true }
  | { ok: false; reason: "unknownNorm" }
  | { ok: false; reason: "conflict"; current: RequiredMeasureView };

/** Saves an edit only if the measure is still at the version the form started from. */
export async function updateRequiredMeasure(
  user: Viewer,
  trajectory: VisibleTrajectory,
  measureId: string,
  input: RequiredMeasureInput & { version: number },
): Promise<UpdateRequiredMeasureResult> {
  if (!(await normInTrajectory(trajectory, input.normId))) return { ok: false, reason: "unknownNorm" };
  const { version, ...fields } = input;
  const saved = await db.$transaction(async (tx) => {
    const before = await tx.requiredMeasure.findFirst({
      where: { id: measureId, trajectoryId: trajectory.id },
      select: { normId: true, description: true, dueDate: true, status: true, version: true },
    });
    if (!before) throw new Response("Not found", { status: 404 });
    // The version in the where clause makes check and write one step: a concurrent save loses here.
    const { count } = await tx.requiredMeasure.updateMany({
      where: { id: measureId, trajectoryId: trajectory.id, version },
      data: { ...fields, version: version + 1 },
    });
    if (count !== 1) return false;
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "measure.updated",
      entity: "RequiredMeasure",
      entityId: measureId,
      before: auditFields(before),
      after: auditFields({ ...fields, version: version + 1 }),
    });
    return true;
  });
  if (saved) return { ok: true };
  return { ok: false, reason: "conflict", current: await requireRequiredMeasure(trajectory.id, measureId) };
}
