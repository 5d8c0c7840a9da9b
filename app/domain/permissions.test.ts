import { describe, expect, it } from "vitest";
import { can, canDecideOn, canWriteTrajectory } from "./permissions";

describe("permissions", () => {
  it("lets only inspectors write assessments", () => {
    expect(can("INSPECTOR", "assessment:write")).toBe(true);
    expect(can("MANAGER", "assessment:write")).toBe(false);
    expect(can("ORGANISATION", "assessment:write")).toBe(false);
    expect(can("ADMIN", "assessment:write")).toBe(false);
  });

  it("lets inspectors write only in trajectories they lead or are on the team of", () => {
    const team = { leadInspectorId: "lead", memberIds: ["member"] };
    expect(canWriteTrajectory({ id: "lead", role: "INSPECTOR" }, team)).toBe(true);
    expect(canWriteTrajectory({ id: "member", role: "INSPECTOR" }, team)).toBe(true);
    expect(canWriteTrajectory({ id: "other", role: "INSPECTOR" }, team)).toBe(false);
    expect(canWriteTrajectory({ id: "lead", role: "MANAGER" }, team)).toBe(false);
  });

  it("applies four eyes: no decision on one's own or co-authored proposal", () => {
    const proposal = { proposedById: "m1", coAuthorIds: ["m2"] };
    expect(canDecideOn({ id: "m1", role: "MANAGER" }, proposal)).toBe(false);
    expect(canDecideOn({ id: "m2", role: "MANAGER" }, proposal)).toBe(false);
    expect(canDecideOn({ id: "m3", role: "MANAGER" }, proposal)).toBe(true);
    expect(canDecideOn({ id: "i1", role: "INSPECTOR" }, proposal)).toBe(false);
  });
});
