import { beforeEach, describe, expect, it } from "vitest";
import { loader } from "~/routes/_index";
import { cookies } from "../support/assessment-fixtures";
import { db, seedDemoData } from "../support/database";
import { get, responseOf, routeArgs } from "../support/requests";
import { onDay } from "../support/clock";

// The day these tests run on, whatever the real date (the demo data is written up to it).
const TODAY = onDay("2026-12-02");

const home = async (cookie: string) => (await responseOf(() => loader(routeArgs(get("/", cookie))))).json();

beforeEach(async () => {
  await seedDemoData();
});

describe("the organisation's start page", () => {
  it("shows only its own trajectories, what is due with overdue first, and ratings of published rounds only", async () => {
    const org = await cookies.organisation();
    const before = await home(org);
    expect(before.view).toBe("ORGANISATION");
    expect(before.trajectories.map((t: { id: string }) => t.id)).toEqual(["traj-enver"]);
    const enver = before.trajectories[0];
    const pz8 = enver.norms.find((n: { code: string }) => n.code === "PZ-8");
    expect(pz8.latest).toMatchObject({ roundTitle: "Eindbeoordeling" });

    // An unpublished newer round changes nothing the organisation sees.
    const norm = await db.norm.findFirstOrThrow({ where: { id: pz8.id } });
    const round = await db.assessmentRound.create({
      data: { trajectoryId: "traj-enver", kind: "INTERIM", title: "Nog niet vrijgegeven", date: TODAY, createdById: "user-sanne" },
    });
    await db.normAssessment.create({ data: { roundId: round.id, normId: norm.id, rating: "DOES_NOT_MEET", findings: "F", evidence: "", version: 1, updatedAt: new Date() } });
    const hidden = (await home(org)).trajectories[0].norms.find((n: { code: string }) => n.code === "PZ-8");
    expect(hidden.latest.roundTitle).toBe("Eindbeoordeling");
    await db.assessmentRound.update({ where: { id: round.id }, data: { publishedAt: new Date() } });
    const shown = (await home(org)).trajectories[0].norms.find((n: { code: string }) => n.code === "PZ-8");
    expect(shown.latest).toMatchObject({ roundTitle: "Nog niet vrijgegeven", rating: "DOES_NOT_MEET" });

    // Due items are sorted by date, so overdue ones (before today) come first, flagged.
    const due = (await home(org)).due as { dueDate: string; overdue: boolean; kind: string }[];
    expect(due.length).toBeGreaterThan(0);
    expect(due.map((d) => d.dueDate)).toEqual([...due.map((d) => d.dueDate)].sort());
    for (const item of due) expect(item.overdue).toBe(item.dueDate < TODAY);
    expect(due.map((d) => d.kind)).toEqual(expect.arrayContaining(["report", "plan"]));

    const other = await home(await cookies.otherOrganisation());
    expect(other.trajectories.map((t: { id: string }) => t.id)).not.toContain("traj-enver");
  });
});
