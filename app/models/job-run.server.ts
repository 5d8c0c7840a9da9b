import { db } from "~/utils/db.server";

// A scheduled job runs once per period however many app servers run it (decision 018): each
// server tries to insert the period's JobRun row, and only the one whose insert succeeds runs
// the job. One INSERT on either engine (the row's primary key decides), no lock held while the
// job runs, and nothing to clean up when a server dies mid-run: the next period is claimed anew.

/** The period a job run covers: the UTC hour ("2026-12-02T07"). */
export function hourPeriod(now: Date): string {
  return now.toISOString().slice(0, 13);
}

/** Claims `job`'s run for `period` for `runner`: true for exactly one caller per job and period. */
export async function claimJobRun(job: string, period: string, runner: string): Promise<boolean> {
  try {
    await db.jobRun.create({ data: { job, period, runner }, select: { job: true } });
    return true;
  } catch (error) {
    if (typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

/** Forgets the job's claims of periods before `before` (periods sort as text). */
export async function forgetJobRuns(job: string, before: string): Promise<void> {
  await db.jobRun.deleteMany({ where: { job, period: { lt: before } } });
}
