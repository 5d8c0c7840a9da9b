import { describe, expect, it } from "vitest";
import { blocksArchive, needsDecision } from "./follow-up";
import { canTransition } from "./lifecycle";
import { canSuspend, deadlineAfterSuspension, periodsOverlap, suspendedDays } from "./suspension";

describe("suspension of a term", () => {
  it("counts both the first and the last day, and moves the deadline by them", () => {
    expect(suspendedDays("2026-03-01", "2026-03-10")).toBe(10);
    expect(suspendedDays("2026-03-01", "2026-03-01")).toBe(1);
    // Across the change to summer time the count stays in calendar days.
    expect(suspendedDays("2026-03-28", "2026-03-30")).toBe(3);
    expect(deadlineAfterSuspension("2026-12-02", 10)).toBe("2026-12-12");
  });

  it("suspends only a running term, and sees periods that share a day as overlapping", () => {
    expect(canSuspend("ACTIVE")).toBe(true);
    expect(canSuspend("EXTENDED")).toBe(true);
    for (const status of ["CLOSURE_PROPOSED", "LIFTED", "ESCALATED", "FOLLOW_UP", "ARCHIVED"] as const) expect(canSuspend(status)).toBe(false);
    expect(periodsOverlap({ startDate: "2026-01-01", endDate: "2026-01-10" }, { startDate: "2026-01-10", endDate: "2026-01-12" })).toBe(true);
    expect(periodsOverlap({ startDate: "2026-01-01", endDate: "2026-01-10" }, { startDate: "2026-01-11", endDate: "2026-01-12" })).toBe(false);
  });
});

describe("follow-up outcomes", () => {
  it("asks a decision for not met and partly met only, and blocks archiving until it is taken", () => {
    expect(needsDecision("MET")).toBe(false);
    expect(needsDecision("NOT_MET")).toBe(true);
    expect(needsDecision("PARTLY_MET")).toBe(true);
    expect(blocksArchive({ status: "OPEN" })).toBe(true);
    expect(blocksArchive({ status: "MET", outcome: { outcome: "MET", decision: null } })).toBe(false);
    expect(blocksArchive({ status: "NOT_MET", outcome: { outcome: "NOT_MET", decision: null } })).toBe(true);
    expect(blocksArchive({ status: "NOT_MET", outcome: { outcome: "NOT_MET", decision: "NO_FURTHER_ACTION" } })).toBe(false);
  });

  it("lets follow-up lead back into supervision", () => {
    expect(canTransition("FOLLOW_UP", "ACTIVE")).toBe(true);
    expect(canTransition("ARCHIVED", "ACTIVE")).toBe(false);
  });
});
