import { describe, expect, it } from "vitest";
import { isInstructionsCode, readDeadlineReason, storeDeadlineReason } from "./system-texts";

describe("system texts stored as codes", () => {
  it("reads back the deadline reason it stores, with no sentence in the row", () => {
    const stored = storeDeadlineReason({ code: "EXTENDED_BY_DECISION", decisionDate: "2026-03-24" });
    expect(stored.reason).toBe("");
    expect(readDeadlineReason(stored)).toEqual({ code: "EXTENDED_BY_DECISION", decisionDate: "2026-03-24" });
    const resumed = storeDeadlineReason({ code: "RESUMED_AFTER_FOLLOW_UP", decisionDate: "2026-09-01" });
    expect(resumed).toEqual({ reason: "", reasonCode: "RESUMED_AFTER_FOLLOW_UP", reasonParams: '{"decisionDate":"2026-09-01"}' });
    expect(readDeadlineReason(resumed)).toEqual({ code: "RESUMED_AFTER_FOLLOW_UP", decisionDate: "2026-09-01" });
  });

  it("gives null for a typed reason, an unknown code or parameters that do not fit, so the typed text shows", () => {
    expect(readDeadlineReason({ reasonCode: null, reasonParams: null })).toBeNull();
    expect(readDeadlineReason({ reasonCode: "SOMETHING_ELSE", reasonParams: '{"decisionDate":"2026-03-24"}' })).toBeNull();
    expect(readDeadlineReason({ reasonCode: "EXTENDED_BY_DECISION", reasonParams: "not json" })).toBeNull();
    expect(readDeadlineReason({ reasonCode: "EXTENDED_BY_DECISION", reasonParams: '{"decisionDate":"2026-02-30"}' })).toBeNull();
  });

  it("knows only its own instruction codes", () => {
    expect(isInstructionsCode("FOLLOW_UP_REPORT")).toBe(true);
    expect(isInstructionsCode("Beschrijf per norm")).toBe(false);
    expect(isInstructionsCode(null)).toBe(false);
  });
});
