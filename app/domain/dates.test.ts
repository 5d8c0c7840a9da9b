import { describe, expect, it } from "vitest";
import { addDays, daysBetween, durationChanged, isIsoDate, isOverdue, parseDateInput, supervisionDeadline, todayIso } from "./dates";

describe("supervisionDeadline: the last day of the month reached by adding the months", () => {
  it("gives Enver's deadline: 9 months from 30 April 2025 ends on 31 January 2026", () => {
    expect(supervisionDeadline("2025-04-30", 9)).toBe("2026-01-31");
  });

  it("clamps to the end of a shorter month instead of overflowing into the next", () => {
    expect(supervisionDeadline("2025-08-31", 6)).toBe("2026-02-28");
    expect(supervisionDeadline("2027-08-31", 6)).toBe("2028-02-29");
  });

  it("counts from the start month whatever the day", () => {
    expect(supervisionDeadline("2026-03-01", 9)).toBe("2026-12-31");
    expect(supervisionDeadline("2025-12-15", 3)).toBe("2026-03-31");
  });
});

describe("calendar days", () => {
  it("knows valid ISO dates from invalid ones", () => {
    expect(isIsoDate("2026-01-31")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("31-01-2026")).toBe(false);
    expect(isIsoDate("")).toBe(false);
  });

  it("takes today in Amsterdam, not UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in the Netherlands.
    expect(todayIso(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    expect(todayIso(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
  });

  it("counts days and overdue on calendar days, across the DST change", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-02-01", "2026-01-31")).toBe(-1);
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(isOverdue("2026-01-31", "2026-01-31")).toBe(false);
    expect(isOverdue("2026-01-31", "2026-02-01")).toBe(true);
  });
});

describe("duration beside the deadline", () => {
  it("says when the deadline no longer follows from the duration", () => {
    expect(durationChanged({ startDate: "2025-04-30", durationMonths: 9, deadline: supervisionDeadline("2025-04-30", 9) })).toBe(false);
    expect(durationChanged({ startDate: "2025-04-30", durationMonths: 9, deadline: "2026-05-31" })).toBe(true);
  });
});

describe("parseDateInput: a date field reads the app's own format, not the browser's", () => {
  it.each([
    ["9 maart 2026", "2026-03-09"],
    ["9 March 2026", "2026-03-09"],
    ["2 december 2026", "2026-12-02"],
    ["  31   Januari 2026 ", "2026-01-31"],
    ["9 mrt. 2026", "2026-03-09"],
    ["28 okt 2026", "2026-10-28"],
    ["March 9, 2026", "2026-03-09"],
    ["9-3-2026", "2026-03-09"],
    ["09/03/2026", "2026-03-09"],
    ["9.3.2026", "2026-03-09"],
    ["2026-03-09", "2026-03-09"],
  ])("reads %j as %s", (typed, iso) => {
    expect(parseDateInput(typed)).toBe(iso);
  });

  it.each([["30 februari 2026"], ["31-4-2026"], ["2026-13-01"], ["9 maa 2026"], ["9 constructor 2026"], ["gisteren"], [""], ["12/02/26"], ["9".repeat(50)]])(
    "refuses %j",
    (typed) => {
      expect(parseDateInput(typed)).toBeNull();
    },
  );
});
