import { beforeEach, describe, expect, it } from "vitest";
import { dueItemsPage } from "~/models/deadline.server";
import { db, seedDemoData } from "../support/database";

describe("what falls due", () => {
  beforeEach(seedDemoData);

  it("lists Enver's follow-up as the report after the summer, not the sharpened plan the sources give no date, overdue first", async () => {
    const { items } = await dueItemsPage({ kind: "organisation", organisationId: "org-enver" }, {}, { skip: 0, take: 50 }, "2026-11-23");
    const kinds = items.map((i) => i.kind);
    expect(kinds).toContain("report");
    // The sharpened plan carries its follow-up obligation but has no due date: neither is due.
    expect(kinds).not.toContain("plan");
    expect(kinds).not.toContain("followUp");
    expect(items.find((i) => i.kind === "report")?.dueDate).toBe("2026-09-30");
    expect(items.every((i) => i.organisationName === "Enver")).toBe(true);
    const dates = items.map((i) => i.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect(items.find((i) => i.kind === "report")?.overdue).toBe(true);
  });

  it("computes overdue from the day asked, never stored", async () => {
    const before = await dueItemsPage({ kind: "organisation", organisationId: "org-enver" }, { overdueOnly: true }, { skip: 0, take: 50 }, "2026-01-01");
    const after = await dueItemsPage({ kind: "organisation", organisationId: "org-enver" }, { overdueOnly: true }, { skip: 0, take: 50 }, "2026-11-23");
    expect(before.total).toBe(0);
    expect(after.total).toBeGreaterThan(0);
  });

  it("filters by kind and pages with a total", async () => {
    const all = await dueItemsPage({ kind: "all" }, {}, { skip: 0, take: 100 }, "2026-11-23");
    const firstTwo = await dueItemsPage({ kind: "all" }, {}, { skip: 0, take: 2 }, "2026-11-23");
    const next = await dueItemsPage({ kind: "all" }, {}, { skip: 2, take: 2 }, "2026-11-23");
    expect(firstTwo.total).toBe(all.total);
    expect([...firstTwo.items, ...next.items].map((i) => i.id)).toEqual(all.items.slice(0, 4).map((i) => i.id));
    const reports = await dueItemsPage({ kind: "all" }, { kinds: ["report"] }, { skip: 0, take: 100 }, "2026-11-23");
    expect(reports.items.every((i) => i.kind === "report")).toBe(true);
    const pastEnd = await dueItemsPage({ kind: "all" }, {}, { skip: 1000, take: 10 }, "2026-11-23");
    expect(pastEnd).toEqual({ items: [], total: all.total });
  });

  it("gives an inspector the trajectories they lead or are on the team of, and nothing else", async () => {
    const sanne = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" } });
    const { items } = await dueItemsPage({ kind: "inspector", userId: sanne.id }, {}, { skip: 0, take: 100 });
    const visible = await db.trajectory.findMany({
      where: { OR: [{ leadInspectorId: sanne.id }, { members: { some: { userId: sanne.id } } }] },
      select: { id: true },
    });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => visible.some((t) => t.id === i.trajectoryId))).toBe(true);
    const others = await db.trajectory.findMany({ where: { id: { notIn: visible.map((t) => t.id) } }, select: { id: true } });
    expect(others.length).toBeGreaterThan(0);
    expect(items.some((i) => others.some((o) => o.id === i.trajectoryId))).toBe(false);
  });
});
