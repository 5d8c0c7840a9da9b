// Suspending the supervision term (opschorting): written apart from extensions (DeadlineChange),
// with the trajectory's version in the where clause so a suspension never overwrites a
// simultaneous change of the deadline (409). One exported function per event (a notification
// can be added to it later).
import { isTrajectoryStatus } from "~/domain/lifecycle";
import { canSuspend, deadlineAfterSuspension, periodsOverlap, suspendedDays } from "~/domain/suspension";
import type { SuspensionInput } from "~/domain/suspension-forms";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

export type SuspendResult =
  | { ok: true; newDeadline: string }
  | { ok: false; reason: "status" | "overlap" | "conflict" }
  | { ok: false; reason: "field"; field: "startDate"; message: "suspension.field.startBeforeTerm" | "suspension.field.startAfterDeadline" };

/** Event: the team suspends the term for a reason, from a start to an end date. */
export async function suspendTerm(user: { id: string }, trajectoryId: string, input: SuspensionInput): Promise<SuspendResult> {
  return db.$transaction(async (tx): Promise<SuspendResult> => {
    const trajectory = await tx.trajectory.findUniqueOrThrow({
      where: { id: trajectoryId },
      select: { status: true, startDate: true, deadline: true, version: true, suspensions: { select: { startDate: true, endDate: true }, take: 100 } },
    });
    if (!isTrajectoryStatus(trajectory.status) || !canSuspend(trajectory.status)) return { ok: false, reason: "status" };
    if (trajectory.version !== input.version) return { ok: false, reason: "conflict" };
    if (input.startDate < trajectory.startDate) return { ok: false, reason: "field", field: "startDate", message: "suspension.field.startBeforeTerm" };
    if (input.startDate > trajectory.deadline) return { ok: false, reason: "field", field: "startDate", message: "suspension.field.startAfterDeadline" };
    if (trajectory.suspensions.some((s) => periodsOverlap(s, input))) return { ok: false, reason: "overlap" };
    const days = suspendedDays(input.startDate, input.endDate);
    const newDeadline = deadlineAfterSuspension(trajectory.deadline, days);
    const { count } = await tx.trajectory.updateMany({
      where: { id: trajectoryId, version: input.version, status: trajectory.status },
      data: { deadline: newDeadline, version: { increment: 1 } },
    });
    if (count !== 1) return { ok: false, reason: "conflict" };
    const suspension = await tx.deadlineSuspension.create({
      data: {
        trajectoryId,
        reason: input.reason,
        startDate: input.startDate,
        endDate: input.endDate,
        days,
        previousDeadline: trajectory.deadline,
        newDeadline,
        createdById: user.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      trajectoryId,
      actorId: user.id,
      action: "trajectory.suspended",
      entity: "DeadlineSuspension",
      entityId: suspension.id,
      before: { deadline: trajectory.deadline },
      after: { deadline: newDeadline, startDate: input.startDate, endDate: input.endDate, days, reason: input.reason },
    });
    return { ok: true, newDeadline };
  });
}

/** The suspensions of one trajectory, earliest first (a handful at most). */
export async function listSuspensions(trajectoryId: string) {
  return db.deadlineSuspension.findMany({
    where: { trajectoryId },
    orderBy: { startDate: "asc" },
    take: 100,
    select: { id: true, reason: true, startDate: true, endDate: true, days: true, previousDeadline: true, newDeadline: true },
  });
}


/** The days the term has been suspended in all, for the deadline's key fact. */
export async function suspendedDaysTotal(trajectoryId: string): Promise<number> {
  const { _sum } = await db.deadlineSuspension.aggregate({ where: { trajectoryId }, _sum: { days: true } });
  return _sum.days ?? 0;
}
