// A trajectory's lifecycle step, written the one way every feature writes it: only while the
// trajectory is still at `from` (and at the version the page showed, when one is given), with
// the version raised and a "status changed" audit event in the caller's transaction.
import { canTransition, type TrajectoryStatus } from "~/domain/lifecycle";
import { recordAudit, type Tx } from "~/utils/audit.server";

/** False when someone moved the trajectory first (a conflict for the caller to answer). */
export async function changeTrajectoryStatus(
  tx: Tx,
  input: { trajectoryId: string; actorId: string; from: TrajectoryStatus; to: TrajectoryStatus; version?: number; deadline?: string },
): Promise<boolean> {
  const { trajectoryId, actorId, from, to, version, deadline } = input;
  if (!canTransition(from, to)) throw new Error(`${from} → ${to} is not a lifecycle step`);
  const { count } = await tx.trajectory.updateMany({
    where: { id: trajectoryId, status: from, ...(version === undefined ? {} : { version }) },
    data: { status: to, version: { increment: 1 }, ...(deadline === undefined ? {} : { deadline }) },
  });
  if (count !== 1) return false;
  await recordAudit(tx, {
    trajectoryId,
    actorId,
    action: "trajectory.status_changed",
    entity: "Trajectory",
    entityId: trajectoryId,
    before: { status: from },
    after: { status: to },
  });
  return true;
}
