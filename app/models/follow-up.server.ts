// Follow-up obligations after closure (nazorg): a sharpened plan, a report after the summer.
// They are met through the same machinery as during supervision: accepting the linked plan
// version or progress report marks the obligation MET, in the reviewer's own transaction.
import { recordAudit, type Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

export async function markFollowUpMet(
  tx: Tx,
  input: { trajectoryId: string; followUpId: string | null; actorId: string; via: { entity: string; entityId: string } },
): Promise<void> {
  if (!input.followUpId) return;
  const { count } = await tx.followUpObligation.updateMany({
    where: { id: input.followUpId, trajectoryId: input.trajectoryId, status: "OPEN" },
    data: { status: "MET" },
  });
  if (count === 0) return;
  await recordAudit(tx, {
    trajectoryId: input.trajectoryId,
    actorId: input.actorId,
    action: "followUp.met",
    entity: "FollowUpObligation",
    entityId: input.followUpId,
    before: { status: "OPEN" },
    after: { status: "MET", ...input.via },
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
