import { beforeEach, describe, expect, it } from "vitest";
import { dueItemsPage } from "~/models/deadline.server";
import { db, seedDemoData } from "../support/database";

// Issue 17: one row per thing that must happen, and a thing done is not overdue.
const TODAY = "2026-11-23";
const enver = { kind: "organisation", organisationId: "org-enver" } as const;
const rows = async (scope: Parameters<typeof dueItemsPage>[0]) =>
  (await dueItemsPage(scope, {}, { skip: 0, take: 100 }, TODAY)).items.map((i) => `${i.kind} ${i.title}`);

describe("what falls due, once", () => {
  beforeEach(seedDemoData);

  it("lists a follow-up obligation carried by a report request or plan version once, as that report or plan", async () => {
    const items = await rows(enver);
    expect(items.filter((row) => row.endsWith("Rapportage na de zomer van 2026"))).toEqual(["report Rapportage na de zomer van 2026"]);
    expect(items.filter((row) => row.startsWith("followUp"))).toEqual([]);
    // The sharpened plan (v2) carries its obligation but has no due date (the sources give none),
    // so neither it nor its obligation is a due item; the report after the summer is.
    expect(items.filter((row) => row.startsWith("plan "))).toEqual([]);
    const { total } = await dueItemsPage(enver, {}, { skip: 0, take: 100 }, TODAY);
    expect(total).toBe(items.length);
  });

  it("drops the report once Enver has submitted it, and the obligation with it", async () => {
    await db.progressReportRequest.updateMany({ where: { title: "Rapportage na de zomer van 2026" }, data: { status: "SUBMITTED" } });
    const items = await rows(enver);
    expect(items.some((row) => row.includes("Rapportage na de zomer van 2026"))).toBe(false);
  });

  it("still lists an obligation that no report or plan carries yet", async () => {
    await db.progressReportRequest.deleteMany({ where: { title: "Rapportage na de zomer van 2026" } });
    expect(await rows(enver)).toContain("followUp Rapportage na de zomer van 2026");
  });

  it("no longer counts the supervision term of an escalated trajectory as due", async () => {
    const items = await rows({ kind: "all" });
    expect(items).not.toContain("trajectory VT-2025-002");
    expect(items).toContain("trajectory VT-2025-003");
  });
});
