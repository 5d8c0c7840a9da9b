// Deciding on a closure proposal (four eyes) and what an approval does: every effect is
// written in the same transaction as the decision, with an audit event, or nothing is.
import {
  isClosureOutcome,
  parseFollowUps,
  statusAfterReturn,
  statusesAfterApproval,
  type ClosureOutcome,
  type FollowUpPlan,
} from "~/domain/closure";
import type { DecisionInput } from "~/domain/closure-forms";
import { canTransition, isTrajectoryStatus, type TrajectoryStatus } from "~/domain/lifecycle";
import type { Role } from "~/domain/roles";
import { assertMayDecideOn } from "~/models/access.server";
import { imposeEnforcementMeasure } from "~/models/enforcement.server";
import { storeDeadlineReason } from "~/domain/system-texts";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { changeTrajectoryStatus } from "./trajectory-status.server";
import { notifyDecision } from "./notification.server";
import { db } from "~/utils/db.server";

type Actor = { id: string; role: Role };

/** The proposal of this trajectory with who made it; 404 for any other. */
export async function requireProposal(trajectoryId: string, proposalId: string) {
  const proposal = await db.closureProposal.findFirst({
    where: { id: proposalId, trajectoryId },
    select: {
      id: true,
      outcome: true,
      status: true,
      version: true,
      createdAt: true,
      newDeadline: true,
      measureTypeId: true,
      measureDetails: true,
      followUps: true,
      proposedById: true,
      coAuthors: { select: { userId: true } },
    },
  });
  if (!proposal || !isClosureOutcome(proposal.outcome)) throw new Response("Not found", { status: 404 });
  const { coAuthors, outcome, ...rest } = proposal;
  return { ...rest, outcome: outcome as ClosureOutcome, coAuthorIds: coAuthors.map((c) => c.userId) };
}
type Proposal = Awaited<ReturnType<typeof requireProposal>>;

class Conflict extends Error {}

export type DecideResult = { ok: true; decisionId: string } | { ok: false; reason: "conflict" };

interface Context {
  tx: Tx;
  user: Actor;
  trajectoryId: string;
  proposal: Proposal;
  decisionId: string;
  input: DecisionInput;
}

/** Moves the trajectory from `from` to `to` if it is still at `from`; audited. */
async function moveStatus(ctx: Context, from: TrajectoryStatus, to: TrajectoryStatus, extra: { deadline?: string } = {}) {
  const moved = await changeTrajectoryStatus(ctx.tx, { trajectoryId: ctx.trajectoryId, actorId: ctx.user.id, from, to, ...extra });
  if (!moved) throw new Conflict();
}

async function createFollowUps(ctx: Context, plans: readonly FollowUpPlan[]) {
  if (plans.length === 0) return;
  const norms = await ctx.tx.trajectory.findUniqueOrThrow({
    where: { id: ctx.trajectoryId },
    select: { frameworkVersion: { select: { norms: { select: { id: true } } } } },
  });
  for (const plan of plans) {
    const followUp = await ctx.tx.followUpObligation.create({
      data: { trajectoryId: ctx.trajectoryId, kind: plan.kind, title: plan.title, dueDate: plan.dueDate, status: "OPEN", decisionId: ctx.decisionId },
      select: { id: true },
    });
    await recordAudit(ctx.tx, {
      trajectoryId: ctx.trajectoryId,
      actorId: ctx.user.id,
      action: "followUp.created",
      entity: "FollowUpObligation",
      entityId: followUp.id,
      after: { ...plan, status: "OPEN", decisionId: ctx.decisionId },
    });
    if (plan.kind !== "REPORT") continue;
    // A report obligation is submitted through the ordinary report machinery, on every norm.
    const request = await ctx.tx.progressReportRequest.create({
      data: {
        trajectoryId: ctx.trajectoryId,
        title: plan.title,
        // Standard instructions as a code: each reader sees them in their own language.
        instructions: "",
        instructionsCode: "FOLLOW_UP_REPORT",
        dueDate: plan.dueDate,
        status: "REQUESTED",
        requestedById: ctx.proposal.proposedById,
        followUpId: followUp.id,
        norms: { create: norms.frameworkVersion.norms.map((n) => ({ normId: n.id })) },
      },
      select: { id: true },
    });
    await recordAudit(ctx.tx, {
      trajectoryId: ctx.trajectoryId,
      actorId: ctx.user.id,
      action: "report.requested",
      entity: "ProgressReportRequest",
      entityId: request.id,
      after: { title: plan.title, dueDate: plan.dueDate, followUpId: followUp.id },
    });
  }
}

async function applyApproval(ctx: Context) {
  const { proposal, input } = ctx;
  if (proposal.outcome === "LIFT") {
    const plans = parseFollowUps(proposal.followUps);
    const [lifted, followUp] = statusesAfterApproval("LIFT", plans.length);
    await moveStatus(ctx, "CLOSURE_PROPOSED", lifted!);
    await createFollowUps(ctx, plans);
    if (followUp) await moveStatus(ctx, lifted!, followUp);
    return;
  }
  if (proposal.outcome === "EXTEND") {
    const newDeadline = proposal.newDeadline;
    if (!newDeadline) throw new Error(`Proposal ${proposal.id} extends without a new deadline`);
    const { deadline } = await ctx.tx.trajectory.findUniqueOrThrow({ where: { id: ctx.trajectoryId }, select: { deadline: true } });
    await moveStatus(ctx, "CLOSURE_PROPOSED", "EXTENDED", { deadline: newDeadline });
    // The old deadline stays in the history of deadline changes.
    await ctx.tx.deadlineChange.create({
      data: { trajectoryId: ctx.trajectoryId, previousDeadline: deadline, newDeadline, changedById: ctx.user.id,
        ...storeDeadlineReason({ code: "EXTENDED_BY_DECISION", decisionDate: ctx.input.decisionDate }),
      },
    });
    await recordAudit(ctx.tx, {
      trajectoryId: ctx.trajectoryId,
      actorId: ctx.user.id,
      action: "trajectory.deadline_changed",
      entity: "Trajectory",
      entityId: ctx.trajectoryId,
      before: { deadline },
      after: { deadline: newDeadline },
    });
    return;
  }
  const typeId = proposal.measureTypeId;
  if (!typeId) throw new Error(`Proposal ${proposal.id} escalates without a measure type`);
  await moveStatus(ctx, "CLOSURE_PROPOSED", "ESCALATED");
  await imposeEnforcementMeasure(ctx.tx, ctx.user, ctx.trajectoryId, {
    typeId,
    description: proposal.measureDetails ?? "",
    imposedOn: input.decisionDate,
    dueDate: input.measureDueDate ?? null,
    decisionId: ctx.decisionId,
    predecessorId: null,
  });
}

async function applyReturn(ctx: Context) {
  const lastApproved = await ctx.tx.closureProposal.findFirst({
    where: { trajectoryId: ctx.trajectoryId, status: "APPROVED" },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: { outcome: true },
  });
  const outcome = lastApproved && isClosureOutcome(lastApproved.outcome) ? lastApproved.outcome : null;
  await moveStatus(ctx, "CLOSURE_PROPOSED", statusAfterReturn(outcome));
}

/**
 * Approves or returns a pending proposal. The proposal's status and version in the update's
 * where clause make check and write one step: when two managers decide at once, exactly one
 * decision is written and the other gets a conflict with nothing of it stored.
 */
export async function decideProposal(
  user: Actor,
  trajectoryId: string,
  input: DecisionInput,
): Promise<DecideResult> {
  const proposal = await requireProposal(trajectoryId, input.proposalId);
  assertMayDecideOn(user, proposal);
  try {
    return await db.$transaction(async (tx): Promise<DecideResult> => {
      const { count } = await tx.closureProposal.updateMany({
        where: { id: proposal.id, trajectoryId, status: "PENDING", version: input.version },
        data: { status: input.decision, version: { increment: 1 } },
      });
      if (count !== 1) throw new Conflict();
      const decision = await tx.closureDecision.create({
        data: {
          proposalId: proposal.id,
          decision: input.decision,
          comment: input.comment,
          decidedById: user.id,
          decisionDate: input.decisionDate,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        trajectoryId,
        actorId: user.id,
        action: input.decision === "APPROVED" ? "decision.approved" : "decision.returned",
        entity: "ClosureDecision",
        entityId: decision.id,
        before: { proposalStatus: "PENDING" },
        after: { proposalId: proposal.id, proposalStatus: input.decision, decisionDate: input.decisionDate, comment: input.comment },
      });
      const ctx: Context = { tx, user, trajectoryId, proposal, decisionId: decision.id, input };
      await (input.decision === "APPROVED" ? applyApproval(ctx) : applyReturn(ctx));
      await notifyDecision(tx, { trajectoryId, actorId: user.id, decisionId: decision.id, decision: input.decision, outcome: proposal.outcome });
      return { ok: true, decisionId: decision.id };
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, reason: "conflict" };
    throw error;
  }
}

export type ArchiveResult = "archived" | "openFollowUps" | "conflict";

/** Archives a lifted trajectory once every obligation after closure is met. */
export async function archiveTrajectory(user: Actor, trajectoryId: string, version: number): Promise<ArchiveResult> {
  return db.$transaction(async (tx): Promise<ArchiveResult> => {
    // Open obligations, and failed ones still awaiting a decision on what follows (blocksArchive).
    const open = await tx.followUpObligation.count({
      where: { trajectoryId, OR: [{ status: "OPEN" }, { outcome: { decision: null, outcome: { in: ["NOT_MET", "PARTLY_MET"] } } }] },
    });
    if (open > 0) return "openFollowUps";
    const current = await tx.trajectory.findUniqueOrThrow({ where: { id: trajectoryId }, select: { status: true } });
    if (!isTrajectoryStatus(current.status) || !canTransition(current.status, "ARCHIVED")) return "conflict";
    const moved = await changeTrajectoryStatus(tx, { trajectoryId, actorId: user.id, from: current.status, to: "ARCHIVED", version });
    return moved ? "archived" : "conflict";
  });
}
