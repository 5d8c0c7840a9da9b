import { beforeEach, describe, expect, it } from "vitest";
import { loader as listLoader } from "~/routes/trajecten._index";
import { action as createAction, loader as createLoader } from "~/routes/trajecten.nieuw";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";
import { trajectoryForm } from "../support/trajectory-form";

async function create(email: string, fields: Record<string, string>) {
  const cookie = await sessionCookieFor(email);
  return responseOf(() => createAction(routeArgs(post("/trajecten/nieuw", fields, cookie))));
}

describe("creating a trajectory", () => {
  beforeEach(seedDemoData);

  it("computes the deadline as a calendar day: 9 months from 30 April 2025 ends on 31 January 2026", async () => {
    const response = await create("inspecteur@igj.example", await trajectoryForm());
    expect(response.status).toBe(302);
    const id = response.headers.get("Location")?.split("/").pop() ?? "";
    const trajectory = await db.trajectory.findUniqueOrThrow({ where: { id }, include: { organisation: true } });
    expect(trajectory).toMatchObject({ deadline: "2026-01-31", status: "ACTIVE", reference: expect.stringMatching(/^VT-2025-\d{3}$/) });
    expect(trajectory.organisation.name).toBe("Stichting Nieuwe Pleegzorg");
    expect(await db.auditEvent.count({ where: { trajectoryId: id, action: "trajectory.created" } })).toBe(1);
  });

  it("numbers references by value and skips references in another form", async () => {
    const enver = await db.trajectory.findUniqueOrThrow({ where: { reference: "VT-2025-001" } });
    const { id: _id, reference: _reference, ...copy } = enver;
    await db.trajectory.create({ data: { ...copy, reference: "VT-2025-999" } });
    await db.trajectory.create({ data: { ...copy, reference: "VT-2025-E2F" } });
    const references: string[] = [];
    for (const kvkNumber of ["87654321", "87654322"]) {
      const response = await create("inspecteur@igj.example", await trajectoryForm({ kvkNumber }));
      expect(response.status).toBe(302);
      const id = response.headers.get("Location")?.split("/").pop() ?? "";
      references.push((await db.trajectory.findUniqueOrThrow({ where: { id } })).reference);
    }
    expect(references).toEqual(["VT-2025-1000", "VT-2025-1001"]);
  });

  it("uses an existing organisation by its KvK number", async () => {
    const enver = await db.organisation.findUniqueOrThrow({ where: { id: "org-enver" } });
    const before = await db.organisation.count();
    const response = await create("inspecteur@igj.example", await trajectoryForm({ kvkNumber: enver.kvkNumber, organisationName: "", sector: "", location: "" }));
    expect(response.status).toBe(302);
    expect(await db.organisation.count()).toBe(before);
  });

  it("finds existing organisations by name or KvK number and creates the trajectory for the chosen one", async () => {
    const cookie = await sessionCookieFor("inspecteur@igj.example");
    const search = async (q: string) =>
      (await (await responseOf(() => createLoader(routeArgs(get(`/trajecten/nieuw?organisatie=${encodeURIComponent(q)}`, cookie))))).json()).organisations as { id: string; name: string }[];
    expect((await search("horizon")).map((o) => o.name)).toEqual(["Stichting Horizon Pleegzorg"]);
    expect((await search("2430")).map((o) => o.id)).toEqual(["org-enver"]);
    expect(await search("")).toEqual([]);

    const before = await db.organisation.count();
    const response = await create("inspecteur@igj.example", await trajectoryForm({ organisationId: "org-horizon", kvkNumber: "", organisationName: "", sector: "", location: "" }));
    expect(response.status).toBe(302);
    const id = response.headers.get("Location")?.split("/").pop() ?? "";
    expect((await db.trajectory.findUniqueOrThrow({ where: { id } })).organisationId).toBe("org-horizon");
    expect(await db.organisation.count()).toBe(before);
  });

  it("takes a new organisation's sector from the administrator's managed list, never free text", async () => {
    const counts = async () => [await db.trajectory.count(), await db.organisation.count(), await db.auditEvent.count()];
    const before = await counts();
    const cookie = await sessionCookieFor("inspecteur@igj.example");
    const offered = (await (await responseOf(() => createLoader(routeArgs(get("/trajecten/nieuw", cookie))))).json()).sectors as string[];
    expect(offered).toEqual((await db.sector.findMany({ orderBy: { name: "asc" } })).map((s) => s.name));
    const typed = await create("inspecteur@igj.example", await trajectoryForm({ kvkNumber: "87654329", sector: "Bakkerij" }));
    expect(typed.status).toBe(400);
    expect((await typed.json()).errors.sector).toEqual(["Kies een sector uit de lijst."]);
    expect(await counts()).toEqual(before);
    const listed = await create("inspecteur@igj.example", await trajectoryForm({ kvkNumber: "87654329", sector: offered[0] ?? "" }));
    expect(listed.status).toBe(302);
    expect((await db.organisation.findUniqueOrThrow({ where: { kvkNumber: "87654329" } })).sector).toBe(offered[0]);
  });

  it("refuses an ambiguous organisation: chosen and typed, unknown, or a registered KvK number with another name", async () => {
    const counts = async () => [await db.trajectory.count(), await db.organisation.count(), await db.auditEvent.count()];
    const before = await counts();
    const both = await create("inspecteur@igj.example", await trajectoryForm({ organisationId: "org-horizon" }));
    expect(both.status).toBe(400);
    expect(Object.keys((await both.json()).errors)).toEqual(["organisationId"]);
    const unknown = await create("inspecteur@igj.example", await trajectoryForm({ organisationId: "org-nope", kvkNumber: "", organisationName: "", sector: "", location: "" }));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors.organisationId).toEqual(["Kies een van de aangeboden mogelijkheden."]);
    const taken = await create("inspecteur@igj.example", await trajectoryForm({ kvkNumber: "24301175", organisationName: "Enfer" }));
    expect(taken.status).toBe(400);
    expect((await taken.json()).errors.kvkNumber[0]).toContain("Enver");
    const nothing = await create("inspecteur@igj.example", await trajectoryForm({ kvkNumber: "", organisationName: "", sector: "", location: "" }));
    expect(Object.keys((await nothing.json()).errors)).toEqual(["kvkNumber"]);
    const outsider = await create("inspecteur@igj.example", { ...(await trajectoryForm()), "team.user-lotte": "on" });
    expect((await outsider.json()).errors.team).toBeDefined();
    expect(await counts()).toEqual(before);
  });

  it("requires a reason for a different deadline and keeps the computed one in history", async () => {
    const refused = await create("inspecteur@igj.example", await trajectoryForm({ deadlineOverride: "2026-02-28" }));
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors.deadlineOverrideReason).toEqual(["Geef een reden voor de afwijkende termijn."]);
    const accepted = await create("inspecteur@igj.example", await trajectoryForm({ deadlineOverride: "2026-02-28", deadlineOverrideReason: "Kerstreces" }));
    const id = accepted.headers.get("Location")?.split("/").pop() ?? "";
    expect((await db.trajectory.findUniqueOrThrow({ where: { id } })).deadline).toBe("2026-02-28");
    expect(await db.deadlineChange.findFirst({ where: { trajectoryId: id } })).toMatchObject({ previousDeadline: "2026-01-31", newDeadline: "2026-02-28" });
  });

  it("writes nothing on bad input and says what is wrong per field", async () => {
    const counts = async () => [await db.trajectory.count(), await db.organisation.count(), await db.auditEvent.count()];
    const before = await counts();
    const response = await create("inspecteur@igj.example", await trajectoryForm({ kvkNumber: "12", startDate: "2025-02-30", durationMonths: "0", reason: "" }));
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(Object.keys(errors).sort()).toEqual(["durationMonths", "kvkNumber", "reason", "startDate"]);
    const newOrgMissing = await create("inspecteur@igj.example", await trajectoryForm({ organisationName: "" }));
    expect(newOrgMissing.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("lets only inspectors create trajectories", async () => {
    for (const email of ["teamleider@igj.example", "enver@enver.example", "beheer@igj.example"]) {
      expect((await create(email, await trajectoryForm())).status).toBe(403);
      const cookie = await sessionCookieFor(email);
      expect((await responseOf(() => createLoader(routeArgs(get("/trajecten/nieuw", cookie))))).status).toBe(403);
    }
    expect(await db.trajectory.count()).toBe(4);
  });
});

describe("the trajectory list", () => {
  beforeEach(seedDemoData);

  async function list(email: string, query = "") {
    const cookie = await sessionCookieFor(email);
    return (await responseOf(() => listLoader(routeArgs(get(`/trajecten${query}`, cookie))))).json();
  }

  it("filters by status, organisation and text, and sorts by deadline", async () => {
    expect((await list("teamleider@igj.example", "?status=ESCALATED")).rows.map((r: { status: string }) => r.status)).toEqual(["ESCALATED"]);
    expect((await list("teamleider@igj.example", "?q=Enver")).rows.map((r: { reference: string }) => r.reference)).toEqual(["VT-2025-001"]);
    const joris = (await list("teamleider@igj.example", "?inspecteur=Joris")).rows;
    expect(joris.length).toBeGreaterThan(0);
    expect(joris.every((r: { leadInspector: { name: string } }) => r.leadInspector.name === "Joris Bakker")).toBe(true);
    const mine = (await list("inspecteur@igj.example", "?mijn=1")).rows.map((r: { reference: string }) => r.reference);
    expect(mine).toContain("VT-2025-001");
    expect(mine).not.toContain("VT-2026-001"); // Horizon: Sanne is neither lead nor team
    const asc = (await list("teamleider@igj.example")).rows.map((r: { deadline: string }) => r.deadline);
    expect(asc).toEqual([...asc].sort());
    const desc = (await list("teamleider@igj.example", "?volgorde=deadline-desc")).rows.map((r: { deadline: string }) => r.deadline);
    expect(desc).toEqual([...asc].reverse());
  });

  it("pages 25 at a time", async () => {
    const base = await trajectoryForm();
    for (let i = 0; i < 26; i++) await create("inspecteur@igj.example", { ...base, kvkNumber: String(50_000_000 + i) });
    const first = await list("teamleider@igj.example");
    const second = await list("teamleider@igj.example", `?na=${encodeURIComponent(first.page.next)}`);
    expect(first.page).toMatchObject({ total: 30, position: 0, shown: 25 });
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(5);
    expect(second.page).toMatchObject({ position: 25, next: null });
  });

  describe("paged by key (issue 16)", () => {
    interface Page {
      rows: { reference: string; deadline: string }[];
      page: { position: number; shown: number; total: number; previous: string | null; next: string | null };
    }
    const manager = "teamleider@igj.example";
    const references = (page: Page) => page.rows.map((r) => r.reference);

    /** 56 more trajectories, several on one deadline so the reference has to break ties. */
    async function moreTrajectories() {
      const { id: _id, reference: _reference, ...enver } = await db.trajectory.findUniqueOrThrow({ where: { reference: "VT-2025-001" } });
      for (let i = 0; i < 56; i++) {
        const deadline = `2027-${String((i % 7) + 1).padStart(2, "0")}-15`;
        await db.trajectory.create({ data: { ...enver, reference: `VT-2027-${String(900 - i).padStart(3, "0")}`, deadline } });
      }
    }

    async function expectedOrder(descending = false) {
      const all = await db.trajectory.findMany({ select: { reference: true, deadline: true } });
      const sorted = all.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.reference.localeCompare(b.reference)).map((r) => r.reference);
      return descending ? sorted.reverse() : sorted;
    }

    async function walk(query: string, step: "next" | "previous", sort: string) {
      const pages: Page[] = [];
      let page: Page = await list(manager, `?${query}${sort}`);
      for (;;) {
        pages.push(page);
        const key = page.page[step];
        if (key === null) return pages;
        page = await list(manager, `?${step === "next" ? "na" : "voor"}=${encodeURIComponent(key)}${sort}`);
      }
    }

    for (const descending of [false, true]) {
      it(`walks every row once, forwards and backwards, ${descending ? "latest" : "earliest"} deadline first`, async () => {
        await moreTrajectories();
        const expected = await expectedOrder(descending);
        const sort = descending ? "&volgorde=deadline-desc" : "";
        const forwards = await walk("", "next", sort);
        expect(forwards.map((p) => p.page.position)).toEqual([0, 25, 50]);
        expect(forwards.flatMap(references)).toEqual(expected);
        expect(forwards.at(-1)?.page).toMatchObject({ total: expected.length, shown: expected.length - 50, next: null });

        // From the last page back: the last page is full, and "previous" from a page that starts
        // a few rows in shows the first page whole.
        const backwards = await walk("pagina=laatste", "previous", sort);
        expect(backwards[0]?.page).toMatchObject({ position: expected.length - 25, shown: 25, next: null });
        expect(backwards.at(-1)?.page).toMatchObject({ position: 0, shown: 25, previous: null });
        expect(backwards.reverse().flatMap(references).filter((r, i, all) => all.indexOf(r) === i)).toEqual(expected);
      });
    }

    it("keeps a link to a page stable when a trajectory is added before it", async () => {
      await moreTrajectories();
      const first: Page = await list(manager);
      const link = `?na=${encodeURIComponent(first.page.next ?? "")}`;
      const second: Page = await list(manager, link);
      const { id: _id, reference: _reference, ...enver } = await db.trajectory.findUniqueOrThrow({ where: { reference: "VT-2025-001" } });
      await db.trajectory.create({ data: { ...enver, reference: "VT-2020-001", deadline: "2020-01-01" } });
      const again: Page = await list(manager, link);
      expect(references(again)).toEqual(references(second));
      expect(again.page.position).toBe(second.page.position + 1);
      expect(again.page.total).toBe(second.page.total + 1);
    });

    it("answers a malformed key with the first page, and old page-number links by number", async () => {
      await moreTrajectories();
      const first: Page = await list(manager);
      for (const query of ["?na=onzin", "?voor=2026-01-01", "?na=~VT", `?na=${"9".repeat(500)}`, "?pagina=-3", "?pagina=laatst"]) {
        const page: Page = await list(manager, query);
        expect(references(page), query).toEqual(references(first));
        expect(page.page.position).toBe(0);
      }
      const second: Page = await list(manager, "?pagina=2");
      expect(second.page.position).toBe(25);
      expect(references(second)).toEqual((await expectedOrder()).slice(25, 50));
    });
  });

  it("shows an organisation user only its own trajectories", async () => {
    const data = await list("enver@enver.example");
    expect(data.rows.map((r: { organisation: { name: string } }) => r.organisation.name)).toEqual(["Enver"]);
    expect(data.inspectorFilters).toBe(false);
    expect(data.inspectorFilters).toBe(false);
  });
});
