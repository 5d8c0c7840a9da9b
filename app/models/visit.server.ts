// Visits to the organisation. Recording one may open an interim assessment round in the same
// transaction: the visit, the round and both audit events are written together or not at all.
import type { VisitInput } from "~/domain/assessment-forms";
import type { PageRequest } from "~/domain/pagination";
import { seesInternalRecords, seesUnpublishedRounds } from "~/domain/permissions";
import type { Role } from "~/domain/roles";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { createRoundIn } from "./assessment.server";

type Viewer = { id: string; role: Role };

/** One page of visits, newest first; organisation users do not get the inspectors' notes. */
export async function listVisits(user: Viewer, trajectoryId: string, page: PageRequest) {
  const where = { trajectoryId };
  const [total, rows] = await Promise.all([
    db.visit.count({ where }),
    db.visit.findMany({
      where,
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, date: true, announced: true, participants: true, notes: true, round: { select: { id: true, title: true, publishedAt: true } } },
    }),
  ]);
  // The organisation sees neither the notes nor a round that is not yet published to it.
  const internal = seesInternalRecords(user);
  const visits = rows.map(({ notes, round, ...visit }) => ({
    ...visit,
    notes: internal ? notes : null,
    round: round && (seesUnpublishedRounds(user) || round.publishedAt) ? { id: round.id, title: round.title } : null,
  }));
  return { total, visits };
}

export async function recordVisit(
  user: Viewer,
  trajectoryId: string,
  input: VisitInput,
  interimRoundTitle: string,
): Promise<{ ok: true; visitId: string; roundId: string | null }> {
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
    await recordAudit(tx, { trajectoryId, actorId: user.id, action: "visit.recorded", entity: "Visit", entityId: visit.id, after: visit });
    if (!input.openRound) return { ok: true as const, visitId: visit.id, roundId: null };
    // Interim rounds are unlimited, so opening one from a visit cannot be refused.
    const round = await createRoundIn(tx, user, trajectoryId, { kind: "INTERIM", title: interimRoundTitle, date: input.date, visitId: visit.id });
    if (!round.ok) throw new Error("An interim round was refused");
    return { ok: true as const, visitId: visit.id, roundId: round.id };
  });
}
