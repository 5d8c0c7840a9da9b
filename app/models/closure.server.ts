// Closure proposals: what the closure page shows and making (or revising) a proposal. Every
// query names the trajectory, so a proposal of another trajectory is simply not found.
import type { Prisma } from "~/generated/prisma/client";
import { buildNormSummary, canPropose, parseFollowUps, parseNormSummary, type NormSummaryEntry } from "~/domain/closure";
import type { ProposalInput } from "~/domain/closure-forms";
import { UNDER_SUPERVISION } from "~/domain/lifecycle";
import { recordAudit } from "~/utils/audit.server";
import { notify } from "./notification.server";
import { db } from "~/utils/db.server";
import type { VisibleTrajectory } from "~/domain/permissions";
import { listMeasureTypes } from "./measure-type.server";

/** More proposals than this on one trajectory is not a real supervision; the page shows the newest. */
export const MAX_PROPOSALS = 30;
const MAX_ROWS = 100;

const proposalSelect = {
  id: true,
  outcome: true,
  rationale: true,
  normSummary: true,
  newDeadline: true,
  measureDetails: true,
  followUps: true,
  status: true,
  version: true,
  createdAt: true,
  proposedById: true,
  proposedBy: { select: { name: true } },
  measureType: { select: { id: true, code: true, nameNl: true, nameEn: true } },
  coAuthors: { select: { userId: true, user: { select: { name: true } } } },
  decisions: {
    orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      decision: true,
      comment: true,
      decisionDate: true,
      decidedAt: true,
      publicSummary: true,
      publishedAt: true,
      decidedBy: { select: { name: true } },
    },
  },
} satisfies Prisma.ClosureProposalSelect;

type ProposalRow = Prisma.ClosureProposalGetPayload<{ select: typeof proposalSelect }>;

function proposalView(row: ProposalRow) {
  const { normSummary, followUps, coAuthors, ...rest } = row;
  return {
    ...rest,
    normSummary: parseNormSummary(normSummary),
    followUps: parseFollowUps(followUps),
    coAuthorIds: coAuthors.map((c) => c.userId),
    coAuthorNames: coAuthors.map((c) => c.user.name),
  };
}
export type ProposalView = ReturnType<typeof proposalView>;

/** The proposals of a trajectory, newest first, each with its decisions. */
export async function listProposals(trajectoryId: string): Promise<ProposalView[]> {
  const rows = await db.closureProposal.findMany({
    where: { trajectoryId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_PROPOSALS,
    select: proposalSelect,
  });
  return rows.map(proposalView);
}

/** Everything the closure page shows besides the proposals: dates, obligations after closure and measures. */
export async function closureFacts(trajectoryId: string) {
  const [trajectory, followUps, enforcementMeasures, deadlineChanges] = await Promise.all([
    db.trajectory.findUniqueOrThrow({
      where: { id: trajectoryId },
      select: { startDate: true, deadline: true, version: true, organisation: { select: { name: true } } },
    }),
    db.followUpObligation.findMany({
      where: { trajectoryId },
      orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
      take: MAX_ROWS,
      select: {
        id: true,
        kind: true,
        title: true,
        dueDate: true,
        status: true,
        outcome: { select: { id: true, outcome: true, judgement: true, decision: true, decisionComment: true, recordedById: true, version: true } },
      },
    }),
    db.enforcementMeasure.findMany({
      where: { trajectoryId },
      orderBy: [{ imposedOn: "desc" }, { createdAt: "desc" }],
      take: MAX_ROWS,
      select: { id: true, description: true, imposedOn: true, dueDate: true, status: true, type: { select: { code: true, nameNl: true, nameEn: true } } },
    }),
    db.deadlineChange.findMany({
      where: { trajectoryId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_ROWS,
      select: { id: true, previousDeadline: true, newDeadline: true, reason: true, reasonCode: true, reasonParams: true, createdAt: true },
    }),
  ]);
  return { ...trajectory, followUps, enforcementMeasures, deadlineChanges };
}

/** Baseline and latest rating per norm, as a proposal made now would record them. */
export async function currentNormSummary(trajectory: Pick<VisibleTrajectory, "id" | "frameworkVersionId">): Promise<NormSummaryEntry[]> {
  const [norms, assessments] = await Promise.all([
    db.norm.findMany({
      where: { frameworkVersionId: trajectory.frameworkVersionId },
      orderBy: { order: "asc" },
      select: { id: true, code: true, title: true },
    }),
    db.normAssessment.findMany({
      where: { round: { trajectoryId: trajectory.id } },
      select: { normId: true, rating: true, round: { select: { kind: true, date: true, createdAt: true } } },
    }),
  ]);
  return buildNormSummary(norms, assessments);
}

/** What the proposal form offers: the team to co-author with, the measure types and the current deadline. */
export async function proposalFormOptions(trajectory: VisibleTrajectory) {
  const [team, measureTypes, facts] = await Promise.all([
    db.user.findMany({
      where: { id: { in: trajectory.memberIds.filter((id) => id !== trajectory.leadInspectorId) }, role: "INSPECTOR", active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    listMeasureTypes(),
    db.trajectory.findUniqueOrThrow({ where: { id: trajectory.id }, select: { deadline: true, version: true } }),
  ]);
  return { team, measureTypes, deadline: facts.deadline, version: facts.version };
}

export type ProposeResult =
  | { ok: true; id: string }
  | { ok: false; reason: "conflict" }
  | { ok: false; reason: "invalid"; errors: Record<string, "closure.field.teamOnly" | "closure.field.laterDeadline" | "closure.field.choose"> };

/**
 * Records a proposal and moves the trajectory to "closure proposed". The trajectory's version
 * and status in the update's where clause make the check and the write one step: of two
 * proposals started from the same page, one wins and the other changes nothing.
 */
export async function createProposal(user: { id: string }, trajectory: VisibleTrajectory, input: ProposalInput): Promise<ProposeResult> {
  const errors: Extract<ProposeResult, { reason: "invalid" }>["errors"] = {};
  const team = trajectory.memberIds.filter((id) => id !== trajectory.leadInspectorId && id !== user.id);
  if (input.coAuthorIds.some((id) => !team.includes(id))) errors.coAuthorIds = "closure.field.teamOnly";
  const current = await db.trajectory.findUniqueOrThrow({ where: { id: trajectory.id }, select: { deadline: true } });
  if (input.extension && input.extension.newDeadline <= current.deadline) errors.newDeadline = "closure.field.laterDeadline";
  if (input.escalation) {
    const type = await db.enforcementMeasureType.findUnique({ where: { id: input.escalation.measureTypeId }, select: { id: true } });
    if (!type) errors.measureTypeId = "closure.field.choose";
  }
  if (Object.keys(errors).length > 0) return { ok: false, reason: "invalid", errors };

  const normSummary = await currentNormSummary(trajectory);
  const proposable = UNDER_SUPERVISION.filter(canPropose);
  return db.$transaction(async (tx): Promise<ProposeResult> => {
    const { count } = await tx.trajectory.updateMany({
      where: { id: trajectory.id, version: input.version, status: { in: [...proposable] } },
      data: { status: "CLOSURE_PROPOSED", version: { increment: 1 } },
    });
    if (count !== 1) return { ok: false, reason: "conflict" };
    const proposal = await tx.closureProposal.create({
      data: {
        trajectoryId: trajectory.id,
        outcome: input.outcome,
        rationale: input.rationale,
        normSummary: JSON.stringify(normSummary),
        newDeadline: input.extension?.newDeadline ?? null,
        measureTypeId: input.escalation?.measureTypeId ?? null,
        measureDetails: input.escalation?.details ?? null,
        followUps: JSON.stringify(input.followUps),
        status: "PENDING",
        proposedById: user.id,
        coAuthors: { create: input.coAuthorIds.map((userId) => ({ userId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "proposal.created",
      entity: "ClosureProposal",
      entityId: proposal.id,
      after: {
        outcome: input.outcome,
        status: "PENDING",
        newDeadline: input.extension?.newDeadline,
        measureTypeId: input.escalation?.measureTypeId,
        followUps: input.followUps,
        coAuthorIds: input.coAuthorIds,
      },
    });
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "trajectory.status_changed",
      entity: "Trajectory",
      entityId: trajectory.id,
      before: { status: trajectory.status },
      after: { status: "CLOSURE_PROPOSED" },
    });
    await notify(tx, { kind: "proposal.awaitingDecision", trajectoryId: trajectory.id, actorId: user.id, params: { outcome: input.outcome, path: `/trajecten/${trajectory.id}/afsluiting` } });
    return { ok: true, id: proposal.id };
  });
}
