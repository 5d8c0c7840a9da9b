// An unannounced visit stays unannounced: an organisation user learns of it on no surface —
// visit list, its count, timeline, the trajectory's due list, the deadlines page and its count,
// the start page, the calendar feed, the reminder digests and the inbox, the exports — until an
// inspector records it as held. The inspectorate sees it
// all along (so each check below can fail), and an announced planned visit is the
// organisation's to see. The rule is seesVisit (app/domain/permissions.ts).
import { beforeEach, describe, expect, it } from "vitest";
import { addDays } from "~/domain/dates";
import type { NotificationMessageBody } from "~/domain/notification-templates";
import { runReminders } from "~/models/reminder.server";
import { loader as feedLoader } from "~/routes/agenda.$token";
import { action as settingsAction } from "~/routes/meldingen.instellingen";
import { loader as homeLoader } from "~/routes/_index";
import { loader as csvLoader } from "~/routes/portefeuille[.]csv";
import { loader as deadlinesLoader } from "~/routes/termijnen";
import { loader as overviewLoader } from "~/routes/trajecten.$id._index";
import { action as heldAction, loader as heldLoader } from "~/routes/trajecten.$id.bezoeken.$visitId";
import { loader as visitsLoader } from "~/routes/trajecten.$id.bezoeken._index";
import { action as newVisitAction } from "~/routes/trajecten.$id.bezoeken.nieuw";
import { loader as reportLoader } from "~/routes/trajecten.$id.rapport";
import { assessmentFixture, callAction, callLoader, cookies, db } from "../support/assessment-fixtures";
import { get, responseOf, routeArgs } from "../support/requests";

let fx: Awaited<ReturnType<typeof assessmentFixture>>;
const SECRET_DATE = "2026-04-21";
const ANNOUNCED_DATE = "2026-05-12";

beforeEach(async () => {
  fx = await assessmentFixture();
});

const base = () => `/trajecten/${fx.trajectoryId}`;
const params = () => ({ id: fx.trajectoryId });

async function plan(kind: "ANNOUNCED" | "UNANNOUNCED", date: string) {
  const response = await callAction(newVisitAction, `${base()}/bezoeken/nieuw`, params(), { date, kind, state: "PLANNED", participants: "Inspectie", notes: "Intern" }, await cookies.lead());
  expect(response.status).toBe(302);
  return db.visit.findFirstOrThrow({ where: { trajectoryId: fx.trajectoryId, date }, select: { id: true } });
}

type Json = Record<string, unknown>;
const json = async (response: Response) => (await response.json()) as Json;

/** The user's private calendar feed (made through the settings page, read through /agenda/:token), as its text. */
async function feedText(cookie: string): Promise<string> {
  const made = await callAction(settingsAction, "/meldingen/instellingen", {}, { intent: "calendar" }, cookie);
  expect(made.status).toBe(200);
  const token = ((await made.json()) as { calendarUrl: string }).calendarUrl.split("/").pop()!;
  const feed = await responseOf(() => feedLoader(routeArgs(get(`/agenda/${token}`), { token })));
  expect(feed.status).toBe(200);
  return feed.text();
}

/** Every surface, as `cookie`'s user reads it: which of our two visit dates each one shows. */
async function surfaces(cookie: string, visitIds: string[]) {
  const dates = (values: unknown[]) => [SECRET_DATE, ANNOUNCED_DATE].filter((d) => values.includes(d));
  const visits = await json(await callLoader(visitsLoader, `${base()}/bezoeken`, params(), cookie));
  const overview = await json(await callLoader(overviewLoader, base(), params(), cookie));
  const timeline = (overview.timeline as { kind: string; date: string }[]).filter((e) => e.kind === "visit");
  const overviewDue = (overview.due as { kind: string; dueDate: string }[]).filter((d) => d.kind === "visit");
  const deadlines = await json(await callLoader(deadlinesLoader, "/termijnen?kind=visit", {}, cookie));
  const home = await json(await callLoader(homeLoader, "/", {}, cookie));
  const homeDue = ((home.due ?? []) as { kind: string; dueDate: string; trajectoryId: string }[]).filter((d) => d.kind === "visit" && d.trajectoryId === fx.trajectoryId);
  const feed = await feedText(cookie);
  return {
    calendarFeed: visitIds.filter((id) => feed.includes(`visit-${id}@toezichtspoor`)),
    visitList: dates((visits.visits as { date: string }[]).map((v) => v.date)),
    visitCount: visits.total,
    timeline: dates(timeline.map((e) => e.date)),
    overviewDue: dates(overviewDue.map((d) => d.dueDate)),
    deadlines: dates((deadlines.items as { dueDate: string; trajectoryId: string }[]).filter((d) => d.trajectoryId === fx.trajectoryId).map((d) => d.dueDate)),
    deadlineCount: deadlines.total,
    startPage: dates(homeDue.map((d) => d.dueDate)),
  };
}

describe("visit secrecy", () => {
  it("keeps a planned unannounced visit from the organisation on every surface until it is held", async () => {
    const secret = await plan("UNANNOUNCED", SECRET_DATE);
    const announced = await plan("ANNOUNCED", ANNOUNCED_DATE);
    const ids = [secret.id, announced.id];
    const organisation = await cookies.organisation();

    // The organisation: the announced planned visit everywhere, the unannounced one nowhere.
    const before = await surfaces(organisation, ids);
    expect(before).toMatchObject({
      calendarFeed: [announced.id],
      visitList: [ANNOUNCED_DATE],
      visitCount: 1,
      timeline: [ANNOUNCED_DATE],
      overviewDue: [ANNOUNCED_DATE],
      deadlines: [ANNOUNCED_DATE],
      startPage: [ANNOUNCED_DATE],
    });
    const organisationDeadlineCount = before.deadlineCount as number;

    // The lead inspector sees both, on the same surfaces (so the checks above can fail).
    const inspector = await surfaces(await cookies.lead(), ids);
    expect(inspector).toMatchObject({
      calendarFeed: [secret.id, announced.id],
      visitList: [SECRET_DATE, ANNOUNCED_DATE],
      visitCount: 2,
      timeline: [SECRET_DATE, ANNOUNCED_DATE],
      overviewDue: [SECRET_DATE, ANNOUNCED_DATE],
      deadlines: [SECRET_DATE, ANNOUNCED_DATE],
      startPage: [SECRET_DATE, ANNOUNCED_DATE],
    });

    // Exports are the inspectorate's: the organisation cannot open them at all.
    expect((await callLoader(csvLoader, "/portefeuille.csv", {}, organisation)).status).toBe(403);
    expect((await callLoader(reportLoader, `${base()}/rapport`, params(), organisation)).status).toBe(403);
    // Nor can it open the planned visit by its id.
    expect((await callLoader(heldLoader, `${base()}/bezoeken/${secret.id}`, { ...params(), visitId: secret.id }, organisation)).status).toBe(403);

    // Recorded as held, the visit is the organisation's to know: in the list, its count and the
    // timeline; no longer in any due list (it is no longer to come).
    const held = await callAction(heldAction, `${base()}/bezoeken/${secret.id}`, { ...params(), visitId: secret.id }, { date: SECRET_DATE, notes: "" }, await cookies.lead());
    expect(held.status).toBe(302);
    const after = await surfaces(organisation, ids);
    expect(after).toMatchObject({
      calendarFeed: [secret.id, announced.id],
      visitList: [SECRET_DATE, ANNOUNCED_DATE],
      visitCount: 2,
      timeline: [SECRET_DATE, ANNOUNCED_DATE],
      overviewDue: [ANNOUNCED_DATE],
      deadlines: [ANNOUNCED_DATE],
      startPage: [ANNOUNCED_DATE],
      deadlineCount: organisationDeadlineCount,
    });
  });

  it("tells the organisation nothing of a planned unannounced visit in its reminders, digest or inbox", async () => {
    // The run three days before the visit: were visits reminded of, this is the day it would be.
    const today = addDays(SECRET_DATE, -3);
    const secret = await plan("UNANNOUNCED", SECRET_DATE);
    // Something the organisation is reminded of on the same day, so its digest exists and is read.
    await db.progressReportRequest.create({ data: { trajectoryId: fx.trajectoryId, title: "Rapportage over drie dagen", dueDate: SECRET_DATE, status: "REQUESTED", requestedById: fx.leadId, instructions: "" } });
    await runReminders(today);

    const messages = await db.outboxMessage.findMany({ where: { recipient: "enver@enver.example" }, select: { kind: true, body: true } });
    const digest = messages.find((m) => m.kind === "digest");
    const items = (JSON.parse(digest!.body) as NotificationMessageBody).items.flatMap((i) => i.params.items ?? []);
    expect(items.map((i) => i.title)).toContain("Rapportage over drie dagen");
    expect(items.filter((i) => i.trajectoryId === fx.trajectoryId).map((i) => i.kind)).toEqual(["report"]);
    // Nowhere in any message to it, nor in its inbox: not the visit's id, nor a word of a visit.
    const enverId = (await db.user.findUniqueOrThrow({ where: { email: "enver@enver.example" }, select: { id: true } })).id;
    const inbox = await db.notification.findMany({ where: { userId: enverId }, select: { kind: true, params: true } });
    for (const text of [...messages.map((m) => m.body), ...inbox.map((n) => `${n.kind} ${n.params}`)]) {
      expect(text).not.toContain(secret.id);
      expect(text.toLowerCase()).not.toMatch(/bezoek|visit/);
    }
  });

  it("labels a planned visit as planned and a held one as held on the timeline", async () => {
    await plan("ANNOUNCED", ANNOUNCED_DATE);
    const overview = await json(await callLoader(overviewLoader, base(), params(), await cookies.organisation()));
    const labels = (overview.timeline as { kind: string; label: string }[]).filter((e) => e.kind === "visit").map((e) => e.label);
    expect(labels).toEqual(["Gepland bezoek (aangekondigd)"]);
  });
});

describe("recording a planned visit as held", () => {
  const heldPath = (id: string) => `${base()}/bezoeken/${id}`;

  it("records it once, on the day it took place, audited; a second time answers 409 and writes nothing", async () => {
    const visit = await plan("UNANNOUNCED", SECRET_DATE);
    const response = await callAction(heldAction, heldPath(visit.id), { ...params(), visitId: visit.id }, { date: "2026-04-22", notes: "Steekproef", openRound: "on" }, await cookies.member());
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`${base()}/beoordelingen`);
    const stored = await db.visit.findUniqueOrThrow({ where: { id: visit.id }, include: { held: true, round: true } });
    expect(stored).toMatchObject({ date: "2026-04-22", notes: "Steekproef", held: { recordedById: expect.any(String) } });
    expect(stored.round).toMatchObject({ titleCode: "visitRound", date: "2026-04-22" });
    const actions = await db.auditEvent.findMany({ where: { entityId: visit.id }, select: { action: true }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["visit.recorded", "visit.updated", "visit.held"]);

    const audit = await db.auditEvent.count();
    // Held already: the page is gone (404), and a stale form gets 404 too, writing nothing.
    expect((await callLoader(heldLoader, heldPath(visit.id), { ...params(), visitId: visit.id }, await cookies.lead())).status).toBe(404);
    const again = await callAction(heldAction, heldPath(visit.id), { ...params(), visitId: visit.id }, { date: "2026-04-22", notes: "" }, await cookies.lead());
    expect(again.status).toBe(409);
    expect(await db.auditEvent.count()).toBe(audit);
    expect(await db.visitHeld.count({ where: { visitId: visit.id } })).toBe(1);
  });

  it("refuses a held date in the future with a field error, and anyone but the team", async () => {
    const visit = await plan("UNANNOUNCED", SECRET_DATE);
    const future = await callAction(heldAction, heldPath(visit.id), { ...params(), visitId: visit.id }, { date: "2099-01-01", notes: "" }, await cookies.lead());
    expect(future.status).toBe(400);
    expect(Object.keys((await json(future)).errors as Json)).toEqual(["date"]);
    for (const cookie of [await cookies.outsider(), await cookies.manager(), await cookies.organisation()]) {
      expect((await callAction(heldAction, heldPath(visit.id), { ...params(), visitId: visit.id }, { date: SECRET_DATE, notes: "" }, cookie)).status).toBe(403);
    }
    expect((await callAction(heldAction, heldPath(visit.id), { ...params(), visitId: visit.id }, { date: SECRET_DATE, notes: "" }, await cookies.otherOrganisation())).status).toBe(404);
    // A visit of another trajectory is not found through this one.
    const other = await db.visit.create({ data: { trajectoryId: fx.otherTrajectoryId, date: SECRET_DATE, announced: false, participants: "x", notes: "", createdById: fx.leadId }, select: { id: true } });
    expect((await callAction(heldAction, heldPath(other.id), { ...params(), visitId: other.id }, { date: SECRET_DATE, notes: "" }, await cookies.lead())).status).toBe(404);
    expect(await db.visitHeld.count()).toBe(await db.visitHeld.count({ where: { visit: { trajectory: { id: { not: fx.trajectoryId } } } } }));
  });
});
