import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { addDays } from "~/domain/dates";
import { isRating } from "~/domain/rating";
import { loader as csvLoader } from "~/routes/portefeuille[.]csv";
import { loader as portfolioLoader } from "~/routes/portefeuille";
import { loader as homeLoader } from "~/routes/_index";
import { loader as reportLoader } from "~/routes/trajecten.$id.rapport";
import { loader as closureLoader } from "~/routes/trajecten.$id.afsluiting._index";
import { loader as publicLoader } from "~/routes/besluiten._index";
import { sqlStatementCount } from "~/utils/query-counter.server";
import { clearAggregates } from "~/utils/aggregate-cache.server";
import { hashPassword } from "../../prisma/password";
import { populate } from "../../bench/populate";
import { databaseEngine, databaseFile } from "../../prisma/database-file";
import { callLoader, db } from "../support/assessment-fixtures";
import { onDay } from "../support/clock";
import { seedDemoData } from "../support/database";
import { get, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

// The day these tests run on, whatever the real date (the demo data is written up to it).
const TODAY = onDay("2026-12-02");

type Loader = Parameters<typeof callLoader>[0];

beforeEach(async () => {
  await seedDemoData();
});

async function portfolio(email = "teamleider@igj.example", path = "/portefeuille") {
  return callLoader(portfolioLoader as Loader, path, {}, await sessionCookieFor(email));
}

/** A trajectory of Horizon with this deadline and status, for the at-risk and overdue lists. */
async function addTrajectory(id: string, deadline: string, status = "ACTIVE", organisationName?: string) {
  const organisationId = organisationName
    ? (await db.organisation.create({ data: { name: organisationName, kvkNumber: id, sector: "Pleegzorg", location: "Goes" } })).id
    : "org-horizon";
  await db.trajectory.create({
    data: {
      id,
      reference: `VT-${id}`,
      organisationId,
      frameworkVersionId: "fwv-pleegzorg-1",
      reason: "Test",
      legalBasis: "Jeugdwet",
      leadInspectorId: "user-sanne",
      startDate: "2026-01-01",
      durationMonths: 9,
      deadline,
      status,
    },
  });
}

describe("the portfolio dashboard", () => {
  it("is for managers and administrators only", async () => {
    expect((await portfolio()).status).toBe(200);
    expect((await portfolio("beheer@igj.example")).status).toBe(200);
    expect((await portfolio("inspecteur@igj.example")).status).toBe(403);
    expect((await portfolio("enver@enver.example")).status).toBe(403);
    const anonymous = await responseOf(() => portfolioLoader(routeArgs(get("/portefeuille")) as never));
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toContain("/inloggen");
  });

  it("shows the demo portfolio: statuses, the pending proposal, workload per inspector", async () => {
    const data = await (await portfolio()).json();
    expect(data.byStatus).toEqual([
      { status: "CLOSURE_PROPOSED", count: 1 },
      { status: "ACTIVE", count: 1 },
      { status: "ESCALATED", count: 1 },
      { status: "FOLLOW_UP", count: 1 },
    ].sort((a, b) => a.status.localeCompare(b.status)));
    expect(data.proposals.total).toBe(1);
    expect(data.proposals.rows[0]).toMatchObject({ outcome: "LIFT", trajectory: { id: "traj-de-linde" }, proposedBy: { name: "Joris Bakker" } });
    const load = Object.fromEntries(data.inspectors.rows.map((i: { name: string; lead: number; team: number }) => [i.name, [i.lead, i.team]]));
    // Sanne leads Enver (follow-up) and Kustregio (escalated), is on De Linde's team; Joris the other way round.
    expect(load).toEqual({ "Sanne de Vries": [2, 1], "Joris Bakker": [2, 2] });
  });

  it("lists proposals oldest first and trajectories within 30 days of their deadline", async () => {
    const today = TODAY;
    await addTrajectory("soon", addDays(today, 10));
    await addTrajectory("late", addDays(today, 40));
    await addTrajectory("passed", addDays(today, -3), "EXTENDED");
    await addTrajectory("closed", addDays(today, 5), "LIFTED");
    await db.closureProposal.create({
      data: { trajectoryId: "soon", outcome: "EXTEND", rationale: "r", normSummary: "[]", status: "PENDING", proposedById: "user-sanne", createdAt: new Date("2020-01-01T10:00:00Z") },
    });
    const data = await (await portfolio()).json();
    const near = data.near.rows.map((r: { id: string; overdue: boolean }) => [r.id, r.overdue]);
    expect(near).toContainEqual(["soon", false]);
    expect(near).toContainEqual(["passed", true]);
    expect(near.map((r: [string]) => r[0])).not.toContain("late");
    expect(near.map((r: [string]) => r[0])).not.toContain("closed");
    expect(data.proposals.rows.map((p: { trajectory: { id: string } }) => p.trajectory.id)).toEqual(["soon", "traj-de-linde"]);
  });

  it("shows overdue submissions and enforcement measures past their deadline", async () => {
    const yesterday = addDays(TODAY, -1);
    await db.followUpObligation.create({ data: { trajectoryId: "traj-enver", kind: "REPORT", title: "Te late rapportage", dueDate: yesterday, status: "OPEN" } });
    await db.enforcementMeasure.update({ where: { id: "admin-kustregio-aanwijzing" }, data: { dueDate: yesterday } });
    const data = await (await portfolio()).json();
    expect(data.overdue.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    expect(data.overdue.items.map((i: { title: string }) => i.title)).toContain("Te late rapportage");
    expect(data.overdueMeasures.rows.map((m: { id: string }) => m.id)).toEqual(["admin-kustregio-aanwijzing"]);
  });

  it("counts norm ratings at baseline and latest in SQL, matching the assessments", async () => {
    const assessments = await db.normAssessment.findMany({
      select: { normId: true, rating: true, round: { select: { trajectoryId: true, kind: true, date: true, createdAt: true } } },
    });
    const baseline: Record<string, number> = {};
    const newest = new Map<string, (typeof assessments)[number]>();
    for (const a of assessments) {
      if (a.round.kind === "BASELINE") baseline[a.rating] = (baseline[a.rating] ?? 0) + 1;
      const key = `${a.round.trajectoryId}/${a.normId}`;
      const seen = newest.get(key);
      if (!seen || a.round.date > seen.round.date || (a.round.date === seen.round.date && a.round.createdAt > seen.round.createdAt)) newest.set(key, a);
    }
    const latest: Record<string, number> = {};
    for (const a of newest.values()) latest[a.rating] = (latest[a.rating] ?? 0) + 1;
    const nonZero = (tally: Record<string, number>) => Object.fromEntries(Object.entries(tally).filter(([key, n]) => n > 0 && isRating(key)));

    const data = await (await portfolio()).json();
    expect(nonZero(data.ratings.baseline)).toEqual(baseline);
    expect(nonZero(data.ratings.latest)).toEqual(latest);
    // Enver alone: eight of nine norms did not meet at baseline; the demo's baseline has more "does not meet" than its latest.
    expect(data.ratings.baseline.DOES_NOT_MEET).toBeGreaterThan(data.ratings.latest.DOES_NOT_MEET);
  });

  it("links managers from the start page to the portfolio with the number of proposals awaiting a decision", async () => {
    const home = await (await callLoader(homeLoader as Loader, "/", {}, await sessionCookieFor("teamleider@igj.example"))).json();
    expect(home.pending).toBe(1);
  });
});

describe("the CSV export", () => {
  async function csv(email = "teamleider@igj.example") {
    return callLoader(csvLoader as Loader, "/portefeuille.csv", {}, await sessionCookieFor(email));
  }

  /** Splits CSV text into rows of cells, honouring quotes (enough for these tests). */
  function parse(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") {
        row.push(cell);
        cell = "";
      } else if (c === "\r" && text[i + 1] === "\n") {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = "";
        i += 1;
      } else cell += c;
    }
    return rows;
  }

  it("is a UTF-8 attachment with a byte-order mark, one row per trajectory and the latest round's counts", async () => {
    const response = await csv();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="portefeuille-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes.slice(3)));
    expect(rows[0]).toEqual([
      "Kenmerk", "Organisatie", "Status", "Start", "Termijn", "Leidend inspecteur", "Laatste ronde", "Datum laatste ronde",
      "voldoet", "voldoet grotendeels", "voldoet deels", "voldoet niet", "niet beoordeeld",
    ]);
    expect(rows).toHaveLength(1 + (await db.trajectory.count()));
    const enver = rows.find((r) => r[1] === "Enver")!;
    const final = await db.assessmentRound.findFirstOrThrow({ where: { trajectoryId: "traj-enver" }, orderBy: [{ date: "desc" }, { createdAt: "desc" }], include: { assessments: true } });
    const count = (rating: string) => String(final.assessments.filter((a) => a.rating === rating).length);
    expect(enver.slice(2, 13)).toEqual([
      "nazorg", "2025-04-30", "2026-01-31", "Sanne de Vries", final.title, final.date,
      count("MEETS"), count("LARGELY_MEETS"), count("PARTLY_MEETS"), count("DOES_NOT_MEET"), count("NOT_ASSESSED"),
    ]);
  });

  it("escapes quotes, commas and line breaks, and neutralises formulas", async () => {
    await addTrajectory("evil", "2027-01-31", "ACTIVE", '=HYPERLINK("http://x.example","klik"), "zorg"\nregel 2');
    await addTrajectory("plus", "2027-01-31", "ACTIVE", "+31 Zorg");
    await addTrajectory("at", "2027-01-31", "ACTIVE", "@SUM(A1)");
    const text = new TextDecoder().decode(new Uint8Array(await (await csv()).arrayBuffer()).slice(3));
    expect(text).toContain(`"'=HYPERLINK(""http://x.example"",""klik""), ""zorg""\nregel 2"`);
    const rows = parse(text);
    const organisation = (id: string) => rows.find((r) => r[0] === `VT-${id}`)![1];
    expect(organisation("evil")).toBe(`'=HYPERLINK("http://x.example","klik"), "zorg"\nregel 2`);
    expect(organisation("plus")).toBe("'+31 Zorg");
    expect(organisation("at")).toBe("'@SUM(A1)");
  });

  it("is refused to inspectors and organisations", async () => {
    expect((await csv("inspecteur@igj.example")).status).toBe(403);
    expect((await csv("enver@enver.example")).status).toBe(403);
  });
});

describe("management pages cost a bounded number of queries", () => {
  // The 60 trajectories are written by the benchmark's SQLite generator: SQLite only.
  it.skipIf(databaseEngine() === "postgresql")("costs the same SQL statements on the demo as on 60 more trajectories", async () => {
    const manager = await sessionCookieFor("teamleider@igj.example");
    const pages: [string, Loader, string, Record<string, string>][] = [
      ["portfolio", portfolioLoader as Loader, "/portefeuille", {}],
      ["csv", csvLoader as Loader, "/portefeuille.csv", {}],
      ["closure", closureLoader as Loader, "/trajecten/traj-enver/afsluiting", { id: "traj-enver" }],
      ["report", reportLoader as Loader, "/trajecten/traj-enver/rapport", { id: "traj-enver" }],
      ["public decisions", publicLoader as Loader, "/besluiten", {}],
    ];
    const count = async ([, loader, path, params]: (typeof pages)[number]) => {
      // Count the full cost, as on a cache miss: the portfolio's aggregates are cached for a minute.
      clearAggregates();
      const before = sqlStatementCount();
      const response = await callLoader(loader, path, params, manager);
      expect(response.status, path).toBe(200);
      return sqlStatementCount() - before;
    };
    const small: number[] = [];
    for (const page of pages) small.push(await count(page));
    const sqlite = new Database(databaseFile());
    try {
      populate(sqlite, 1, await hashPassword("bench"));
    } finally {
      sqlite.close();
    }
    for (const [i, page] of pages.entries()) {
      expect(await count(page), page[0]).toBe(small[i]);
      // A guard against a page quietly growing a query per section; the equality above is the real test.
      // The printable report has about a dozen sections, each a query plus its relations.
      expect(small[i], page[0]).toBeLessThanOrEqual(page[0] === "report" ? 35 : 25);
    }
  });
});
