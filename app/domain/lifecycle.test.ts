import { describe, expect, it } from "vitest";
import { canTransition } from "./lifecycle";

describe("trajectory lifecycle", () => {
  it("follows active → closure proposed → lifted → follow-up → archived", () => {
    expect(canTransition("ACTIVE", "CLOSURE_PROPOSED")).toBe(true);
    expect(canTransition("CLOSURE_PROPOSED", "LIFTED")).toBe(true);
    expect(canTransition("LIFTED", "FOLLOW_UP")).toBe(true);
    expect(canTransition("FOLLOW_UP", "ARCHIVED")).toBe(true);
  });

  it("refuses shortcuts and reopening an archived trajectory", () => {
    expect(canTransition("ACTIVE", "LIFTED")).toBe(false);
    expect(canTransition("LIFTED", "ACTIVE")).toBe(false);
    expect(canTransition("ARCHIVED", "ACTIVE")).toBe(false);
  });

  it("keeps an escalated trajectory under supervision until a new proposal", () => {
    expect(canTransition("ESCALATED", "CLOSURE_PROPOSED")).toBe(true);
    expect(canTransition("ESCALATED", "ARCHIVED")).toBe(false);
  });
});
