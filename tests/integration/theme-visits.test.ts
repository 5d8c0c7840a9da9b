// Issue 15 item 5 (decision 019): from an organisation the theme's selection picked, the
// inspector plans a visit that belongs to the thematic supervision (no trajectory is made for
// it). An unannounced one stays out of the organisation's sight until it is recorded as held;
// an announced one the organisation sees at once. Bad input, a stale form, an organisation
// the selection did not pick and anyone but the theme's team are refused, writing nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { addDays, todayIso } from "~/domain/dates";
import { action, loader } from "~/routes/themas.$themeId.selectie_.$recipientId";
import { loader as recipientLoader } from "~/routes/uitvragen.$recipientId";
import { callAction, callLoader, cookies } from "../support/assessment-fixtures";
import { db, seedDemoData } from "../support/database";

// The demo's foster-care theme: Sanne (inspecteur@) leads it, Joris (inspecteur2@) is on its
// team; Enver and Kustregio are selected, Horizon is not.
const THEME = "theme-pleegzorg-2025";
const ENVER = "tr-pz25-org-enver";
const HORIZON = "tr-pz25-org-horizon";
const page = (recipientId: string) => `/themas/${THEME}/selectie/${recipientId}`;
const params = (recipientId: string) => ({ themeId: THEME, recipientId });

const plan = async (fields: Record<string, string>, cookie: string, recipientId = ENVER) => callAction(action as never, page(recipientId), params(recipientId), { intent: "planVisit", ...fields }, cookie);

/** The dates of the visits each page shows the reader. */
async function visitDates(cookie: string, recipientPage: "recipient" | "selection" = "recipient"): Promise<string[]> {
  const response =
    recipientPage === "recipient"
      ? await callLoader(recipientLoader as never, `/uitvragen/${ENVER}`, { recipientId: ENVER }, cookie)
      : await callLoader(loader as never, page(ENVER), params(ENVER), cookie);
  expect(response.status).toBe(200);
  return ((await response.json()) as { visits: { date: string }[] }).visits.map((v) => v.date);
}

const written = async () => ({ visits: await db.themeVisit.count(), audit: await db.auditEvent.count(), trajectories: await db.trajectory.count() });

beforeEach(async () => {
  await seedDemoData();
  // An inspector on no team of the theme.
  await db.user.create({ data: { email: "buiten@igj.example", name: "Bram Buiten", role: "INSPECTOR", passwordHash: "-" } });
});

describe("theme visits", () => {
  it("plans an unannounced visit the organisation cannot see until it is held, and an announced one it sees at once", async () => {
    const secret = addDays(todayIso(), 20);
    const announced = addDays(todayIso(), 30);
    const trajectories = await db.trajectory.count();
    expect((await plan({ date: secret, kind: "UNANNOUNCED", notes: "Steekproef dossiers" }, await cookies.lead())).status).toBe(302);
    expect((await plan({ date: announced, kind: "ANNOUNCED", notes: "" }, await cookies.member())).status).toBe(302);
    // A visit of the thematic supervision: no trajectory is made for it.
    expect(await db.trajectory.count()).toBe(trajectories);
    const stored = await db.themeVisit.findFirstOrThrow({ where: { recipientId: ENVER, date: secret }, select: { id: true, version: true, announced: true, heldOn: true } });
    expect(stored).toMatchObject({ announced: false, heldOn: null });
    expect(await db.auditEvent.count({ where: { entity: "ThemeVisit", action: "theme.visit_planned" } })).toBe(2);

    // The inspectorate sees both, on the selection page and the recipient page; Enver only the announced one.
    expect(await visitDates(await cookies.lead(), "selection")).toEqual([secret, announced]);
    expect(await visitDates(await cookies.manager())).toEqual([secret, announced]);
    expect(await visitDates(await cookies.organisation())).toEqual([announced]);
    // The inspectors' notes stay the inspectorate's.
    const enverView = (await (await callLoader(recipientLoader as never, `/uitvragen/${ENVER}`, { recipientId: ENVER }, await cookies.organisation())).json()) as { visits: { notes: string }[] };
    expect(enverView.visits.every((v) => v.notes === "")).toBe(true);

    // Held (on a day that has come): now Enver may know of it.
    const held = await callAction(action as never, page(ENVER), params(ENVER), { intent: "visitHeld", visitId: stored.id, version: String(stored.version), date: todayIso() }, await cookies.lead());
    expect(held.status).toBe(302);
    expect(await visitDates(await cookies.organisation())).toEqual([todayIso(), announced]);
    expect(await db.auditEvent.count({ where: { entity: "ThemeVisit", entityId: stored.id, action: "theme.visit_held" } })).toBe(1);

    // The same form again (stale version, held already): 409, nothing written.
    const before = await written();
    const again = await callAction(action as never, page(ENVER), params(ENVER), { intent: "visitHeld", visitId: stored.id, version: String(stored.version), date: todayIso() }, await cookies.lead());
    expect(again.status).toBe(409);
    expect(await written()).toEqual(before);
  });

  it("refuses bad input with field errors, a held day in the future, an organisation not selected, and anyone but the team; nothing is written", async () => {
    const before = await written();
    const bad = await plan({ date: "31-02-2026x", kind: "SOMETIMES", notes: "" }, await cookies.lead());
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { errors: Record<string, string[]> }).errors).sort()).toEqual(["date", "kind"]);
    expect((await plan({ date: addDays(todayIso(), 5), kind: "ANNOUNCED", notes: "" }, await cookies.lead(), HORIZON)).status).toBe(409);
    for (const cookie of [await cookies.manager(), await cookies.outsider()]) {
      expect((await plan({ date: addDays(todayIso(), 5), kind: "ANNOUNCED", notes: "" }, cookie)).status).toBe(403);
    }
    expect((await plan({ date: addDays(todayIso(), 5), kind: "ANNOUNCED", notes: "" }, await cookies.organisation())).status).toBe(403);
    expect(await written()).toEqual(before);

    expect((await plan({ date: addDays(todayIso(), 5), kind: "UNANNOUNCED", notes: "" }, await cookies.lead())).status).toBe(302);
    const visit = await db.themeVisit.findFirstOrThrow({ where: { recipientId: ENVER }, select: { id: true, version: true } });
    const planned = await written();
    const future = await callAction(action as never, page(ENVER), params(ENVER), { intent: "visitHeld", visitId: visit.id, version: String(visit.version), date: addDays(todayIso(), 1) }, await cookies.lead());
    expect(future.status).toBe(400);
    expect(Object.keys(((await future.json()) as { errors: Record<string, string[]> }).errors)).toEqual(["date"]);
    // A visit of another recipient is not found through this one.
    const elsewhere = await callAction(action as never, page("tr-pz25-org-kustregio"), params("tr-pz25-org-kustregio"), { intent: "visitHeld", visitId: visit.id, version: String(visit.version), date: todayIso() }, await cookies.lead());
    expect(elsewhere.status).toBe(404);
    expect(await written()).toEqual(planned);
  });
});
