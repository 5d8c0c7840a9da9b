import { beforeEach, describe, expect, it } from "vitest";
import { addDays } from "~/domain/dates";
import { loader as matrixLoader } from "~/routes/trajecten.$id.beoordelingen._index";
import { action as visitAction } from "~/routes/trajecten.$id.bezoeken.nieuw";
import { loader as visitsLoader } from "~/routes/trajecten.$id.bezoeken._index";
import { action as editMeasureAction, loader as measureLoader } from "~/routes/trajecten.$id.maatregelen.$measureId";
import { loader as measuresLoader } from "~/routes/trajecten.$id.maatregelen._index";
import { action as newMeasureAction } from "~/routes/trajecten.$id.maatregelen.nieuw";
import { sqlStatementCount } from "~/utils/query-counter.server";
import { assessmentFixture, callAction, callLoader, cookies, db, writtenRows } from "../support/assessment-fixtures";
import { onDay } from "../support/clock";

// The day these tests run on, whatever the real date (the demo data is written up to it).
const TODAY = onDay("2026-12-02");

let fx: Awaited<ReturnType<typeof assessmentFixture>>;

beforeEach(async () => {
  fx = await assessmentFixture();
});

describe("required measures", () => {
  const path = () => `/trajecten/${fx.trajectoryId}/maatregelen`;
  const params = () => ({ id: fx.trajectoryId });

  async function create(fields: Record<string, string>, cookie?: string) {
    return callAction(newMeasureAction, `${path()}/nieuw`, params(), fields, cookie ?? (await cookies.lead()));
  }

  async function edit(measureId: string, fields: Record<string, string>, cookie?: string) {
    return callAction(editMeasureAction, `${path()}/${measureId}`, { ...params(), measureId }, fields, cookie ?? (await cookies.lead()));
  }

  it("creates a measure per norm, audited, and lists it with the norm's latest rating and overdue computed", async () => {
    const norm = fx.norms[3]!;
    const yesterday = addDays(TODAY, -1);
    const response = await create({ normId: norm.id, description: "Spreek elk pleegkind drie keer per jaar alleen", dueDate: yesterday, status: "IN_PROGRESS" });
    expect(response.status).toBe(302);
    await create({ normId: norm.id, description: "Al gerealiseerd", dueDate: yesterday, status: "MET" });
    const measure = await db.requiredMeasure.findFirstOrThrow({ where: { trajectoryId: fx.trajectoryId, status: "IN_PROGRESS" } });
    expect(measure).toMatchObject({ normId: norm.id, dueDate: yesterday, version: 1 });
    expect(await db.auditEvent.count({ where: { action: "measure.created", trajectoryId: fx.trajectoryId } })).toBe(2);

    const round = await db.assessmentRound.create({
      data: { trajectoryId: fx.trajectoryId, kind: "BASELINE", title: "Nulmeting", date: "2026-01-20", createdById: fx.leadId },
    });
    await db.normAssessment.create({ data: { roundId: round.id, normId: norm.id, rating: "DOES_NOT_MEET", findings: "F", evidence: "", version: 1, updatedAt: new Date() } });

    const list = await (await callLoader(measuresLoader, path(), params(), await cookies.lead())).json();
    const rows = list.measures.map((m: { description: string; overdue: boolean; latestRating: string; norm: { code: string } }) => [
      m.description,
      m.overdue,
      m.latestRating,
      m.norm.code,
    ]);
    // Overdue only while the measure is still open or in progress.
    expect(rows).toEqual([
      ["Spreek elk pleegkind drie keer per jaar alleen", true, "DOES_NOT_MEET", norm.code],
      ["Al gerealiseerd", false, "DOES_NOT_MEET", norm.code],
    ]);
  });

  it("shows an organisation its measures read-only, without ratings of unpublished rounds", async () => {
    const norm = fx.norms[0]!;
    await create({ normId: norm.id, description: "Dossiers actueel", dueDate: "2026-09-30", status: "OPEN" });
    const round = await db.assessmentRound.create({
      data: { trajectoryId: fx.trajectoryId, kind: "BASELINE", title: "Nulmeting", date: "2026-01-20", createdById: fx.leadId },
    });
    await db.normAssessment.create({ data: { roundId: round.id, normId: norm.id, rating: "DOES_NOT_MEET", findings: "F", evidence: "", version: 1, updatedAt: new Date() } });
    const list = await (await callLoader(measuresLoader, path(), params(), await cookies.organisation())).json();
    expect(list.canWrite).toBe(false);
    expect(list.measures).toHaveLength(1);
    expect(list.measures[0].latestRating).toBeNull();
  });

  it("refuses invalid input with field errors and writes nothing, including a norm of another framework", async () => {
    const before = await writtenRows();
    const bad = await create({ normId: "", description: " ", dueDate: "31-02-2026", status: "DONE" });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(["description", "dueDate", "normId", "status"]);
    const foreignNorm = await create({ normId: "norm-elsewhere", description: "Iets", dueDate: "2026-05-01", status: "OPEN" });
    expect(foreignNorm.status).toBe(400);
    expect(Object.keys((await foreignNorm.json()).errors)).toEqual(["normId"]);
    expect(await writtenRows()).toEqual(before);
  });

  it("saves an edit from the current version and refuses a stale one with 409, the newer content and the user's input", async () => {
    const norm = fx.norms[5]!;
    await create({ normId: norm.id, description: "Eerste tekst", dueDate: "2026-05-01", status: "OPEN" });
    const measure = await db.requiredMeasure.findFirstOrThrow({ where: { trajectoryId: fx.trajectoryId }, select: { id: true } });

    const first = await edit(measure.id, { normId: norm.id, description: "Aangescherpt", dueDate: "2026-05-15", status: "IN_PROGRESS", version: "1" });
    expect(first.status).toBe(302);
    const before = await writtenRows();
    const stale = await edit(measure.id, { normId: norm.id, description: "Mijn versie", dueDate: "2026-06-01", status: "OPEN", version: "1" }, await cookies.member());
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.conflict).toMatchObject({ version: 2, description: "Aangescherpt", dueDate: "2026-05-15", status: "IN_PROGRESS" });
    expect(body.values.description).toBe("Mijn versie");
    expect(await writtenRows()).toEqual(before);

    const stored = await db.requiredMeasure.findUniqueOrThrow({ where: { id: measure.id } });
    expect(stored).toMatchObject({ description: "Aangescherpt", version: 2 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "measure.updated", entityId: measure.id } });
    expect(JSON.parse(audit.before ?? "{}")).toMatchObject({ description: "Eerste tekst", version: 1 });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ description: "Aangescherpt", version: 2 });

    const page = await (await callLoader(measureLoader, `${path()}/${measure.id}`, { ...params(), measureId: measure.id }, await cookies.lead())).json();
    expect(page.measure).toMatchObject({ description: "Aangescherpt", version: 2 });
  });

  it("lets exactly one of two simultaneous edits win", async () => {
    const norm = fx.norms[5]!;
    await create({ normId: norm.id, description: "Start", dueDate: "2026-05-01", status: "OPEN" });
    const measure = await db.requiredMeasure.findFirstOrThrow({ where: { trajectoryId: fx.trajectoryId }, select: { id: true } });
    const [lead, member] = await Promise.all([cookies.lead(), cookies.member()]);
    const results = await Promise.all([
      edit(measure.id, { normId: norm.id, description: "A", dueDate: "2026-05-01", status: "OPEN", version: "1" }, lead),
      edit(measure.id, { normId: norm.id, description: "B", dueDate: "2026-05-01", status: "OPEN", version: "1" }, member),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([302, 409]);
    expect(await db.auditEvent.count({ where: { action: "measure.updated", trajectoryId: fx.trajectoryId } })).toBe(1);
  });
});

describe("visits", () => {
  const path = () => `/trajecten/${fx.trajectoryId}/bezoeken`;
  const params = () => ({ id: fx.trajectoryId });

  async function record(fields: Record<string, string>, cookie?: string) {
    return callAction(visitAction, `${path()}/nieuw`, params(), fields, cookie ?? (await cookies.lead()));
  }

  it("records an unannounced visit that opens an interim round, both audited in one go", async () => {
    const response = await record({ date: "2026-03-12", kind: "UNANNOUNCED", participants: "Sanne de Vries, teamleider Enver", notes: "Dossiers steekproef", openRound: "on" });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/trajecten/${fx.trajectoryId}/beoordelingen`);
    const visit = await db.visit.findFirstOrThrow({ where: { trajectoryId: fx.trajectoryId }, include: { round: true } });
    expect(visit).toMatchObject({ date: "2026-03-12", announced: false, notes: "Dossiers steekproef" });
    expect(visit.round).toMatchObject({ kind: "INTERIM", date: "2026-03-12", title: "Tussentijds – onaangekondigd bezoek 12 maart 2026" });
    const actions = await db.auditEvent.findMany({ where: { trajectoryId: fx.trajectoryId }, select: { action: true }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["visit.recorded", "round.created"]);

    const matrix = await (await callLoader(matrixLoader, `/trajecten/${fx.trajectoryId}/beoordelingen`, params(), await cookies.lead())).json();
    expect(matrix.rounds.map((r: { title: string }) => r.title)).toEqual(["Tussentijds – onaangekondigd bezoek 12 maart 2026"]);
  });

  it("records an announced visit without a round", async () => {
    const response = await record({ date: "2026-02-02", kind: "ANNOUNCED", participants: "Team", notes: "" });
    expect(response.headers.get("Location")).toBe(`/trajecten/${fx.trajectoryId}/bezoeken`);
    expect(await db.visit.count({ where: { trajectoryId: fx.trajectoryId, announced: true } })).toBe(1);
    expect(await db.assessmentRound.count({ where: { trajectoryId: fx.trajectoryId } })).toBe(0);
  });

  it("refuses invalid input with field errors, keeps the values, and writes nothing", async () => {
    const before = await writtenRows();
    const response = await record({ date: "2026-13-01", kind: "", participants: "", notes: "Mijn aantekeningen", openRound: "on" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Object.keys(body.errors).sort()).toEqual(["date", "kind", "participants"]);
    expect(body.values).toMatchObject({ notes: "Mijn aantekeningen", openRound: "on" });
    expect(await writtenRows()).toEqual(before);
  });

  it("lists visits newest first; the organisation sees neither notes nor an unpublished round", async () => {
    await record({ date: "2026-02-02", kind: "ANNOUNCED", participants: "Team", notes: "Intern" });
    await record({ date: "2026-03-12", kind: "UNANNOUNCED", participants: "Team", notes: "Intern", openRound: "on" });
    const inspector = await (await callLoader(visitsLoader, path(), params(), await cookies.lead())).json();
    expect(inspector.visits.map((v: { date: string }) => v.date)).toEqual(["2026-03-12", "2026-02-02"]);
    expect(inspector.visits[0].notes).toBe("Intern");
    expect(inspector.visits[0].round.title).toMatch(/^Tussentijds/);
    const organisation = await (await callLoader(visitsLoader, path(), params(), await cookies.organisation())).json();
    expect(organisation.visits.map((v: { notes: string | null; round: unknown }) => [v.notes, v.round])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

describe("list pages", () => {
  it("read measures and visits a page at a time, in a number of queries that does not grow with the data", async () => {
    const cookie = await cookies.lead();
    const params = { id: fx.trajectoryId };
    const queriesFor = async (loader: typeof measuresLoader | typeof visitsLoader, path: string) => {
      const before = sqlStatementCount();
      const body = await (await callLoader(loader, path, params, cookie)).json();
      return { body, queries: sqlStatementCount() - before };
    };
    const addData = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const norm = fx.norms[i % fx.norms.length]!;
        await db.requiredMeasure.create({
          data: { trajectoryId: fx.trajectoryId, normId: norm.id, description: `M${i}`, dueDate: "2026-06-30", status: "OPEN", createdById: fx.leadId },
        });
        const visit = await db.visit.create({
          data: { trajectoryId: fx.trajectoryId, date: `2026-02-${String(1 + (i % 28)).padStart(2, "0")}`, announced: true, participants: "P", notes: "", createdById: fx.leadId },
        });
        await db.assessmentRound.create({
          data: { trajectoryId: fx.trajectoryId, kind: "INTERIM", title: `R${i}`, date: "2026-02-01", visitId: visit.id, createdById: fx.leadId },
        });
      }
    };
    await addData(1);
    const small = [await queriesFor(measuresLoader, `/trajecten/${fx.trajectoryId}/maatregelen`), await queriesFor(visitsLoader, `/trajecten/${fx.trajectoryId}/bezoeken`)];
    await addData(30);
    const large = [await queriesFor(measuresLoader, `/trajecten/${fx.trajectoryId}/maatregelen`), await queriesFor(visitsLoader, `/trajecten/${fx.trajectoryId}/bezoeken`)];
    expect(large.map((l) => l.queries)).toEqual(small.map((s) => s.queries));
    expect(large[0]!.body.measures).toHaveLength(25);
    expect(large[0]!.body.paging.pages).toBe(2);
    expect(large[1]!.body.visits).toHaveLength(25);
    expect(large[1]!.body.paging.pages).toBe(2);
  });
});
