import { describe, expect, it } from "vitest";
import { can, canAssess, canDecideOn, canInspect, canOrganisationAct, canWriteTrajectory, mayOnTrajectory, mayPropose, organisationScope, seesUnpublishedRounds, type VisibleTrajectory } from "./permissions";

const team = { leadInspectorId: "lead", memberIds: ["member"], status: "FOLLOW_UP" as const };
const trajectory: VisibleTrajectory = { id: "t", reference: "VT-1", status: "ACTIVE", organisationId: "org", frameworkVersionId: "fv", version: 1, leadInspectorId: "lead", memberIds: ["member"] };

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

  it("lets only team inspectors write, and only while the trajectory is open for work", () => {
    const team = { leadInspectorId: "lead", memberIds: ["member"], status: "ACTIVE" as const };
    expect(canAssess({ id: "member", role: "INSPECTOR" }, team)).toBe(true);
    expect(canAssess({ id: "other", role: "INSPECTOR" }, team)).toBe(false);
    expect(canAssess({ id: "lead", role: "MANAGER" }, team)).toBe(false);
    expect(canAssess({ id: "lead", role: "INSPECTOR" }, { ...team, status: "ARCHIVED" })).toBe(false);
  });

  it("lets only team inspectors request and review, and only the organisation submit, while open for work", () => {
    expect(canInspect({ id: "lead", role: "INSPECTOR" }, team, "progress-report:review")).toBe(true);
    expect(canInspect({ id: "member", role: "INSPECTOR" }, team, "progress-report:request")).toBe(true);
    expect(canInspect({ id: "other", role: "INSPECTOR" }, team, "progress-report:review")).toBe(false);
    expect(canInspect({ id: "lead", role: "MANAGER" }, team, "progress-report:review")).toBe(false);
    expect(canInspect({ id: "lead", role: "INSPECTOR" }, { ...team, status: "ARCHIVED" }, "progress-report:review")).toBe(false);
    expect(canOrganisationAct({ id: "o", role: "ORGANISATION" }, team, "progress-report:submit")).toBe(true);
    expect(canOrganisationAct({ id: "o", role: "ORGANISATION" }, { status: "ARCHIVED" }, "plan:edit")).toBe(false);
    expect(canOrganisationAct({ id: "lead", role: "INSPECTOR" }, team, "progress-report:submit")).toBe(false);
  });

  it("confines organisation users to their own organisation and to published rounds", () => {
    expect(organisationScope({ role: "ORGANISATION", organisationId: "org" })).toBe("org");
    expect(organisationScope({ role: "ORGANISATION", organisationId: null })).toBe("-");
    expect(organisationScope({ role: "INSPECTOR", organisationId: null })).toBeNull();
    expect(seesUnpublishedRounds({ role: "ORGANISATION" })).toBe(false);
    expect(seesUnpublishedRounds({ role: "MANAGER" })).toBe(true);
  });

  it("lets only the lead inspector propose closure, while the lifecycle allows it", () => {
    expect(mayPropose({ id: "lead", role: "INSPECTOR" }, trajectory)).toBe(true);
    expect(mayPropose({ id: "member", role: "INSPECTOR" }, trajectory)).toBe(false);
    expect(mayPropose({ id: "lead", role: "INSPECTOR" }, { ...trajectory, status: "CLOSURE_PROPOSED" })).toBe(false);
    expect(mayPropose({ id: "lead", role: "MANAGER" }, trajectory)).toBe(false);
  });

  it("answers every intent on a visible trajectory from the same rules", () => {
    const inspector = { id: "member", role: "INSPECTOR" } as const;
    const outsider = { id: "other", role: "INSPECTOR" } as const;
    const manager = { id: "m", role: "MANAGER" } as const;
    const organisation = { id: "o", role: "ORGANISATION" } as const;
    expect(mayOnTrajectory(organisation, trajectory, "read")).toBe(true);
    expect(mayOnTrajectory(inspector, trajectory, "assess")).toBe(true);
    expect(mayOnTrajectory(outsider, trajectory, "assess")).toBe(false);
    expect(mayOnTrajectory(outsider, trajectory, "audit:read")).toBe(true);
    expect(mayOnTrajectory(organisation, trajectory, "audit:read")).toBe(false);
    expect(mayOnTrajectory(organisation, trajectory, "closure:read")).toBe(false);
    expect(mayOnTrajectory(manager, trajectory, "follow-up:mark-met")).toBe(true);
    expect(mayOnTrajectory(inspector, trajectory, "follow-up:mark-met")).toBe(true);
    expect(mayOnTrajectory(outsider, trajectory, "follow-up:mark-met")).toBe(false);
    expect(mayOnTrajectory(organisation, trajectory, "plan:edit")).toBe(true);
    expect(mayOnTrajectory(organisation, { ...trajectory, status: "ARCHIVED" }, "plan:edit")).toBe(false);
    expect(mayOnTrajectory(inspector, trajectory, "progress-report:review")).toBe(true);
    expect(mayOnTrajectory(manager, trajectory, "decision:publish")).toBe(true);
    expect(mayOnTrajectory(inspector, trajectory, "decision:make")).toBe(false);
  });
});
