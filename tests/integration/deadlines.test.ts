import { beforeEach, describe, expect, it } from "vitest";
import { loader } from "~/routes/termijnen";
import { db, seedDemoData } from "../support/database";
import { get, responseOf, routeArgs, sessionCookieFor } from "../support/requests";
import { onDay } from "../support/clock";

// The day these tests run on, whatever the real date (the demo data is written up to it).
const TODAY = onDay("2026-12-02");

interface Item {
  kind: string;
  id: string;
  dueDate: string;
  overdue: boolean;
  reference: string;
  trajectoryId: string;
  organisationName: string;
}
interface Page {
  items: Item[];
  total: number;
  pages: number;
}

async function deadlines(email: string, query = ""): Promise<Page> {
  const cookie = await sessionCookieFor(email);
  const response = await responseOf(() => loader(routeArgs(get(`/termijnen${query}`, cookie))));
  expect(response.status).toBe(200);
  return response.json();
}

/** Every item of every page, following the page links as a user would. */
async function allPages(email: string, query = ""): Promise<Item[]> {
  const first = await deadlines(email, query);
  const items = [...first.items];
  for (let page = 2; page <= first.pages; page++) items.push(...(await deadlines(email, `${query}${query ? "&" : "?"}pagina=${page}`)).items);
  return items;
}

async function trajectoriesOf(userId: string): Promise<string[]> {
  const rows = await db.trajectory.findMany({
    where: { OR: [{ leadInspectorId: userId }, { members: { some: { userId } } }] },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

describe("the deadlines page", () => {
  beforeEach(seedDemoData);

  it("shows an inspector the deadlines of the trajectories they lead or are on the team of, a manager all of them", async () => {
    const sanne = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" } });
    const hers = await trajectoriesOf(sanne.id);
    const mine = await allPages("inspecteur@igj.example");
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((item) => hers.includes(item.trajectoryId))).toBe(true);

    const everything = await allPages("teamleider@igj.example");
    expect(everything.length).toBeGreaterThan(mine.length);
    expect(new Set(everything.map((i) => i.trajectoryId)).size).toBeGreaterThan(new Set(mine.map((i) => i.trajectoryId)).size);
  });

  it("shows an organisation user only its own organisation's deadlines", async () => {
    const horizon = await allPages("gebruiker@horizon.example");
    expect(horizon.length).toBeGreaterThan(0);
    expect(new Set(horizon.map((i) => i.organisationName))).toEqual(new Set(["Stichting Horizon Pleegzorg"]));
  });

  it("puts overdue items first and computes overdue from today", async () => {
    const items = await allPages("teamleider@igj.example");
    const today = TODAY;
    expect(items.map((i) => i.dueDate)).toEqual(items.map((i) => i.dueDate).sort());
    for (const item of items) expect(item.overdue).toBe(item.dueDate < today);
    const firstOnTime = items.findIndex((i) => !i.overdue);
    expect(items.slice(firstOnTime === -1 ? items.length : firstOnTime).some((i) => i.overdue)).toBe(false);

    const overdue = await allPages("teamleider@igj.example", "?overdue=1");
    expect(overdue.length).toBe(items.filter((i) => i.overdue).length);
    expect(overdue.every((i) => i.overdue)).toBe(true);
  });

  it("filters by kind and ignores an unknown kind", async () => {
    const reports = await allPages("teamleider@igj.example", "?kind=report");
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((i) => i.kind === "report")).toBe(true);
    const unknown = await deadlines("teamleider@igj.example", "?kind=nonsense");
    expect(unknown.total).toBe((await deadlines("teamleider@igj.example")).total);
  });

  it("filters by trajectory reference, within what the user may see", async () => {
    const enver = await allPages("teamleider@igj.example", "?traject=vt-2025-001");
    expect(enver.length).toBeGreaterThan(0);
    expect(enver.every((i) => i.reference === "VT-2025-001")).toBe(true);
    // An inspector may read every trajectory, so asking for one by reference shows it even off
    // the team. Sanne is not on Horizon's trajectory (VT-2026-001): absent by default, there when asked.
    expect((await allPages("inspecteur@igj.example")).some((i) => i.reference === "VT-2026-001")).toBe(false);
    const asked = await allPages("inspecteur@igj.example", "?traject=VT-2026-001");
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((i) => i.reference === "VT-2026-001")).toBe(true);
    // Another organisation's trajectory stays invisible to an organisation user.
    expect((await deadlines("gebruiker@horizon.example", "?traject=VT-2025-001")).total).toBe(0);
  });

  it("pages 25 at a time without losing or repeating an item", async () => {
    await db.followUpObligation.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        trajectoryId: "traj-enver",
        kind: "REPORT",
        title: `Nazorg ${i + 1}`,
        dueDate: `2027-0${1 + (i % 9)}-1${i % 10}`,
        status: "OPEN",
      })),
    });
    const first = await deadlines("enver@enver.example");
    expect(first.items).toHaveLength(25);
    expect(first.pages).toBe(Math.ceil(first.total / 25));
    const all = await allPages("enver@enver.example");
    expect(all).toHaveLength(first.total);
    expect(new Set(all.map((i) => `${i.kind}-${i.id}`)).size).toBe(first.total);
    expect(all.filter((i) => i.kind === "followUp").length).toBeGreaterThanOrEqual(30);
  });
});
