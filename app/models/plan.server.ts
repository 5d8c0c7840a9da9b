// The improvement plan (verbeterplan): versions with actions per norm or required measure.
// Every change to a draft bumps the version's `version` in the same statement that checks it,
// so a stale form is refused (409) and a submitted version is frozen: the where clause
// demands status DRAFT, whatever the page showed.
import type { Prisma } from "~/generated/prisma/client";
import { canStartNextVersion, isPlanStatus, nextActionOrder, type PlanRefusal, type PlanStatus } from "~/domain/plan";
import type { PlanActionInput, PlanReviewInput } from "~/domain/plan-forms";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { notify } from "./notification.server";
import { db } from "~/utils/db.server";
import type { VisibleTrajectory } from "~/domain/permissions";
import { markFollowUpMet } from "./follow-up.server";

type Actor = { id: string };

const MAX_VERSIONS = 100;

const versionSelect = {
  id: true,
  number: true,
  status: true,
  summary: true,
  dueDate: true,
  submittedAt: true,
  reviewedAt: true,
  reviewComment: true,
  followUpId: true,
  version: true,
  createdAt: true,
} satisfies Prisma.ImprovementPlanVersionSelect;

const actionSelect = {
  id: true,
  order: true,
  description: true,
  owner: true,
  dueDate: true,
  status: true,
  progress: true,
  normId: true,
  measureId: true,
  norm: { select: { code: true, title: true } },
  measure: { select: { description: true, norm: { select: { code: true } } } },
} satisfies Prisma.PlanActionSelect;

function withStatus<T extends { status: string }>(row: T): T & { status: PlanStatus } {
  return { ...row, status: isPlanStatus(row.status) ? row.status : "DRAFT" };
}

/** All versions of the trajectory's plan, newest first, with their action counts: one query. */
export async function listPlanVersions(trajectoryId: string) {
  const rows = await db.improvementPlanVersion.findMany({
    where: { trajectoryId },
    orderBy: { number: "desc" },
    take: MAX_VERSIONS,
    select: { ...versionSelect, _count: { select: { actions: true } } },
  });
  return rows.map(withStatus);
}

/** One version of this trajectory's plan with its actions; 404 for any other. */
export async function requirePlanVersion(trajectoryId: string, versionId: string) {
  const row = await db.improvementPlanVersion.findFirst({
    where: { id: versionId, trajectoryId },
    select: { ...versionSelect, actions: { select: actionSelect, orderBy: { order: "asc" } } },
  });
  if (!row) throw new Response("Not found", { status: 404 });
  return withStatus(row);
}
export type PlanVersionView = Awaited<ReturnType<typeof requirePlanVersion>>;

/** A version by its number, for the comparison page (null when there is no such number). */
export async function planVersionByNumber(trajectoryId: string, number: number) {
  const row = await db.improvementPlanVersion.findFirst({
    where: { trajectoryId, number },
    select: { ...versionSelect, actions: { select: actionSelect, orderBy: { order: "asc" } } },
  });
  return row ? withStatus(row) : null;
}

/** What an action can point at: the framework's norms and this trajectory's measures. */
export async function planChoices(trajectory: VisibleTrajectory) {
  const [norms, measures] = await Promise.all([
    db.norm.findMany({ where: { frameworkVersionId: trajectory.frameworkVersionId }, orderBy: { order: "asc" }, select: { id: true, code: true, title: true } }),
    db.requiredMeasure.findMany({
      where: { trajectoryId: trajectory.id },
      orderBy: [{ norm: { order: "asc" } }, { createdAt: "asc" }],
      take: 200,
      select: { id: true, description: true, normId: true, norm: { select: { code: true } } },
    }),
  ]);
  return { norms, measures };
}

export type PlanChangeResult = { ok: true; id?: string } | PlanRefusal<PlanVersionView>;

type RefusalReason = Exclude<PlanChangeResult, { ok: true }>["reason"];

/** Thrown inside a transaction to roll it back; `change` turns it into a result. */
class Refused extends Error {
  constructor(readonly reason: RefusalReason) {
    super(reason);
  }
}

/** Claims the draft at the version the form started from, or explains why not. */
async function claimDraft(tx: Tx, trajectoryId: string, versionId: string, version: number): Promise<void> {
  const { count } = await tx.improvementPlanVersion.updateMany({
    where: { id: versionId, trajectoryId, status: "DRAFT", version },
    data: { version: version + 1 },
  });
  if (count === 1) return;
  const current = await tx.improvementPlanVersion.findFirst({ where: { id: versionId, trajectoryId }, select: { status: true } });
  if (!current) throw new Response("Not found", { status: 404 });
  throw new Refused(current.status === "DRAFT" ? "conflict" : "frozen");
}

/** Runs a change in one transaction; a refusal rolls it back and comes back as a result. */
async function change(trajectoryId: string, versionId: string, run: (tx: Tx) => Promise<PlanChangeResult>): Promise<PlanChangeResult> {
  try {
    return await db.$transaction(run);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    if (error.reason === "conflict") return { ok: false, reason: "conflict", current: await requirePlanVersion(trajectoryId, versionId) };
    return { ok: false, reason: error.reason };
  }
}

/** Checks the action's norm and measure belong to this trajectory; a measure implies its norm. */
async function resolveTargets(tx: Tx, trajectory: VisibleTrajectory, input: PlanActionInput) {
  let normId = input.normId;
  if (input.measureId) {
    const measure = await tx.requiredMeasure.findFirst({ where: { id: input.measureId, trajectoryId: trajectory.id }, select: { normId: true } });
    if (!measure || (normId && normId !== measure.normId)) throw new Refused("unknownMeasure");
    normId = measure.normId;
  }
  if (normId) {
    const norm = await tx.norm.findFirst({ where: { id: normId, frameworkVersionId: trajectory.frameworkVersionId }, select: { id: true } });
    if (!norm) throw new Refused("unknownNorm");
  }
  return { normId, measureId: input.measureId };
}

const actionFields = (input: PlanActionInput) => ({
  description: input.description,
  owner: input.owner,
  dueDate: input.dueDate,
  status: input.status,
  progress: input.progress,
});

/**
 * Starts the next version as a copy of the last one (actions and summary). After a request to
 * sharpen, it answers the same follow-up and due date; otherwise it answers the earliest open
 * improvement-plan follow-up, if any. Allowed when there is none yet or the last was reviewed.
 */
export async function startPlanVersion(user: Actor, trajectory: VisibleTrajectory): Promise<PlanChangeResult> {
  return change(trajectory.id, "", async (tx): Promise<PlanChangeResult> => {
    const last = await tx.improvementPlanVersion.findFirst({
      where: { trajectoryId: trajectory.id },
      orderBy: { number: "desc" },
      select: { id: true, number: true, status: true, summary: true, dueDate: true, followUpId: true, actions: { orderBy: { order: "asc" } } },
    });
    if (!canStartNextVersion(last?.status ?? null)) throw new Refused("notAllowed");
    const sharpening = last?.status === "SHARPENING_REQUESTED";
    const obligation = sharpening
      ? null
      : await tx.followUpObligation.findFirst({
          where: { trajectoryId: trajectory.id, kind: "IMPROVEMENT_PLAN", status: "OPEN" },
          orderBy: { dueDate: "asc" },
          select: { id: true, dueDate: true },
        });
    // The unique (trajectoryId, number) makes two simultaneous starts end with one new version.
    const created = await tx.improvementPlanVersion.create({
      data: {
        trajectoryId: trajectory.id,
        number: (last?.number ?? 0) + 1,
        status: "DRAFT",
        summary: last?.summary ?? "",
        dueDate: sharpening ? last.dueDate : (obligation?.dueDate ?? null),
        followUpId: sharpening ? last.followUpId : (obligation?.id ?? null),
        actions: {
          create: (last?.actions ?? []).map((a) => ({
            normId: a.normId,
            measureId: a.measureId,
            description: a.description,
            owner: a.owner,
            dueDate: a.dueDate,
            status: a.status,
            progress: a.progress,
            order: a.order,
          })),
        },
      },
      select: { id: true, number: true },
    });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "plan.created",
      entity: "ImprovementPlanVersion",
      entityId: created.id,
      after: { number: created.number, status: "DRAFT", copiedFrom: last?.number ?? null },
    });
    return { ok: true, id: created.id };
  });
}

export async function savePlanSummary(user: Actor, trajectory: VisibleTrajectory, versionId: string, input: { summary: string; version: number }) {
  return change(trajectory.id, versionId, async (tx) => {
    const before = await tx.improvementPlanVersion.findFirst({ where: { id: versionId, trajectoryId: trajectory.id }, select: { summary: true } });
    await claimDraft(tx, trajectory.id, versionId, input.version);
    await tx.improvementPlanVersion.update({ where: { id: versionId }, data: { summary: input.summary } });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "plan.summaryUpdated",
      entity: "ImprovementPlanVersion",
      entityId: versionId,
      before,
      after: { summary: input.summary },
    });
    return { ok: true };
  });
}

export async function addPlanAction(user: Actor, trajectory: VisibleTrajectory, versionId: string, input: PlanActionInput) {
  return change(trajectory.id, versionId, async (tx) => {
    await claimDraft(tx, trajectory.id, versionId, input.version);
    const targets = await resolveTargets(tx, trajectory, input);
    const plan = await tx.improvementPlanVersion.findUniqueOrThrow({ where: { id: versionId }, select: { number: true, actions: { select: { order: true } } } });
    const previous = await tx.planAction.findMany({
      where: { planVersion: { trajectoryId: trajectory.id, number: plan.number - 1 } },
      select: { order: true },
    });
    const action = await tx.planAction.create({
      data: { planVersionId: versionId, ...targets, ...actionFields(input), order: nextActionOrder(plan.actions.map((a) => a.order), previous.map((a) => a.order)) },
      select: { id: true, order: true },
    });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "plan.actionAdded",
      entity: "PlanAction",
      entityId: action.id,
      after: { planVersionId: versionId, order: action.order, ...targets, ...actionFields(input) },
    });
    return { ok: true, id: action.id };
  });
}

async function requireActionIn(tx: Tx, versionId: string, actionId: string) {
  const action = await tx.planAction.findFirst({
    where: { id: actionId, planVersionId: versionId },
    select: { normId: true, measureId: true, description: true, owner: true, dueDate: true, status: true, progress: true, order: true },
  });
  if (!action) throw new Response("Not found", { status: 404 });
  return action;
}

export async function updatePlanAction(user: Actor, trajectory: VisibleTrajectory, versionId: string, actionId: string, input: PlanActionInput) {
  return change(trajectory.id, versionId, async (tx) => {
    await claimDraft(tx, trajectory.id, versionId, input.version);
    const before = await requireActionIn(tx, versionId, actionId);
    const targets = await resolveTargets(tx, trajectory, input);
    await tx.planAction.update({ where: { id: actionId }, data: { ...targets, ...actionFields(input) } });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "plan.actionUpdated",
      entity: "PlanAction",
      entityId: actionId,
      before,
      after: { ...targets, ...actionFields(input), order: before.order },
    });
    return { ok: true };
  });
}

export async function removePlanAction(user: Actor, trajectory: VisibleTrajectory, versionId: string, actionId: string, version: number) {
  return change(trajectory.id, versionId, async (tx) => {
    await claimDraft(tx, trajectory.id, versionId, version);
    const before = await requireActionIn(tx, versionId, actionId);
    await tx.planAction.delete({ where: { id: actionId } });
    await recordAudit(tx, { trajectoryId: trajectory.id, actorId: user.id, action: "plan.actionRemoved", entity: "PlanAction", entityId: actionId, before });
    return { ok: true };
  });
}

/** Freezes the draft: from here on nothing in it changes. A plan needs at least one action. */
export async function submitPlanVersion(user: Actor, trajectory: VisibleTrajectory, versionId: string, version: number) {
  return change(trajectory.id, versionId, async (tx) => {
    await claimDraft(tx, trajectory.id, versionId, version);
    const actions = await tx.planAction.count({ where: { planVersionId: versionId } });
    if (actions === 0) throw new Refused("noActions");
    await tx.improvementPlanVersion.update({ where: { id: versionId }, data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: user.id } });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "plan.submitted",
      entity: "ImprovementPlanVersion",
      entityId: versionId,
      before: { status: "DRAFT" },
      after: { status: "SUBMITTED", actions },
    });
    return { ok: true };
  });
}

/** The inspector's review of a submitted version; accepting meets the follow-up it answers. */
export async function reviewPlanVersion(user: Actor, trajectory: VisibleTrajectory, versionId: string, input: PlanReviewInput) {
  return change(trajectory.id, versionId, async (tx) => {
    const { count } = await tx.improvementPlanVersion.updateMany({
      where: { id: versionId, trajectoryId: trajectory.id, status: "SUBMITTED", version: input.version },
      data: { status: input.outcome, reviewedAt: new Date(), reviewedById: user.id, reviewComment: input.comment || null, version: input.version + 1 },
    });
    if (count !== 1) {
      const current = await tx.improvementPlanVersion.findFirst({ where: { id: versionId, trajectoryId: trajectory.id }, select: { status: true } });
      if (!current) throw new Response("Not found", { status: 404 });
      throw new Refused(current.status === "SUBMITTED" ? "conflict" : "frozen");
    }
    const plan = await tx.improvementPlanVersion.findUniqueOrThrow({ where: { id: versionId }, select: { followUpId: true, number: true } });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "plan.reviewed",
      entity: "ImprovementPlanVersion",
      entityId: versionId,
      before: { status: "SUBMITTED" },
      after: { status: input.outcome, comment: input.comment },
    });
    if (input.outcome === "SHARPENING_REQUESTED") {
      await notify(tx, { kind: "plan.sharpeningRequested", trajectoryId: trajectory.id, actorId: user.id, params: { planNumber: plan.number, path: `/trajecten/${trajectory.id}/verbeterplan/${versionId}` } });
    }
    if (input.outcome === "ACCEPTED") {
      await markFollowUpMet(tx, { trajectoryId: trajectory.id, followUpId: plan.followUpId, actorId: user.id, via: { entity: "ImprovementPlanVersion", entityId: versionId } });
    }
    return { ok: true };
  });
}
