import { describe, expect, it } from "vitest";
import {
  afterFailure,
  digestKey,
  ESSENTIAL_KINDS,
  MAX_ATTEMPTS,
  mailsImmediately,
  MUTABLE_KINDS,
  organisationMayKnowVisit,
  parseMutedKinds,
  reminderWindow,
  retryDelayMs,
  wantsKind,
} from "./notifications";

describe("notification rules", () => {
  it("reminds at exactly 14 and 3 days before, and every day once overdue", () => {
    expect(reminderWindow("2026-03-18", "2026-03-04")).toBe("14");
    expect(reminderWindow("2026-03-07", "2026-03-04")).toBe("3");
    expect(reminderWindow("2026-03-03", "2026-03-04")).toBe("overdue");
    expect(reminderWindow("2026-03-04", "2026-03-04")).toBeNull();
    expect(reminderWindow("2026-03-10", "2026-03-04")).toBeNull();
    // Across the change to summer time: calendar days, no clock.
    expect(reminderWindow("2026-04-11", "2026-03-28")).toBe("14");
  });

  it("backs off exponentially up to six hours, and gives up after the maximum or at once when permanent", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 3600_000);
    const now = new Date("2026-01-01T00:00:00Z");
    expect(afterFailure(1, false, now)).toEqual({ status: "PENDING", nextAttemptAt: new Date("2026-01-01T00:01:00Z") });
    expect(afterFailure(MAX_ATTEMPTS, false, now)).toEqual({ status: "FAILED" });
    expect(afterFailure(1, true, now)).toEqual({ status: "FAILED" });
  });

  it("never lets an essential kind be switched off", () => {
    const everything = { mode: "IMMEDIATE" as const, mutedKinds: parseMutedKinds(JSON.stringify([...ESSENTIAL_KINDS, ...MUTABLE_KINDS, "nonsense"])) };
    expect(everything.mutedKinds).toEqual(MUTABLE_KINDS);
    for (const kind of ESSENTIAL_KINDS) expect(wantsKind(everything, kind)).toBe(true);
    for (const kind of MUTABLE_KINDS) expect(wantsKind(everything, kind)).toBe(false);
    expect(parseMutedKinds("not json")).toEqual([]);
  });

  it("mails at once only in immediate mode, and reminders always in the daily digest", () => {
    expect(mailsImmediately({ mode: "IMMEDIATE", mutedKinds: [] }, "report.requested")).toBe(true);
    expect(mailsImmediately({ mode: "DIGEST", mutedKinds: [] }, "report.requested")).toBe(false);
    expect(mailsImmediately({ mode: "IMMEDIATE", mutedKinds: [] }, "deadline.reminder")).toBe(false);
    expect(digestKey("u1", "2026-03-04")).toBe("digest:u1:2026-03-04");
  });

  it("tells an organisation of an unannounced visit only from its day on", () => {
    expect(organisationMayKnowVisit({ announced: false, date: "2026-03-05" }, "2026-03-04")).toBe(false);
    expect(organisationMayKnowVisit({ announced: false, date: "2026-03-04" }, "2026-03-04")).toBe(true);
    expect(organisationMayKnowVisit({ announced: true, date: "2026-03-05" }, "2026-03-04")).toBe(true);
  });
});
