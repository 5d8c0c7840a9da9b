import { addDays, daysBetween } from "./dates";
import type { TrajectoryStatus } from "./lifecycle";

// Suspension of the supervision term (opschorting): the term stands still from the first to the
// last day (both included), and the deadline moves by that many days. It is not an extension:
// the Dutch case-handling standard keeps the two apart, and so does the history here.

/** Only a running term can be suspended: while the trajectory is active or extended. */
export function canSuspend(status: TrajectoryStatus): boolean {
  return status === "ACTIVE" || status === "EXTENDED";
}

/** The days suspended, first and last day included. */
export function suspendedDays(startDate: string, endDate: string): number {
  return daysBetween(startDate, endDate) + 1;
}

/** The deadline after a suspension of these days. */
export function deadlineAfterSuspension(deadline: string, days: number): string {
  return addDays(deadline, days);
}

/** Whether two periods (inclusive) share a day. */
export function periodsOverlap(a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}
