import { beforeEach, describe, expect, it } from "vitest";
import { action as assessAction, loader as assessLoader } from "~/routes/trajecten.$id.beoordelingen.$roundId.$normId";
import { action as matrixAction, loader as matrixLoader } from "~/routes/trajecten.$id.beoordelingen._index";
import { action as newRoundAction, loader as newRoundLoader } from "~/routes/trajecten.$id.beoordelingen.nieuw";
import { action as visitAction, loader as newVisitLoader } from "~/routes/trajecten.$id.bezoeken.nieuw";
import { loader as visitsLoader } from "~/routes/trajecten.$id.bezoeken._index";
import { action as editMeasureAction, loader as measureLoader } from "~/routes/trajecten.$id.maatregelen.$measureId";
import { loader as measuresLoader } from "~/routes/trajecten.$id.maatregelen._index";
import { action as newMeasureAction, loader as newMeasureLoader } from "~/routes/trajecten.$id.maatregelen.nieuw";
import { sqlStatementCount } from "~/utils/query-counter.server";
import { assessmentFixture, callAction, callLoader, cookies, db, writtenRows } from "../support/assessment-fixtures";

let fx: Awaited<ReturnType<typeof assessmentFixture>>;

async function makeRound(kind: "BASELINE" | "INTERIM" | "FINAL", date: string, options: { published?: boolean; trajectoryId?: string } = {}) {
  const round = await db.assessmentRound.create({
    data: {
      trajectoryId: options.trajectoryId ?? fx.trajectoryId,
      kind,
      title: `${kind} ${date}`,
      date,
      createdById: fx.leadId,
      publishedAt: options.published ? new Date() : null,
    },
    select: { id: true },
  });
  return round.id;
}

function assessPath(roundId: string, normId: string) {
  return { path: `/trajecten/${fx.trajectoryId}/beoordelingen/${roundId}/${normId}`, params: { id: fx.trajectoryId, roundId, normId } };
}

async function save(roundId: string, normId: string, fields: Record<string, string>, cookie?: string) {
  const { path, params } = assessPath(roundId, normId);
  return callAction(assessAction, path, params, fields, cookie ?? (await cookies.lead()));
}

async function readPage(roundId: string, normId: string, cookie?: string) {
  const { path, params } = assessPath(roundId, normId);
  return callLoader(assessLoader, path, params, cookie ?? (await cookies.lead()));
}

beforeEach(async () => {
  fx = await assessmentFixture();
});

describe("assessment rounds", () => {
  it("lets a team inspector create a round, audited, and refuses a second baseline with a field error", async () => {
    const path = `/trajecten/${fx.trajectoryId}/beoordelingen/nieuw`;
    const params = { id: fx.trajectoryId };
    const cookie = await cookies.member();
    const created = await callAction(newRoundAction, path, params, { title: "Nulmeting", kind: "BASELINE", date: "2026-01-20" }, cookie);
    expect(created.status).toBe(302);
    const round = await db.assessmentRound.findFirstOrThrow({ where: { trajectoryId: fx.trajectoryId }, select: { id: true, kind: true, date: true } });
    expect(round).toMatchObject({ kind: "BASELINE", date: "2026-01-20" });
    expect(await db.auditEvent.count({ where: { action: "round.created", entityId: round.id } })).toBe(1);

    const before = await writtenRows();
    const again = await callAction(newRoundAction, path, params, { title: "Nog een", kind: "BASELINE", date: "2026-02-01" }, cookie);
    expect(again.status).toBe(400);
    expect((await again.json()).errors.kind[0]).toMatch(/al een ronde van de soort Nulmeting/);
    expect(await writtenRows()).toEqual(before);

    // The form no longer offers the kind that is taken.
    const form = await (await callLoader(newRoundLoader, path, params, cookie)).json();
    expect(form.kinds).toEqual(["INTERIM", "FINAL"]);
  });

  it("refuses bad round input with field errors and writes nothing", async () => {
    const before = await writtenRows();
    const response = await callAction(
      newRoundAction,
      `/trajecten/${fx.trajectoryId}/beoordelingen/nieuw`,
      { id: fx.trajectoryId },
      { title: " ", kind: "SOMETIMES", date: "2026-02-30" },
      await cookies.lead(),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Object.keys(body.errors).sort()).toEqual(["date", "kind", "title"]);
    expect(body.values.date).toBe("2026-02-30");
    expect(await writtenRows()).toEqual(before);
  });

  it("publishes a round to the organisation, once, audited", async () => {
    const roundId = await makeRound("BASELINE", "2026-01-20");
    await save(roundId, fx.norms[0]!.id, { rating: "DOES_NOT_MEET", findings: "Geen gesprekken zonder pleegouders.", evidence: "", version: "0" });
    const organisation = await cookies.organisation();
    const matrixArgs = [`/trajecten/${fx.trajectoryId}/beoordelingen`, { id: fx.trajectoryId }] as const;
    expect((await (await callLoader(matrixLoader, ...matrixArgs, organisation)).json()).rounds).toEqual([]);
    expect((await readPage(roundId, fx.norms[0]!.id, organisation)).status).toBe(404);

    const published = await callAction(matrixAction, ...matrixArgs, { intent: "publish", roundId }, await cookies.lead());
    expect(published.status).toBe(302);
    const twice = await callAction(matrixAction, ...matrixArgs, { intent: "publish", roundId }, await cookies.lead());
    expect(twice.status).toBe(302);
    expect(await db.auditEvent.count({ where: { action: "round.published", entityId: roundId } })).toBe(1);

    const seen = await (await callLoader(matrixLoader, ...matrixArgs, organisation)).json();
    expect(seen.rounds.map((r: { id: string }) => r.id)).toEqual([roundId]);
    expect(seen.rounds[0].ratings[fx.norms[0]!.id]).toBe("DOES_NOT_MEET");
    expect(seen.canWrite).toBe(false);
    const page = await (await readPage(roundId, fx.norms[0]!.id, organisation)).json();
    expect(page.current.findings).toBe("Geen gesprekken zonder pleegouders.");
    // The organisation sees the published result, not the inspectors' working history.
    expect(page.history).toBeNull();
  });
});

describe("the norms × rounds matrix", () => {
  it("puts rounds in date order with a rating count per round, in a number of queries that does not grow with the data", async () => {
    const cookie = await cookies.lead();
    const matrix = async () => {
      const statements = sqlStatementCount();
      const response = await callLoader(matrixLoader, `/trajecten/${fx.trajectoryId}/beoordelingen`, { id: fx.trajectoryId }, cookie);
      return { body: await response.json(), queries: sqlStatementCount() - statements };
    };
    const interim = await makeRound("INTERIM", "2026-04-02");
    await save(interim, fx.norms[0]!.id, { rating: "LARGELY_MEETS", findings: "Beter", version: "0" });
    const small = await matrix();

    const baseline = await makeRound("BASELINE", "2026-01-20");
    for (const norm of fx.norms) {
      await save(baseline, norm.id, { rating: "DOES_NOT_MEET", findings: `Nulmeting ${norm.code}`, version: "0" });
    }
    for (const date of ["2026-05-01", "2026-06-01", "2026-07-01"]) await makeRound("INTERIM", date);
    const large = await matrix();

    expect(large.body.norms).toHaveLength(9);
    expect(large.body.rounds.map((r: { id: string }) => r.id).slice(0, 2)).toEqual([baseline, interim]);
    expect(large.body.rounds[0].counts).toMatchObject({ DOES_NOT_MEET: 9, none: 0 });
    expect(large.body.rounds[1].counts).toMatchObject({ LARGELY_MEETS: 1, none: 8 });
    expect(large.body.canWrite).toBe(true);
    expect(large.queries).toBe(small.queries);
  });
});

describe("assessing one norm in one round", () => {
  it("stores every save as a new revision, never overwriting the old one, and audits before/after", async () => {
    const roundId = await makeRound("BASELINE", "2026-01-20");
    const normId = fx.norms[3]!.id;
    expect((await save(roundId, normId, { rating: "DOES_NOT_MEET", findings: "Eerste versie", evidence: "Dossier 12", version: "0" })).status).toBe(302);
    const second = await save(roundId, normId, { rating: "PARTLY_MEETS", findings: "Tweede versie", evidence: "Dossier 12", version: "1" }, await cookies.member());
    expect(second.status).toBe(302);
    expect(second.headers.get("Location")).toMatch(/opgeslagen=2$/);

    const revisions = await db.normAssessmentRevision.findMany({
      where: { assessment: { roundId, normId } },
      orderBy: { revision: "asc" },
      select: { revision: true, rating: true, findings: true, author: { select: { email: true } } },
    });
    expect(revisions).toEqual([
      { revision: 1, rating: "DOES_NOT_MEET", findings: "Eerste versie", author: { email: "inspecteur@igj.example" } },
      { revision: 2, rating: "PARTLY_MEETS", findings: "Tweede versie", author: { email: "inspecteur2@igj.example" } },
    ]);
    const head = await db.normAssessment.findUniqueOrThrow({ where: { roundId_normId: { roundId, normId } } });
    expect(head).toMatchObject({ version: 2, rating: "PARTLY_MEETS", findings: "Tweede versie" });

    const audit = await db.auditEvent.findMany({ where: { action: "assessment.revised", entityId: head.id }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]!.before ?? "{}")).toMatchObject({ rating: "DOES_NOT_MEET", findings: "Eerste versie", version: 1 });
    expect(JSON.parse(audit[1]!.after ?? "{}")).toMatchObject({ rating: "PARTLY_MEETS", findings: "Tweede versie", version: 2 });

    const page = await (await readPage(roundId, normId)).json();
    expect(page.history.revisions.map((r: { revision: number; changed: string[] }) => [r.revision, r.changed])).toEqual([
      [2, ["rating", "findings"]],
      [1, ["rating", "findings", "evidence"]],
    ]);
  });

  it("refuses the second of two saves from the same version with 409, the newer content and the user's own text", async () => {
    const roundId = await makeRound("BASELINE", "2026-01-20");
    const normId = fx.norms[1]!.id;
    await save(roundId, normId, { rating: "DOES_NOT_MEET", findings: "Start", version: "0" });

    const first = await save(roundId, normId, { rating: "PARTLY_MEETS", findings: "Sanne's aanvulling", version: "1" });
    const second = await save(roundId, normId, { rating: "MEETS", findings: "Joris' eigen tekst", version: "1" }, await cookies.member());
    expect(first.status).toBe(302);
    expect(second.status).toBe(409);
    const body = await second.json();
    expect(body.conflict).toMatchObject({ version: 2, rating: "PARTLY_MEETS", findings: "Sanne's aanvulling", authorName: expect.any(String) });
    expect(body.values.findings).toBe("Joris' eigen tekst");
    expect(body.formError).toMatch(/andere inspecteur/);

    const stored = await db.normAssessmentRevision.findMany({ where: { assessment: { roundId, normId } }, orderBy: { revision: "asc" }, select: { findings: true } });
    expect(stored.map((r) => r.findings)).toEqual(["Start", "Sanne's aanvulling"]);

    // Re-applied on top of the newer version, the text is kept as revision 3.
    const retry = await save(roundId, normId, { rating: "MEETS", findings: "Joris' eigen tekst", version: "2" }, await cookies.member());
    expect(retry.status).toBe(302);
    expect(await db.normAssessmentRevision.count({ where: { assessment: { roundId, normId } } })).toBe(3);
  });

  it("lets exactly one of two simultaneous saves win, also for the very first save", async () => {
    const roundId = await makeRound("BASELINE", "2026-01-20");
    const normId = fx.norms[2]!.id;
    const [lead, member] = await Promise.all([cookies.lead(), cookies.member()]);
    for (const version of ["0", "1"]) {
      const results = await Promise.all([
        save(roundId, normId, { rating: "PARTLY_MEETS", findings: `A${version}`, version }, lead),
        save(roundId, normId, { rating: "MEETS", findings: `B${version}`, version }, member),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([302, 409]);
    }
    const head = await db.normAssessment.findUniqueOrThrow({ where: { roundId_normId: { roundId, normId } }, select: { version: true } });
    expect(head.version).toBe(2);
    expect(await db.normAssessmentRevision.count({ where: { assessment: { roundId, normId } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "assessment.revised", trajectoryId: fx.trajectoryId } })).toBe(2);
  });

  it("refuses invalid input with field errors and writes nothing", async () => {
    const roundId = await makeRound("BASELINE", "2026-01-20");
    const normId = fx.norms[0]!.id;
    await save(roundId, normId, { rating: "DOES_NOT_MEET", findings: "Start", version: "0" });
    const before = await writtenRows();
    const cases: [Record<string, string>, string[]][] = [
      [{ rating: "", findings: "Tekst", version: "1" }, ["rating"]],
      [{ rating: "GREAT", findings: "Tekst", version: "1" }, ["rating"]],
      [{ rating: "MEETS", findings: "   ", version: "1" }, ["findings"]],
      [{ rating: "MEETS", findings: "Tekst", version: "" }, ["version"]],
      [{ rating: "MEETS", findings: "x".repeat(20_001), version: "1" }, ["findings"]],
    ];
    for (const [fields, fieldsInError] of cases) {
      const response = await save(roundId, normId, fields);
      expect(response.status).toBe(400);
      expect(Object.keys((await response.json()).errors)).toEqual(fieldsInError);
    }
    const unchanged = await save(roundId, normId, { rating: "DOES_NOT_MEET", findings: "Start", version: "1" });
    expect(unchanged.status).toBe(400);
    expect((await unchanged.json()).formError).toMatch(/niets gewijzigd/);
    expect(await writtenRows()).toEqual(before);
  });

  it("compares the baseline with the latest round and lists the norm's measures", async () => {
    const baseline = await makeRound("BASELINE", "2026-01-20");
    const interim = await makeRound("INTERIM", "2026-03-12");
    const later = await makeRound("INTERIM", "2026-05-04");
    const normId = fx.norms[4]!.id;
    await save(baseline, normId, { rating: "DOES_NOT_MEET", findings: "Bij de start", version: "0" });
    await save(interim, normId, { rating: "PARTLY_MEETS", findings: "Halverwege", version: "0" });
    await save(later, normId, { rating: "LARGELY_MEETS", findings: "Bijna", version: "0" });
    await db.requiredMeasure.create({
      data: { trajectoryId: fx.trajectoryId, normId, description: "Gedragswetenschapper bij elk plan", dueDate: "2026-06-30", status: "OPEN", createdById: fx.leadId },
    });
    const page = await (await readPage(interim, normId)).json();
    expect(page.comparison.baseline).toMatchObject({ rating: "DOES_NOT_MEET", findings: "Bij de start" });
    expect(page.comparison.latest).toMatchObject({ rating: "LARGELY_MEETS", findings: "Bijna" });
    expect(page.comparison.trend).toBe("improved");
    expect(page.measures.map((m: { description: string }) => m.description)).toEqual(["Gedragswetenschapper bij elk plan"]);
  });
});

describe("who may read and write, on every route", () => {
  let ctx: { roundId: string; normId: string; measureId: string; foreignRoundId: string; foreignMeasureId: string };

  beforeEach(async () => {
    const roundId = await makeRound("BASELINE", "2026-01-20", { published: true });
    const normId = fx.norms[0]!.id;
    const measure = await db.requiredMeasure.create({
      data: { trajectoryId: fx.trajectoryId, normId, description: "Maatregel", dueDate: "2026-06-30", status: "OPEN", createdById: fx.leadId },
      select: { id: true },
    });
    const foreignRoundId = await makeRound("INTERIM", "2026-02-02", { trajectoryId: fx.otherTrajectoryId, published: true });
    const foreignNorm = await db.norm.findFirstOrThrow({
      where: { frameworkVersion: { trajectories: { some: { id: fx.otherTrajectoryId } } } },
      select: { id: true },
    });
    const foreignMeasure = await db.requiredMeasure.create({
      data: { trajectoryId: fx.otherTrajectoryId, normId: foreignNorm.id, description: "Elders", dueDate: "2026-06-30", status: "OPEN", createdById: fx.leadId },
      select: { id: true },
    });
    ctx = { roundId, normId, measureId: measure.id, foreignRoundId, foreignMeasureId: foreignMeasure.id };
  });

  type Fn = Parameters<typeof callLoader>[0];
  interface RouteCase {
    name: string;
    fn: Fn;
    action: boolean;
    /** Pages that only writers open (the forms); the organisation and managers get 403. */
    writeOnly: boolean;
    path: () => string;
    params: () => Record<string, string>;
    fields?: () => Record<string, string>;
  }
  const base = () => `/trajecten/${fx.trajectoryId}`;
  const id = () => ({ id: fx.trajectoryId });
  const assess = () => ({ ...id(), roundId: ctx.roundId, normId: ctx.normId });
  const measure = () => ({ ...id(), measureId: ctx.measureId });
  const measureFields = () => ({ normId: ctx.normId, description: "Iets", dueDate: "2026-07-01", status: "OPEN" });
  const routes: RouteCase[] = [
    { name: "matrix (loader)", fn: matrixLoader, action: false, writeOnly: false, path: () => `${base()}/beoordelingen`, params: id },
    { name: "publish round (action)", fn: matrixAction, action: true, writeOnly: true, path: () => `${base()}/beoordelingen`, params: id, fields: () => ({ intent: "publish", roundId: ctx.roundId }) },
    { name: "new round form (loader)", fn: newRoundLoader, action: false, writeOnly: true, path: () => `${base()}/beoordelingen/nieuw`, params: id },
    { name: "create round (action)", fn: newRoundAction, action: true, writeOnly: true, path: () => `${base()}/beoordelingen/nieuw`, params: id, fields: () => ({ title: "T", kind: "INTERIM", date: "2026-03-01" }) },
    { name: "norm assessment (loader)", fn: assessLoader, action: false, writeOnly: false, path: () => `${base()}/beoordelingen/${ctx.roundId}/${ctx.normId}`, params: assess },
    { name: "save assessment (action)", fn: assessAction, action: true, writeOnly: true, path: () => `${base()}/beoordelingen/${ctx.roundId}/${ctx.normId}`, params: assess, fields: () => ({ rating: "MEETS", findings: "F", version: "0" }) },
    { name: "measures (loader)", fn: measuresLoader, action: false, writeOnly: false, path: () => `${base()}/maatregelen`, params: id },
    { name: "new measure form (loader)", fn: newMeasureLoader, action: false, writeOnly: true, path: () => `${base()}/maatregelen/nieuw`, params: id },
    { name: "create measure (action)", fn: newMeasureAction, action: true, writeOnly: true, path: () => `${base()}/maatregelen/nieuw`, params: id, fields: measureFields },
    { name: "measure (loader)", fn: measureLoader, action: false, writeOnly: false, path: () => `${base()}/maatregelen/${ctx.measureId}`, params: measure },
    { name: "edit measure (action)", fn: editMeasureAction, action: true, writeOnly: true, path: () => `${base()}/maatregelen/${ctx.measureId}`, params: measure, fields: () => ({ ...measureFields(), version: "1" }) },
    { name: "visits (loader)", fn: visitsLoader, action: false, writeOnly: false, path: () => `${base()}/bezoeken`, params: id },
    { name: "new visit form (loader)", fn: newVisitLoader, action: false, writeOnly: true, path: () => `${base()}/bezoeken/nieuw`, params: id },
    { name: "record visit (action)", fn: visitAction, action: true, writeOnly: true, path: () => `${base()}/bezoeken/nieuw`, params: id, fields: () => ({ date: "2026-03-01", kind: "ANNOUNCED", state: "HELD", participants: "P", openRound: "on" }) },
  ];

  function run(route: RouteCase, cookie: string) {
    return route.action
      ? callAction(route.fn, route.path(), route.params(), route.fields?.() ?? {}, cookie)
      : callLoader(route.fn, route.path(), route.params(), cookie);
  }

  const viewers = [
    { who: "a user of another organisation", cookie: cookies.otherOrganisation, read: 404, write: 404 },
    { who: "the organisation itself", cookie: cookies.organisation, read: 200, write: 403 },
    { who: "a manager", cookie: cookies.manager, read: 200, write: 403 },
    { who: "an inspector outside the team", cookie: cookies.outsider, read: 200, write: 403 },
  ];

  for (const viewer of viewers) {
    it(`answers ${viewer.who} with ${viewer.read} on reads and ${viewer.write} on writes, writing nothing`, async () => {
      const cookie = await viewer.cookie();
      const before = await writtenRows();
      for (const route of routes) {
        const response = await run(route, cookie);
        expect(response.status, route.name).toBe(route.writeOnly ? viewer.write : viewer.read);
      }
      expect(await writtenRows()).toEqual(before);
    });
  }

  it("lets the team write on every write route", async () => {
    const cookie = await cookies.member();
    for (const route of routes.filter((r) => r.writeOnly)) {
      const response = await run(route, cookie);
      expect([200, 302], route.name).toContain(response.status);
    }
  });

  it("answers 404 to a round, norm or measure of another trajectory, even for the lead inspector", async () => {
    const cookie = await cookies.lead();
    const foreignRound = { ...id(), roundId: ctx.foreignRoundId, normId: ctx.normId };
    const path = `${base()}/beoordelingen/${ctx.foreignRoundId}/${ctx.normId}`;
    expect((await callLoader(assessLoader, path, foreignRound, cookie)).status).toBe(404);
    expect((await callAction(assessAction, path, foreignRound, { rating: "MEETS", findings: "F", version: "0" }, cookie)).status).toBe(404);
    expect((await callAction(matrixAction, `${base()}/beoordelingen`, id(), { intent: "publish", roundId: ctx.foreignRoundId }, cookie)).status).toBe(404);
    const unknownNorm = { ...id(), roundId: ctx.roundId, normId: "norm-does-not-exist" };
    expect((await callLoader(assessLoader, `${base()}/beoordelingen/${ctx.roundId}/x`, unknownNorm, cookie)).status).toBe(404);
    const foreignMeasure = { ...id(), measureId: ctx.foreignMeasureId };
    expect((await callLoader(measureLoader, `${base()}/maatregelen/${ctx.foreignMeasureId}`, foreignMeasure, cookie)).status).toBe(404);
    const before = await writtenRows();
    expect(
      (await callAction(editMeasureAction, `${base()}/maatregelen/${ctx.foreignMeasureId}`, foreignMeasure, { ...measureFields(), version: "1" }, cookie)).status,
    ).toBe(404);
    expect(await writtenRows()).toEqual(before);
  });

  it("refuses a post from another site before anything else", async () => {
    const { post, responseOf, routeArgs } = await import("../support/requests");
    const request = post(`${base()}/beoordelingen/nieuw`, { title: "T", kind: "INTERIM", date: "2026-03-01" }, await cookies.lead(), "https://evil.example");
    expect((await responseOf(() => newRoundAction(routeArgs(request, id())))).status).toBe(403);
    expect(await db.assessmentRound.count({ where: { trajectoryId: fx.trajectoryId, kind: "INTERIM" } })).toBe(0);
  });
});
