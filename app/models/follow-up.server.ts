// Follow-up obligations after closure (nazorg): a sharpened plan, a report after the summer.
// They are met through the same machinery as during supervision: accepting the linked plan
// version or progress report marks the obligation MET, in the reviewer's own transaction.
import { recordAudit, type Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

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

/** The obligations of one trajectory, earliest first (a handful at most). */
export async function listFollowUps(trajectoryId: string) {
  return db.followUpObligation.findMany({
    where: { trajectoryId },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    select: { id: true, kind: true, title: true, dueDate: true, status: true },
    take: 50,
  });
}
