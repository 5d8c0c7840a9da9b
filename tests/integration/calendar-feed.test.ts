import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import { addDays, todayIso } from "~/domain/dates";
import { foldLine } from "~/domain/ics";
import { loader as feedLoader } from "~/routes/agenda.$token";
import { action as settingsAction } from "~/routes/meldingen.instellingen";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

const ENVER = "traj-enver";

async function newFeedAddress(email: string): Promise<string> {
  const cookie = await sessionCookieFor(email);
  const answer = await responseOf(() => settingsAction(routeArgs(post("/meldingen/instellingen", { intent: "calendar" }, cookie))));
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { calendarUrl: string }).calendarUrl;
}

async function fetchFeed(url: string) {
  const token = url.split("/").pop()!;
  return responseOf(() => feedLoader(routeArgs(get(`/agenda/${token}`), { token })));
}

function events(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

beforeEach(seedDemoData);

describe("calendar feed", () => {
  it("is valid RFC 5545 for a maintained parser: all-day events, escaping, folding, stable UIDs", async () => {
    const lead = (await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" }, select: { id: true } })).id;
    const title = "Rapportage; met komma, backslash \\ en een heel lange titel die zeker langer is dan vijfenzeventig octetten — met “tekens”";
    const request = await db.progressReportRequest.create({ data: { trajectoryId: ENVER, title, dueDate: addDays(todayIso(), 20), status: "REQUESTED", requestedById: lead, instructions: "" }, select: { id: true } });
    const url = await newFeedAddress("enver@enver.example");
    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
    const parsed = events(text);
    const report = parsed.find((e) => e.uid === `due-report-${request.id}@toezichtspoor`)!;
    expect(report.summary).toContain(title);
    expect(report.startDate.isDate).toBe(true);
    expect(report.startDate.toString()).toBe(addDays(todayIso(), 20));

    // A moved due date keeps the UID: the calendar replaces the event.
    await db.progressReportRequest.update({ where: { id: request.id }, data: { dueDate: addDays(todayIso(), 30) } });
    const again = events(await (await fetchFeed(url)).text());
    const moved = again.filter((e) => e.uid === report.uid);
    expect(moved).toHaveLength(1);
    expect(moved[0]!.startDate.toString()).toBe(addDays(todayIso(), 30));
  });

  it("never shows an organisation an unannounced visit before its day, nor another organisation's items", async () => {
    const creator = (await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" }, select: { id: true } })).id;
    const future = await db.visit.create({ data: { trajectoryId: ENVER, date: addDays(todayIso(), 5), announced: false, participants: "", notes: "", createdById: creator }, select: { id: true } });
    const past = await db.visit.create({ data: { trajectoryId: ENVER, date: addDays(todayIso(), -5), announced: false, participants: "", notes: "", createdById: creator }, select: { id: true } });
    const org = events(await (await fetchFeed(await newFeedAddress("enver@enver.example"))).text()).map((e) => e.uid);
    expect(org).not.toContain(`visit-${future.id}@toezichtspoor`);
    expect(org).toContain(`visit-${past.id}@toezichtspoor`);
    const inspector = events(await (await fetchFeed(await newFeedAddress("inspecteur@igj.example"))).text()).map((e) => e.uid);
    expect(inspector).toContain(`visit-${future.id}@toezichtspoor`);
    // Horizon's feed holds nothing of Enver.
    const horizonText = await (await fetchFeed(await newFeedAddress("gebruiker@horizon.example"))).text();
    const reference = (await db.trajectory.findUniqueOrThrow({ where: { id: ENVER }, select: { reference: true } })).reference;
    expect(horizonText).not.toContain(reference);
  });

  it("a new address revokes the old one; an unknown one is not found", async () => {
    const first = await newFeedAddress("enver@enver.example");
    expect((await fetchFeed(first)).status).toBe(200);
    const second = await newFeedAddress("enver@enver.example");
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect((await fetchFeed("x/onbekende-sleutel-0123456789")).status).toBe(404);
  });

  it("folds without splitting a character", () => {
    const line = `SUMMARY:${"é".repeat(100)}`;
    const folded = foldLine(line);
    expect(folded.split("\r\n").every((part) => Buffer.byteLength(part, "utf8") <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
});
