import { describe, expect, it } from "vitest";
import { placeEvents } from "./timeline";

describe("timeline placement", () => {
  it("orders by date and spreads events from 0 to 100%", () => {
    const placed = placeEvents([
      { date: "2026-01-31", kind: "deadline", label: "Termijn" },
      { date: "2025-04-30", kind: "start", label: "Start" },
      { date: "2025-10-15", kind: "visit", label: "Bezoek" },
    ]);
    expect(placed.map((e) => e.kind)).toEqual(["start", "visit", "deadline"]);
    expect(placed[0]!.at).toBe(0);
    expect(placed[2]!.at).toBe(100);
    expect(placed[1]!.at).toBeGreaterThan(50);
  });

  it("keeps one day's events in a fixed order and copes with a single date", () => {
    expect(placeEvents([{ date: "2026-03-09", kind: "today", label: "x" }, { date: "2026-03-09", kind: "decision", label: "y" }]).map((e) => [e.kind, e.at])).toEqual([
      ["decision", 0],
      ["today", 0],
    ]);
  });
});

describe("markers close together", () => {
  it("stack in rows instead of overlapping, and markers far apart share the first row", () => {
    const placed = placeEvents([
      { date: "2025-01-01", kind: "start", label: "start" },
      { date: "2026-01-10", kind: "visit", label: "a" },
      { date: "2026-01-12", kind: "round", label: "b" },
      { date: "2026-01-14", kind: "report", label: "c" },
      { date: "2026-06-01", kind: "decision", label: "d" },
      { date: "2026-12-31", kind: "deadline", label: "e" },
    ]);
    expect(placed.map((e) => [e.label, e.lane])).toEqual([
      ["start", 0],
      ["a", 0],
      ["b", 1],
      ["c", 2],
      ["d", 0],
      ["e", 0],
    ]);
  });
});
