import { describe, expect, it } from "vitest";
import { buildNormSummary, canArchive, canPropose, isFollowUpOverdue, parseFollowUps, parseNormSummary, statusAfterReturn, statusesAfterApproval, tallySummary } from "./closure";

describe("closure rules", () => {
  it("moves an approved outcome through the lifecycle", () => {
    expect(statusesAfterApproval("LIFT", 2)).toEqual(["LIFTED", "FOLLOW_UP"]);
    expect(statusesAfterApproval("LIFT", 0)).toEqual(["LIFTED"]);
    expect(statusesAfterApproval("EXTEND", 0)).toEqual(["EXTENDED"]);
    expect(statusesAfterApproval("ESCALATE", 0)).toEqual(["ESCALATED"]);
  });

  it("returns a proposal to where the trajectory stood before it", () => {
    expect(statusAfterReturn(null)).toBe("ACTIVE");
    expect(statusAfterReturn("EXTEND")).toBe("EXTENDED");
    expect(statusAfterReturn("ESCALATE")).toBe("ESCALATED");
  });

  it("allows proposals only under supervision and archiving only without open obligations", () => {
    expect(canPropose("ACTIVE")).toBe(true);
    expect(canPropose("ESCALATED")).toBe(true);
    expect(canPropose("CLOSURE_PROPOSED")).toBe(false);
    expect(canPropose("FOLLOW_UP")).toBe(false);
    expect(canArchive("FOLLOW_UP", 0)).toBe(true);
    expect(canArchive("FOLLOW_UP", 1)).toBe(false);
    expect(canArchive("ACTIVE", 0)).toBe(false);
  });

  it("summarises each norm's baseline and newest rating", () => {
    const norms = [
      { id: "n1", code: "PZ-1", title: "Veiligheid" },
      { id: "n2", code: "PZ-2", title: "Screening" },
      { id: "n3", code: "PZ-3", title: "Plan" },
    ];
    const round = (kind: string, date: string) => ({ kind, date, createdAt: `${date}T10:00:00Z` });
    const summary = buildNormSummary(norms, [
      { normId: "n1", rating: "DOES_NOT_MEET", round: round("BASELINE", "2025-04-30") },
      { normId: "n1", rating: "LARGELY_MEETS", round: round("FINAL", "2026-02-01") },
      { normId: "n1", rating: "PARTLY_MEETS", round: round("INTERIM", "2025-10-01") },
      { normId: "n2", rating: "MEETS", round: round("BASELINE", "2025-04-30") },
    ]);
    expect(summary).toEqual([
      { code: "PZ-1", title: "Veiligheid", baseline: "DOES_NOT_MEET", latest: "LARGELY_MEETS" },
      { code: "PZ-2", title: "Screening", baseline: "MEETS", latest: "MEETS" },
      { code: "PZ-3", title: "Plan", baseline: null, latest: null },
    ]);
    expect(parseNormSummary(JSON.stringify(summary))).toEqual(summary);
    expect(tallySummary(summary).baseline).toMatchObject({ DOES_NOT_MEET: 1, MEETS: 1, none: 1 });
  });

  it("reads malformed stored JSON as nothing rather than failing", () => {
    expect(parseNormSummary("not json")).toEqual([]);
    expect(parseFollowUps('[{"title":"x","kind":"OTHER","dueDate":"2026-01-01"}]')).toEqual([]);
  });
});

describe("isFollowUpOverdue: an obligation after closure past its due date says so", () => {
  it("is overdue from the day after the due date while it is open, never once it is met", () => {
    expect(isFollowUpOverdue({ status: "OPEN", dueDate: "2026-09-30" }, "2026-09-30")).toBe(false);
    expect(isFollowUpOverdue({ status: "OPEN", dueDate: "2026-09-30" }, "2026-10-01")).toBe(true);
    expect(isFollowUpOverdue({ status: "MET", dueDate: "2026-09-30" }, "2026-12-02")).toBe(false);
  });
});
