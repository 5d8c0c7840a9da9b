import { describe, expect, it } from "vitest";
import { canStartNextVersion, comparePlanActions, nextActionOrder, type ComparableAction } from "./plan";

const action = (order: number, extra: Partial<ComparableAction> = {}): ComparableAction => ({
  order,
  description: `Actie ${order}`,
  owner: "Team",
  dueDate: "2026-06-30",
  status: "PLANNED",
  progress: "",
  normId: "norm-pz-1",
  measureId: null,
  ...extra,
});

describe("improvement plan rules", () => {
  it("starts a next version only when there is none or the last was reviewed", () => {
    expect(canStartNextVersion(null)).toBe(true);
    expect(canStartNextVersion("ACCEPTED")).toBe(true);
    expect(canStartNextVersion("SHARPENING_REQUESTED")).toBe(true);
    expect(canStartNextVersion("DRAFT")).toBe(false);
    expect(canStartNextVersion("SUBMITTED")).toBe(false);
  });

  it("numbers a new action above everything the lineage used, so a removed action's number is never reused", () => {
    expect(nextActionOrder([], [])).toBe(1);
    expect(nextActionOrder([1, 2], [1, 2, 3])).toBe(4);
    expect(nextActionOrder([1, 2, 7], [1, 2, 3])).toBe(8);
  });

  it("compares two versions per action: added, removed, changed with its fields, unchanged", () => {
    const before = [action(1), action(2), action(3)];
    const after = [action(1), action(3, { owner: "Bestuur", status: "DONE" }), action(4)];
    expect(comparePlanActions(before, after).map((c) => [c.order, c.kind, c.kind === "changed" ? c.fields : []])).toEqual([
      [1, "unchanged", []],
      [2, "removed", []],
      [3, "changed", ["owner", "status"]],
      [4, "added", []],
    ]);
  });
});
