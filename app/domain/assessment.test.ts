import { describe, expect, it } from "vitest";
import { baselineComparison, changedFields, countRatings, isRequiredMeasureOverdue, roundKindTaken } from "./assessment";

const round = (kind: string, date: string, createdAt = `${date}T10:00:00Z`) => ({ id: `${kind}-${date}`, kind, title: kind, date, createdAt });

describe("assessment rules", () => {
  it("allows one baseline and one final round, and any number of interim rounds", () => {
    expect(roundKindTaken("BASELINE", ["BASELINE"])).toBe(true);
    expect(roundKindTaken("FINAL", ["BASELINE", "INTERIM"])).toBe(false);
    expect(roundKindTaken("INTERIM", ["INTERIM", "INTERIM"])).toBe(false);
  });

  it("counts ratings per round, with the norms not yet assessed", () => {
    expect(countRatings(["MEETS", "DOES_NOT_MEET", "DOES_NOT_MEET"], 9)).toEqual({
      MEETS: 1,
      LARGELY_MEETS: 0,
      PARTLY_MEETS: 0,
      DOES_NOT_MEET: 2,
      NOT_ASSESSED: 0,
      none: 6,
    });
  });

  it("says what a revision changed", () => {
    const a = { rating: "MEETS", findings: "x", evidence: "" };
    expect(changedFields(null, a)).toEqual(["rating", "findings", "evidence"]);
    expect(changedFields(a, { ...a, findings: "y" })).toEqual(["findings"]);
    expect(changedFields(a, a)).toEqual([]);
  });

  it("computes overdue from today, only for measures still open or in progress", () => {
    expect(isRequiredMeasureOverdue({ status: "OPEN", dueDate: "2026-01-31" }, "2026-02-01")).toBe(true);
    expect(isRequiredMeasureOverdue({ status: "IN_PROGRESS", dueDate: "2026-01-31" }, "2026-01-31")).toBe(false);
    expect(isRequiredMeasureOverdue({ status: "MET", dueDate: "2026-01-31" }, "2026-03-01")).toBe(false);
  });

  it("compares the baseline with the newest later round, and nothing with itself", () => {
    const baseline = { rating: "DOES_NOT_MEET" as const, findings: "b", round: round("BASELINE", "2025-04-30") };
    expect(baselineComparison([baseline])).toMatchObject({ latest: null, trend: "unknown" });
    const interim = { rating: "PARTLY_MEETS" as const, findings: "i", round: round("INTERIM", "2025-10-14") };
    const sameDayLater = { rating: "DOES_NOT_MEET" as const, findings: "j", round: round("INTERIM", "2025-10-14", "2025-10-14T15:00:00Z") };
    expect(baselineComparison([interim, baseline])).toMatchObject({ latest: { findings: "i" }, trend: "improved" });
    expect(baselineComparison([interim, sameDayLater, baseline])).toMatchObject({ latest: { findings: "j" }, trend: "unchanged" });
  });
});
