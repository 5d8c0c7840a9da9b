import { describe, expect, it } from "vitest";
import { DATE_RANGES, dateBounds, isoDate, optionalIsoDate, optionalText, requiredText } from "./form-rules";
import { VisitSchema } from "./assessment-forms";
import { followUpField } from "./closure";
import { todayIso } from "./dates";
import { ProposalSchema } from "./closure-forms";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message.split("|")[0]) ?? [];

describe("free text refuses control characters", () => {
  it("NUL, escape and other control characters get a field error; tabs and line breaks are fine", () => {
    for (const value of ["a\u0000b", "\u001b[31m", "x\u0007", "\u007f"]) {
      expect(messages(requiredText().safeParse(value)), JSON.stringify(value)).toEqual(["security.field.controlCharacters"]);
      expect(messages(optionalText().safeParse(value)), JSON.stringify(value)).toEqual(["security.field.controlCharacters"]);
    }
    expect(requiredText().safeParse("regel 1\n\tregel 2\r\n").success).toBe(true);
  });
});

describe("dates lie within a plausible range for their field", () => {
  it("refuses 9999-12-31 as a visit date and accepts this year's", () => {
    const visit = { kind: "ANNOUNCED", participants: "Sanne" };
    expect(messages(VisitSchema.safeParse({ ...visit, date: "9999-12-31" }))).toEqual(["security.field.dateRange"]);
    expect(messages(VisitSchema.safeParse({ ...visit, date: "0001-01-01" }))).toEqual(["security.field.dateRange"]);
    expect(VisitSchema.safeParse({ ...visit, date: dateBounds(DATE_RANGES.event).max }).success).toBe(true);
  });

  it("has bounds per kind of field, moving with today", () => {
    expect(dateBounds(DATE_RANGES.event, "2026-03-09")).toEqual({ min: "1996-03-09", max: "2028-03-09" });
    expect(dateBounds(DATE_RANGES.due, "2026-03-09")).toEqual({ min: "2016-03-09", max: "2036-03-09" });
    expect(messages(isoDate(DATE_RANGES.due).safeParse("2100-01-01"))).toEqual(["security.field.dateRange"]);
    expect(messages(optionalIsoDate(DATE_RANGES.due).safeParse("2100-01-01"))).toEqual(["security.field.dateRange"]);
    expect(optionalIsoDate(DATE_RANGES.due).safeParse("").success).toBe(true);
    // Not a date at all (there is no 31 February): one error, that one.
    expect(messages(isoDate(DATE_RANGES.due).safeParse("31-02-2026"))).toEqual(["field.date"]);
  });
});

// Issue 17: date fields show the app's own format, so they read it back (and ISO days, as before).
describe("date fields read what they show", () => {
  it("turns the app's format and the usual short forms into the ISO day, and refuses no day", () => {
    const today = todayIso();
    const [y, m, d] = today.split("-").map(Number) as [number, number, number];
    const months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    expect(isoDate(DATE_RANGES.event).parse(`${d} ${months[m - 1]} ${y}`)).toBe(today);
    expect(isoDate(DATE_RANGES.event).parse(`${d}-${m}-${y}`)).toBe(today);
    expect(isoDate(DATE_RANGES.event).parse(today)).toBe(today);
    expect(optionalIsoDate(DATE_RANGES.due).parse(`${d}/${m}/${y}`)).toBe(today);
    expect(messages(isoDate(DATE_RANGES.event).safeParse("30 februari 2026"))).toEqual(["field.date"]);
  });

  it("reads a follow-up's due date on a closure proposal the same way", () => {
    const parsed = ProposalSchema.parse({
      outcome: "LIFT",
      rationale: "Verbeterd.",
      version: "0",
      [followUpField(0, "title")]: "Rapportage na de zomer",
      [followUpField(0, "kind")]: "REPORT",
      [followUpField(0, "dueDate")]: "30 september 2027",
    });
    expect(parsed.followUps).toEqual([{ title: "Rapportage na de zomer", kind: "REPORT", dueDate: "2027-09-30" }]);
  });
});
