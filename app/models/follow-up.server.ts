// Follow-up obligations after closure (nazorg): a sharpened plan, a report after the summer.
// They are met through the same machinery as during supervision: accepting the linked plan
// version or progress report marks the obligation MET, in the reviewer's own transaction.
import { supervisionDeadline } from "~/domain/dates";
import type { FollowUpDecisionInput, FollowUpOutcomeInput } from "~/domain/follow-up-forms";
import { isFollowUpOutcome, needsDecision } from "~/domain/follow-up";
import { canTransition, isTrajectoryStatus } from "~/domain/lifecycle";
import { storeDeadlineReason, storeTrajectoryReason } from "~/domain/system-texts";
import type { Role } from "~/domain/roles";
import { assertMayDecideOn } from "./access.server";
import { nextReference } from "~/models/trajectory-create.server";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { notify, notifyBothSides } from "./notification.server";
import { changeTrajectoryStatus } from "./trajectory-status.server";

/** Marks an open obligation met inside `tx`, audited; false when it was not open (met already, or none). */
export async function markFollowUpMet(
  tx: Tx,
  input: { trajectoryId: string; followUpId: string | null; actorId: string; via?: { entity: string; entityId: string } },
): Promise<boolean> {
  if (!input.followUpId) return false;
  const { count } = await tx.followUpObligation.updateMany({
    where: { id: input.followUpId, trajectoryId: input.trajectoryId, status: "OPEN" },
    data: { status: "MET" },
  });
  if (count === 0) return false;
  await recordAudit(tx, {
    trajectoryId: input.trajectoryId,
    actorId: input.actorId,
    action: "followUp.met",
    entity: "FollowUpObligation",
    entityId: input.followUpId,
    before: { status: "OPEN" },
    after: { status: "MET", ...input.via },
  });
  return true;
}

/** Marks an obligation met by hand (the team or a manager); a second click changes nothing. */
export async function confirmFollowUpMet(user: { id: string }, trajectoryId: string, followUpId: string): Promise<"met" | "already" | "notFound"> {
  return db.$transaction(async (tx) => {
    const followUp = await tx.followUpObligation.findFirst({ where: { id: followUpId, trajectoryId }, select: { id: true } });
    if (!followUp) return "notFound";
    return (await markFollowUpMet(tx, { trajectoryId, followUpId, actorId: user.id })) ? "met" : "already";
  });
}

// ---------------------------------------------------------------------------------------
// Outcomes (issue 14): met, not met or partly met, with the inspector's judgement; anything but
// met waits for a manager's decision on what follows. Each event tells whom it concerns in its
// own transaction: the managers of an outcome to decide on, lead, team and organisation of a decision.
// ---------------------------------------------------------------------------------------

type Actor = { id: string; role: Role };

export type OutcomeResult = { ok: true } | { ok: false; reason: "notFound" | "notOpen" };

/** Event: the inspector records the outcome of an open obligation. */
export async function recordFollowUpOutcome(user: Actor, trajectoryId: string, input: FollowUpOutcomeInput): Promise<OutcomeResult> {
  return db.$transaction(async (tx): Promise<OutcomeResult> => {
    const followUp = await tx.followUpObligation.findFirst({ where: { id: input.followUpId, trajectoryId }, select: { id: true, title: true } });
    if (!followUp) return { ok: false, reason: "notFound" };
    // The status in the where clause makes check and write one step: of two outcomes recorded
    // at once, one is stored.
    const { count } = await tx.followUpObligation.updateMany({
      where: { id: followUp.id, trajectoryId, status: "OPEN" },
      data: { status: input.outcome },
    });
    if (count !== 1) return { ok: false, reason: "notOpen" };
    const outcome = await tx.followUpOutcome.create({
      data: { followUpId: followUp.id, trajectoryId, outcome: input.outcome, judgement: input.judgement, recordedById: user.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      trajectoryId,
      actorId: user.id,
      action: "followUp.outcome_recorded",
      entity: "FollowUpOutcome",
      entityId: outcome.id,
      before: { status: "OPEN" },
      after: { followUpId: followUp.id, outcome: input.outcome, judgement: input.judgement, status: input.outcome },
    });
    // Not (fully) met waits for a manager's decision (four eyes): the managers are told.
    if (needsDecision(input.outcome)) {
      await notify(tx, {
        kind: "followUp.outcomeRecorded",
        trajectoryId,
        actorId: user.id,
        params: { title: followUp.title, followUpOutcome: input.outcome, path: `/trajecten/${trajectoryId}/afsluiting` },
      });
    }
    return { ok: true };
  });
}

/** The outcome of one of this trajectory's obligations, with who recorded it; 404 for any other. */
export async function requireOutcome(trajectoryId: string, outcomeId: string) {
  const outcome = await db.followUpOutcome.findFirst({
    where: { id: outcomeId, trajectoryId },
    select: { id: true, recordedById: true, followUp: { select: { title: true } } },
  });
  if (!outcome) throw new Response("Not found", { status: 404 });
  return outcome;
}

export type FollowUpDecisionResult =
  | { ok: true; newTrajectoryId?: string }
  | { ok: false; reason: "notAwaiting" | "notInFollowUp" | "conflict" };

class Refused extends Error {
  constructor(readonly reason: "notAwaiting" | "notInFollowUp" | "conflict") {
    super(reason);
  }
}

async function resumeSupervision(tx: Tx, user: Actor, trajectoryId: string, newDeadline: string, decisionDate: string) {
  // A code, rendered in the reader's language (decision 007), never the decider's sentence.
  const reason = storeDeadlineReason({ code: "RESUMED_AFTER_FOLLOW_UP", decisionDate });
  const current = await tx.trajectory.findUniqueOrThrow({ where: { id: trajectoryId }, select: { status: true, deadline: true } });
  if (!isTrajectoryStatus(current.status) || !canTransition(current.status, "ACTIVE")) throw new Refused("notInFollowUp");
  const moved = await changeTrajectoryStatus(tx, { trajectoryId, actorId: user.id, from: current.status, to: "ACTIVE", deadline: newDeadline });
  if (!moved) throw new Refused("conflict");
  await tx.deadlineChange.create({ data: { trajectoryId, previousDeadline: current.deadline, newDeadline, ...reason, changedById: user.id } });
  await recordAudit(tx, {
    trajectoryId,
    actorId: user.id,
    action: "trajectory.deadline_changed",
    entity: "Trajectory",
    entityId: trajectoryId,
    before: { deadline: current.deadline },
    after: { deadline: newDeadline, reasonCode: reason.reasonCode, decisionDate },
  });
}

/** Event: a new trajectory is opened that follows this one, linked both ways. */
async function openFollowingTrajectory(tx: Tx, user: Actor, fromId: string, input: { startDate: string; durationMonths: number; followUpTitle: string }) {
  const from = await tx.trajectory.findUniqueOrThrow({
    where: { id: fromId },
    select: { reference: true, organisationId: true, frameworkVersionId: true, legalBasis: true, leadInspectorId: true, members: { select: { userId: true } } },
  });
  const deadline = supervisionDeadline(input.startDate, input.durationMonths);
  const created = await tx.trajectory.create({
    data: {
      reference: await nextReference(tx, input.startDate.slice(0, 4)),
      organisationId: from.organisationId,
      frameworkVersionId: from.frameworkVersionId,
      // The system gives this reason: a code, rendered in the reader's language (decision 007).
      reason: "",
      reasonCode: { create: storeTrajectoryReason({ code: "FOLLOW_UP_NOT_MET", reference: from.reference, title: input.followUpTitle }) },
      legalBasis: from.legalBasis,
      leadInspectorId: from.leadInspectorId,
      startDate: input.startDate,
      durationMonths: input.durationMonths,
      deadline,
      status: "ACTIVE",
      members: { create: from.members.map((m) => ({ userId: m.userId })) },
    },
    select: { id: true, reference: true },
  });
  await recordAudit(tx, {
    trajectoryId: created.id,
    actorId: user.id,
    action: "trajectory.created",
    entity: "Trajectory",
    entityId: created.id,
    after: { reference: created.reference, startDate: input.startDate, durationMonths: input.durationMonths, deadline, status: "ACTIVE", reasonCode: "FOLLOW_UP_NOT_MET" },
  });
  const link = await tx.trajectoryLink.create({ data: { fromId, toId: created.id, reason: "FOLLOW_UP_NOT_MET", createdById: user.id }, select: { id: true } });
  for (const trajectoryId of [fromId, created.id]) {
    await recordAudit(tx, {
      trajectoryId,
      actorId: user.id,
      action: "trajectory.linked",
      entity: "TrajectoryLink",
      entityId: link.id,
      after: { fromId, toId: created.id, reason: "FOLLOW_UP_NOT_MET" },
    });
  }
  return created.id;
}

/**
 * Event: a manager decides what follows an outcome that was not (fully) met: back under
 * enhanced supervision with a new deadline, a new trajectory linked to this one, or no further
 * steps. The outcome's version and "no decision yet" in the where clause make two decisions at
 * once end in one.
 */
export async function decideFollowUpOutcome(user: Actor, trajectoryId: string, input: FollowUpDecisionInput): Promise<FollowUpDecisionResult> {
  const outcome = await requireOutcome(trajectoryId, input.outcomeId);
  // Four eyes: never on an outcome they recorded themselves.
  assertMayDecideOn(user, { proposedById: outcome.recordedById });
  try {
    return await db.$transaction(async (tx): Promise<FollowUpDecisionResult> => {
      const { count } = await tx.followUpOutcome.updateMany({
        where: { id: outcome.id, trajectoryId, version: input.version, decision: null, outcome: { in: ["NOT_MET", "PARTLY_MET"] } },
        data: { decision: input.decision, decisionComment: input.comment, decidedById: user.id, decidedAt: new Date(), version: { increment: 1 } },
      });
      if (count !== 1) {
        // Still awaiting a decision: only the version was stale (someone changed it meanwhile).
        const now = await tx.followUpOutcome.findUniqueOrThrow({ where: { id: outcome.id }, select: { outcome: true, decision: true } });
        throw new Refused(now.decision === null && needsDecision(now.outcome) ? "conflict" : "notAwaiting");
      }
      await recordAudit(tx, {
        trajectoryId,
        actorId: user.id,
        action: "followUp.decided",
        entity: "FollowUpOutcome",
        entityId: outcome.id,
        before: { decision: null },
        after: { decision: input.decision, decisionDate: input.decisionDate, comment: input.comment, newDeadline: input.newDeadline ?? undefined },
      });
      const decided = await tx.followUpOutcome.findUniqueOrThrow({ where: { id: outcome.id }, select: { outcome: true } });
      await notifyBothSides(tx, {
        kind: "followUp.decided",
        trajectoryId,
        actorId: user.id,
        params: { title: outcome.followUp.title, followUpDecision: input.decision, ...(isFollowUpOutcome(decided.outcome) ? { followUpOutcome: decided.outcome } : {}) },
        inspectorPath: `/trajecten/${trajectoryId}/afsluiting`,
        organisation: true,
      });
      if (input.decision === "RESUME_SUPERVISION" && input.newDeadline) {
        await resumeSupervision(tx, user, trajectoryId, input.newDeadline, input.decisionDate);
        return { ok: true };
      }
      if (input.decision === "NEW_TRAJECTORY" && input.durationMonths) {
        const newTrajectoryId = await openFollowingTrajectory(tx, user, trajectoryId, {
          startDate: input.decisionDate,
          durationMonths: input.durationMonths,
          followUpTitle: outcome.followUp.title,
        });
        return { ok: true, newTrajectoryId };
      }
      return { ok: true };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
}

/** The trajectories this one follows on and is followed by (both directions of a link), in one statement. */
export async function trajectoryLinks(trajectoryId: string) {
  const rows = await db.$queryRaw<{ fromId: string; toId: string; fromReference: string; toReference: string }[]>`
    SELECT l.fromId, l.toId, f.reference AS fromReference, t.reference AS toReference
    FROM TrajectoryLink l JOIN Trajectory f ON f.id = l.fromId JOIN Trajectory t ON t.id = l.toId
    WHERE l.fromId = ${trajectoryId} OR l.toId = ${trajectoryId}
    ORDER BY l.createdAt LIMIT 20`;
  return {
    follows: rows.filter((r) => r.toId === trajectoryId).map((r) => ({ id: r.fromId, reference: r.fromReference })),
    followedBy: rows.filter((r) => r.fromId === trajectoryId).map((r) => ({ id: r.toId, reference: r.toReference })),
  };
}
