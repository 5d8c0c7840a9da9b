// Visits to the organisation, planned or held. A planned visit may be entered ahead with any
// date; recording it as held (VisitHeld) may open an interim assessment round in the same
// transaction. An unannounced visit stays out of the organisation's sight until it is held:
// every query here goes through `visibleVisits` (the rule is `seesVisit` in app/domain/permissions.ts).
import { Prisma } from "~/generated/prisma/client";
import type { VisitHeldInput, VisitInput } from "~/domain/assessment-forms";
import type { PageRequest } from "~/domain/pagination";
import { seesInternalRecords, seesUnpublishedRounds, type VisibleTrajectory } from "~/domain/permissions";
import type { Role } from "~/domain/roles";
import { storeVisitRoundTitle } from "~/domain/system-texts";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { createRoundIn } from "./assessment.server";
import { notFound, visibleVisits } from "./access.server";

type Viewer = { id: string; role: Role };

/** One page of the visits the user may know of, newest first; organisation users do not get the inspectors' notes. */
export async function listVisits(user: Viewer, trajectoryId: string, page: PageRequest) {
  const where = { trajectoryId, ...visibleVisits(user) };
  const [total, rows] = await Promise.all([
    db.visit.count({ where }),
    db.visit.findMany({
      where,
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        date: true,
        announced: true,
        participants: true,
        notes: true,
        held: { select: { recordedAt: true } },
        round: { select: { id: true, title: true, titleCode: true, titleParams: true, publishedAt: true } },
      },
    }),
  ]);
  // The organisation sees neither the notes nor a round that is not yet published to it.
  const internal = seesInternalRecords(user);
  const visits = rows.map(({ notes, round, held, ...visit }) => ({
    ...visit,
    held: held !== null,
    notes: internal ? notes : null,
    round: round && (seesUnpublishedRounds(user) || round.publishedAt) ? { id: round.id, title: round.title, titleCode: round.titleCode, titleParams: round.titleParams } : null,
  }));
  return { total, visits };
}

/** A planned visit of this trajectory, for recording it as held; 404 when there is none by that id or it is held already. */
export async function requirePlannedVisit(trajectory: VisibleTrajectory, visitId: string | undefined) {
  const visit = await db.visit.findFirst({
    where: { id: visitId ?? "", trajectoryId: trajectory.id, held: { is: null } },
    select: { id: true, date: true, announced: true, participants: true, notes: true },
  });
  if (!visit) throw notFound();
  return visit;
}

async function markHeldIn(tx: Tx, user: Viewer, trajectoryId: string, visit: { id: string; date: string; announced: boolean }, openRound: boolean) {
  await tx.visitHeld.create({ data: { visitId: visit.id, recordedById: user.id }, select: { visitId: true } });
  await recordAudit(tx, { trajectoryId, actorId: user.id, action: "visit.held", entity: "Visit", entityId: visit.id, after: { date: visit.date, held: true } });
  if (!openRound) return null;
  // Interim rounds are unlimited, so opening one from a visit cannot be refused. Its title is a
  // code rendered in the reader's language, never text in the language of whoever opened it.
  const round = await createRoundIn(tx, user, trajectoryId, { kind: "INTERIM", title: "", ...storeVisitRoundTitle(visit), date: visit.date, visitId: visit.id });
  if (!round.ok) throw new Error("An interim round was refused");
  return round.id;
}

export async function recordVisit(user: Viewer, trajectoryId: string, input: VisitInput): Promise<{ ok: true; visitId: string; roundId: string | null }> {
  return db.$transaction(async (tx) => {
    const visit = await tx.visit.create({
      data: {
        trajectoryId,
        date: input.date,
        announced: input.kind === "ANNOUNCED",
        participants: input.participants,
        notes: input.notes,
        createdById: user.id,
      },
      select: { id: true, date: true, announced: true, participants: true, notes: true },
    });
    await recordAudit(tx, { trajectoryId, actorId: user.id, action: "visit.recorded", entity: "Visit", entityId: visit.id, after: { ...visit, state: input.state } });
    const roundId = input.state === "HELD" ? await markHeldIn(tx, user, trajectoryId, visit, input.openRound) : null;
    return { ok: true as const, visitId: visit.id, roundId };
  });
}

/**
 * Records a planned visit as held, on the day it took place (which may differ from the planned
 * day). "notFound" when the visit is not a planned visit of this trajectory, "already" when
 * someone recorded it as held first (the primary key of VisitHeld decides the race).
 */
export async function recordVisitHeld(
  user: Viewer,
  trajectory: VisibleTrajectory,
  visitId: string,
  input: VisitHeldInput,
): Promise<{ ok: true; roundId: string | null } | { ok: false; reason: "notFound" | "already" }> {
  try {
    return await markPlannedVisitHeld(user, trajectory, visitId, input);
  } catch (error) {
    // Someone recorded it as held between our read and our write: VisitHeld's key refused the second.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "already" };
    throw error;
  }
}

function markPlannedVisitHeld(user: Viewer, trajectory: VisibleTrajectory, visitId: string, input: VisitHeldInput) {
  return db.$transaction(async (tx) => {
    const visit = await tx.visit.findFirst({
      where: { id: visitId, trajectoryId: trajectory.id },
      select: { id: true, date: true, announced: true, notes: true, held: { select: { visitId: true } } },
    });
    if (!visit) return { ok: false as const, reason: "notFound" as const };
    if (visit.held) return { ok: false as const, reason: "already" as const };
    const notes = input.notes || visit.notes;
    if (input.date !== visit.date || notes !== visit.notes) {
      await tx.visit.update({ where: { id: visit.id }, data: { date: input.date, notes } });
      await recordAudit(tx, {
        trajectoryId: trajectory.id,
        actorId: user.id,
        action: "visit.updated",
        entity: "Visit",
        entityId: visit.id,
        before: { date: visit.date, notes: visit.notes },
        after: { date: input.date, notes },
      });
    }
    const roundId = await markHeldIn(tx, user, trajectory.id, { ...visit, date: input.date }, input.openRound);
    return { ok: true as const, roundId };
  });
}
