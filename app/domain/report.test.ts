import { describe, expect, it } from "vitest";
import { awaitsOrganisation, canInspect, canOrganisationAct, isReportOverdue } from "./report";

const team = { leadInspectorId: "lead", memberIds: ["member"], status: "FOLLOW_UP" as const };

describe("progress report rules", () => {
  it("is overdue only while the organisation still owes it, from the day after the due date", () => {
    expect(isReportOverdue({ status: "REQUESTED", dueDate: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isReportOverdue({ status: "MORE_INFO_NEEDED", dueDate: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isReportOverdue({ status: "REQUESTED", dueDate: "2026-03-01" }, "2026-03-01")).toBe(false);
    expect(isReportOverdue({ status: "SUBMITTED", dueDate: "2026-03-01" }, "2026-03-09")).toBe(false);
    expect(isReportOverdue({ status: "ACCEPTED", dueDate: "2026-03-01" }, "2026-03-09")).toBe(false);
    expect(awaitsOrganisation("SUBMITTED")).toBe(false);
  });

  it("lets only team inspectors request and review, and only the organisation submit, while open for work", () => {
    expect(canInspect({ id: "lead", role: "INSPECTOR" }, team, "report:review")).toBe(true);
    expect(canInspect({ id: "member", role: "INSPECTOR" }, team, "report:request")).toBe(true);
    expect(canInspect({ id: "other", role: "INSPECTOR" }, team, "report:review")).toBe(false);
    expect(canInspect({ id: "lead", role: "MANAGER" }, team, "report:review")).toBe(false);
    expect(canInspect({ id: "lead", role: "INSPECTOR" }, { ...team, status: "ARCHIVED" }, "report:review")).toBe(false);
    expect(canOrganisationAct({ id: "o", role: "ORGANISATION" }, team, "report:submit")).toBe(true);
    expect(canOrganisationAct({ id: "o", role: "ORGANISATION" }, { status: "ARCHIVED" }, "plan:edit")).toBe(false);
    expect(canOrganisationAct({ id: "lead", role: "INSPECTOR" }, team, "report:submit")).toBe(false);
  });
});
