import { afterEach, beforeEach, vi } from "vitest";

/**
 * Pins "today" for the test and for the code it calls (loaders, models and schemas read the clock
 * through `new Date()`), so a test that depends on the date gives the same answer on any day it
 * runs. Only Date is faked: timers, and therefore Prisma and SQLite, run as usual. Returns the day.
 */
export function onDay(today: string, time = "10:00:00"): string {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    // Europe/Amsterdam is UTC+1 or +2: 10:00 UTC is the same calendar day there.
    vi.setSystemTime(new Date(`${today}T${time}Z`));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  return today;
}
