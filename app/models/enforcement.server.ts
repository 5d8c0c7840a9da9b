// The enforcement ladder: planning a compliance check, recording its finding with the proposed
// consequence, and a manager's decision on it (four eyes). Every step moves the measure's
// version on, so two people acting on one measure at once cannot both succeed (409), and writes
// an audit event and its notifications in the same transaction (one exported function per event).
// A planned check is told to the inspectorate only: like an unannounced visit, the organisation
// may not learn of it before it happens; nor of a finding before a manager decided on it.
import { acceptsCheck, isConsequence, isFinding, statusAfter, type Consequence, type Finding } from "~/domain/enforcement";
import type { CheckDecisionInput, FindingInput, PlanCheckInput } from "~/domain/enforcement-forms";
import type { Role } from "~/domain/roles";
import { assertMayDecideOn } from "./access.server";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { notify, notifyBothSides } from "./notification.server";

type Actor = { id: string; role: Role };

/** The measure's name in both languages, for a notification read in either (a measure type is data). */
async function measureName(tx: Tx, typeId: string): Promise<{ nl: string; en: string }> {
  const type = await tx.enforcementMeasureType.findUniqueOrThrow({ where: { id: typeId }, select: { nameNl: true, nameEn: true } });
  return { nl: type.nameNl, en: type.nameEn };
}

const enforcementPath = (trajectoryId: string) => `/trajecten/${trajectoryId}/handhaving`;

/** Why a ladder step was refused; the route turns each into its answer. */
export type LadderRefusal = "notFound" | "notInForce" | "openCheck" | "noProposedCheck" | "unknownType" | "conflict";
export type LadderResult = { ok: true } | { ok: false; reason: LadderRefusal };

class Refused extends Error {
  constructor(readonly reason: LadderRefusal) {
    super(reason);
  }
}

const MAX_MEASURES = 50;

/** The measures of one trajectory, oldest first, each with its checks (newest first) and type. */
export async function listEnforcement(trajectoryId: string) {
  return db.enforcementMeasure.findMany({
    where: { trajectoryId },
    orderBy: [{ imposedOn: "asc" }, { createdAt: "asc" }],
    take: MAX_MEASURES,
    select: {
      id: true,
      description: true,
      imposedOn: true,
      dueDate: true,
      status: true,
      closedOn: true,
      version: true,
      predecessorId: true,
      type: { select: { code: true, nameNl: true, nameEn: true } },
      checks: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 20,
        select: {
          id: true,
          checkDate: true,
          status: true,
          finding: true,
          evidence: true,
          consequence: true,
          nextDetails: true,
          nextDueDate: true,
          nextType: { select: { code: true, nameNl: true, nameEn: true } },
          recordedById: true,
          decisionDate: true,
          decisionComment: true,
        },
      },
    },
  });
}

/**
 * Reads the measure inside the transaction and moves its version on, if it is in force and
 * still at the version the form started from. Refuses with why not.
 */
async function advanceMeasure(tx: Tx, trajectoryId: string, measureId: string, version: number) {
  const measure = await tx.enforcementMeasure.findFirst({
    where: { id: measureId, trajectoryId },
    select: { id: true, status: true, version: true, typeId: true },
  });
  if (!measure) throw new Refused("notFound");
  if (!acceptsCheck(measure.status)) throw new Refused("notInForce");
  const { count } = await tx.enforcementMeasure.updateMany({
    where: { id: measureId, trajectoryId, version, status: "IN_FORCE" },
    data: { version: { increment: 1 } },
  });
  if (count !== 1) throw new Refused("conflict");
  return measure;
}

async function openCheck(tx: Tx, measureId: string) {
  return tx.complianceCheck.findFirst({
    where: { measureId, status: { in: ["PLANNED", "PROPOSED"] } },
    select: { id: true, status: true, recordedById: true },
  });
}

async function run(step: () => Promise<void>): Promise<LadderResult> {
  try {
    await step();
    return { ok: true };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
}

/** Event: a compliance check is planned for a day. */
export async function planComplianceCheck(user: Actor, trajectoryId: string, input: PlanCheckInput): Promise<LadderResult> {
  return run(() =>
    db.$transaction(async (tx) => {
      const measure = await advanceMeasure(tx, trajectoryId, input.measureId, input.version);
      if (await openCheck(tx, input.measureId)) throw new Refused("openCheck");
      const check = await tx.complianceCheck.create({
        data: { trajectoryId, measureId: input.measureId, checkDate: input.checkDate, status: "PLANNED", createdById: user.id },
        select: { id: true },
      });
      await recordAudit(tx, {
        trajectoryId,
        actorId: user.id,
        action: "enforcement.check_planned",
        entity: "ComplianceCheck",
        entityId: check.id,
        after: { measureId: input.measureId, checkDate: input.checkDate, status: "PLANNED" },
      });
      await notify(tx, {
        kind: "enforcement.checkPlanned",
        trajectoryId,
        actorId: user.id,
        params: { measure: await measureName(tx, measure.typeId), dueDate: input.checkDate, path: enforcementPath(trajectoryId) },
      });
    }),
  );
}

/**
 * Event: the inspector records the finding (complied or not, with evidence) and proposes the
 * consequence. Fills in the planned check, or records an unplanned one.
 */
export async function recordComplianceFinding(user: Actor, trajectoryId: string, input: FindingInput): Promise<LadderResult> {
  return run(() =>
    db.$transaction(async (tx) => {
      const measure = await advanceMeasure(tx, trajectoryId, input.measureId, input.version);
      if (input.next) {
        const type = await tx.enforcementMeasureType.findUnique({ where: { id: input.next.typeId }, select: { id: true } });
        if (!type) throw new Refused("unknownType");
      }
      const open = await openCheck(tx, input.measureId);
      if (open?.status === "PROPOSED") throw new Refused("openCheck");
      const fields = {
        checkDate: input.checkDate,
        status: "PROPOSED",
        finding: input.finding,
        evidence: input.evidence,
        consequence: input.consequence,
        nextTypeId: input.next?.typeId ?? null,
        nextDetails: input.next?.details ?? null,
        nextDueDate: input.next?.dueDate ?? null,
        recordedById: user.id,
        recordedAt: new Date(),
      };
      const check = open
        ? await tx.complianceCheck.update({ where: { id: open.id }, data: { ...fields, version: { increment: 1 } }, select: { id: true } })
        : await tx.complianceCheck.create({ data: { trajectoryId, measureId: input.measureId, createdById: user.id, ...fields }, select: { id: true } });
      await recordAudit(tx, {
        trajectoryId,
        actorId: user.id,
        action: "enforcement.finding_recorded",
        entity: "ComplianceCheck",
        entityId: check.id,
        before: open ? { status: "PLANNED" } : undefined,
        after: {
          measureId: input.measureId,
          checkDate: input.checkDate,
          finding: input.finding,
          consequence: input.consequence,
          nextTypeId: input.next?.typeId,
          nextDueDate: input.next?.dueDate ?? undefined,
          status: "PROPOSED",
        },
      });
      // The managers, for the four-eyes decision (the one who recorded it cannot take it).
      await notify(tx, {
        kind: "enforcement.findingRecorded",
        trajectoryId,
        actorId: user.id,
        params: { measure: await measureName(tx, measure.typeId), finding: input.finding, consequence: input.consequence, path: enforcementPath(trajectoryId) },
      });
    }),
  );
}

/** The check awaiting a decision on this measure, with who recorded it; 404 for any other. */
export async function requireProposedCheck(trajectoryId: string, measureId: string, checkId: string) {
  const check = await db.complianceCheck.findFirst({
    where: { id: checkId, measureId, trajectoryId },
    select: { id: true, status: true, recordedById: true },
  });
  if (!check) throw new Response("Not found", { status: 404 });
  return check;
}

async function applyConsequence(tx: Tx, user: Actor, trajectoryId: string, check: CheckRow, decisionDate: string) {
  const consequence = check.consequence as Consequence;
  const status = statusAfter(consequence);
  await tx.enforcementMeasure.update({ where: { id: check.measureId }, data: { status, closedOn: decisionDate } });
  await recordAudit(tx, {
    trajectoryId,
    actorId: user.id,
    action: `enforcement.${status.toLowerCase()}`,
    entity: "EnforcementMeasure",
    entityId: check.measureId,
    before: { status: "IN_FORCE" },
    after: { status, closedOn: decisionDate, checkId: check.id },
  });
  if (consequence !== "NEXT") return;
  if (!check.nextTypeId) throw new Error(`Check ${check.id} proposes a next step without its type`);
  await imposeEnforcementMeasure(tx, user, trajectoryId, {
    typeId: check.nextTypeId,
    description: check.nextDetails ?? "",
    imposedOn: decisionDate,
    dueDate: check.nextDueDate,
    decisionId: null,
    predecessorId: check.measureId,
  });
}

type CheckRow = { id: string; measureId: string; consequence: string | null; nextTypeId: string | null; nextDetails: string | null; nextDueDate: string | null };

/**
 * Event: an enforcement measure is imposed, the first step (by an approved escalation) or a
 * next one (by a decision on a compliance check, linked to its predecessor).
 */
export async function imposeEnforcementMeasure(
  tx: Tx,
  user: { id: string },
  trajectoryId: string,
  measure: { typeId: string; description: string; imposedOn: string; dueDate: string | null; decisionId: string | null; predecessorId: string | null },
): Promise<string> {
  const created = await tx.enforcementMeasure.create({ data: { trajectoryId, status: "IN_FORCE", ...measure }, select: { id: true } });
  await recordAudit(tx, {
    trajectoryId,
    actorId: user.id,
    action: "enforcement.imposed",
    entity: "EnforcementMeasure",
    entityId: created.id,
    after: { typeId: measure.typeId, imposedOn: measure.imposedOn, dueDate: measure.dueDate, status: "IN_FORCE", predecessorId: measure.predecessorId ?? undefined },
  });
  await notifyBothSides(tx, {
    kind: "enforcement.measureImposed",
    trajectoryId,
    actorId: user.id,
    params: { measure: await measureName(tx, measure.typeId), ...(measure.dueDate ? { dueDate: measure.dueDate } : {}) },
    inspectorPath: enforcementPath(trajectoryId),
    organisation: true,
  });
  return created.id;
}

/**
 * Event: a manager decides on a proposed finding: approves its consequence (end, next step,
 * withdraw) or returns it to the inspector. Never on a finding they recorded themselves.
 */
export async function decideComplianceCheck(user: Actor, trajectoryId: string, input: CheckDecisionInput): Promise<LadderResult> {
  const proposed = await requireProposedCheck(trajectoryId, input.measureId, input.checkId);
  assertMayDecideOn(user, { proposedById: proposed.recordedById });
  return run(() =>
    db.$transaction(async (tx) => {
      const measure = await advanceMeasure(tx, trajectoryId, input.measureId, input.version);
      const approved = input.decision === "APPROVED";
      const { count } = await tx.complianceCheck.updateMany({
        where: { id: input.checkId, measureId: input.measureId, status: "PROPOSED" },
        data: {
          status: approved ? "DECIDED" : "PLANNED",
          decidedById: user.id,
          decisionDate: input.decisionDate,
          decisionComment: input.comment,
          decidedAt: new Date(),
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw new Refused("noProposedCheck");
      await recordAudit(tx, {
        trajectoryId,
        actorId: user.id,
        action: approved ? "enforcement.check_approved" : "enforcement.check_returned",
        entity: "ComplianceCheck",
        entityId: input.checkId,
        before: { status: "PROPOSED" },
        after: { status: approved ? "DECIDED" : "PLANNED", decisionDate: input.decisionDate, comment: input.comment },
      });
      const check = await tx.complianceCheck.findUniqueOrThrow({
        where: { id: input.checkId },
        select: { id: true, measureId: true, finding: true, consequence: true, nextTypeId: true, nextDetails: true, nextDueDate: true },
      });
      // Lead and team always; the organisation only of an approved decision (a returned finding
      // goes back to "planned", which it may not know of).
      await notifyBothSides(tx, {
        kind: "enforcement.checkDecided",
        trajectoryId,
        actorId: user.id,
        params: {
          measure: await measureName(tx, measure.typeId),
          checkDecision: input.decision,
          ...(isFinding(check.finding ?? "") ? { finding: check.finding as Finding } : {}),
          ...(isConsequence(check.consequence ?? "") ? { consequence: check.consequence as Consequence } : {}),
        },
        inspectorPath: enforcementPath(trajectoryId),
        organisation: approved,
      });
      if (!approved) return;
      await applyConsequence(tx, user, trajectoryId, check, input.decisionDate);
    }),
  );
}
