import { describe, expect, it } from "vitest";
import { acceptsCheck, consequenceRefusal, isOpenCheck, statusAfter } from "./enforcement";
import { mayOnTrajectory, type VisibleTrajectory } from "./permissions";

describe("the enforcement ladder's rules", () => {
  it("maps each decided consequence to the measure's new status", () => {
    expect(statusAfter("END")).toBe("ENDED");
    expect(statusAfter("NEXT")).toBe("SUCCEEDED");
    expect(statusAfter("WITHDRAW")).toBe("WITHDRAWN");
  });

  it("never follows compliance with a heavier measure", () => {
    expect(consequenceRefusal("COMPLIED", "NEXT")).toBe("complied-next");
    expect(consequenceRefusal("COMPLIED", "END")).toBeNull();
    expect(consequenceRefusal("NOT_COMPLIED", "NEXT")).toBeNull();
    expect(consequenceRefusal("NOT_COMPLIED", "WITHDRAW")).toBeNull();
  });

  it("accepts checks only on a measure in force, and counts planned and proposed checks as open", () => {
    expect(acceptsCheck("IN_FORCE")).toBe(true);
    for (const status of ["ENDED", "SUCCEEDED", "WITHDRAWN", "anything"]) expect(acceptsCheck(status)).toBe(false);
    expect(isOpenCheck("PLANNED")).toBe(true);
    expect(isOpenCheck("PROPOSED")).toBe(true);
    expect(isOpenCheck("DECIDED")).toBe(false);
  });
});

describe("who may act on the ladder, follow-up outcomes and suspensions", () => {
  const trajectory: VisibleTrajectory = {
    id: "t",
    reference: "VT",
    status: "ESCALATED",
    organisationId: "o",
    frameworkVersionId: "f",
    version: 1,
    leadInspectorId: "lead",
    memberIds: ["member"],
  };
  const lead = { id: "lead", role: "INSPECTOR" as const };
  const outsider = { id: "x", role: "INSPECTOR" as const };
  const manager = { id: "m", role: "MANAGER" as const };
  const organisation = { id: "org", role: "ORGANISATION" as const };

  it("lets the team record and suspend, and managers decide", () => {
    for (const intent of ["enforcement:check", "follow-up:record-outcome", "deadline:suspend"] as const) {
      expect(mayOnTrajectory(lead, trajectory, intent)).toBe(true);
      expect(mayOnTrajectory({ id: "member", role: "INSPECTOR" }, trajectory, intent)).toBe(true);
      expect(mayOnTrajectory(outsider, trajectory, intent)).toBe(false);
      expect(mayOnTrajectory(manager, trajectory, intent)).toBe(false);
      expect(mayOnTrajectory(organisation, trajectory, intent)).toBe(false);
    }
    for (const intent of ["enforcement:decide", "follow-up:decide"] as const) {
      expect(mayOnTrajectory(manager, trajectory, intent)).toBe(true);
      expect(mayOnTrajectory(lead, trajectory, intent)).toBe(false);
      expect(mayOnTrajectory(organisation, trajectory, intent)).toBe(false);
    }
  });
});
