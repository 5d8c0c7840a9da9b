// Repeated failed sign-ins slow down: the first FREE_ATTEMPTS failures in the window cost
// nothing, after that each failure doubles the wait (30 s, 60 s, … up to 15 minutes).
export const WINDOW_MINUTES = 15;
const FREE_ATTEMPTS = 5;
const BASE_SECONDS = 30;
const MAX_SECONDS = WINDOW_MINUTES * 60;

/** Seconds the user must still wait before the next attempt; 0 when they may try now. */
export function secondsToWait(failuresInWindow: number, lastFailureAt: Date | null, now: Date = new Date()): number {
  if (failuresInWindow < FREE_ATTEMPTS || !lastFailureAt) return 0;
  const wait = Math.min(BASE_SECONDS * 2 ** (failuresInWindow - FREE_ATTEMPTS), MAX_SECONDS);
  const elapsed = (now.getTime() - lastFailureAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(wait - elapsed));
}
