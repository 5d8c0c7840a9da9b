import { describe, expect, it } from "vitest";
import { awaitsOrganisation, isReportOverdue } from "./report";

describe("progress report rules", () => {
  it("is overdue only while the organisation still owes it, from the day after the due date", () => {
    expect(isReportOverdue({ status: "REQUESTED", dueDate: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isReportOverdue({ status: "MORE_INFO_NEEDED", dueDate: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isReportOverdue({ status: "REQUESTED", dueDate: "2026-03-01" }, "2026-03-01")).toBe(false);
    expect(isReportOverdue({ status: "SUBMITTED", dueDate: "2026-03-01" }, "2026-03-09")).toBe(false);
    expect(isReportOverdue({ status: "ACCEPTED", dueDate: "2026-03-01" }, "2026-03-09")).toBe(false);
    expect(awaitsOrganisation("SUBMITTED")).toBe(false);
  });
});
