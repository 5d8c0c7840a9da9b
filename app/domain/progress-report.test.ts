import { describe, expect, it } from "vitest";
import { awaitsOrganisation, isProgressReportOverdue } from "./progress-report";

describe("progress report rules", () => {
  it("is overdue only while the organisation still owes it, from the day after the due date", () => {
    expect(isProgressReportOverdue({ status: "REQUESTED", dueDate: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isProgressReportOverdue({ status: "MORE_INFO_NEEDED", dueDate: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isProgressReportOverdue({ status: "REQUESTED", dueDate: "2026-03-01" }, "2026-03-01")).toBe(false);
    expect(isProgressReportOverdue({ status: "SUBMITTED", dueDate: "2026-03-01" }, "2026-03-09")).toBe(false);
    expect(isProgressReportOverdue({ status: "ACCEPTED", dueDate: "2026-03-01" }, "2026-03-09")).toBe(false);
    expect(awaitsOrganisation("SUBMITTED")).toBe(false);
  });
});
