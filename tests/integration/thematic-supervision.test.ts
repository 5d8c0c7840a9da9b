import { beforeEach, describe, expect, it } from "vitest";
import { addDays, todayIso } from "~/domain/dates";
import { loader as homeLoader } from "~/routes/_index";
import { action as newThemeAction } from "~/routes/themas.nieuw";
import { action as questionsAction } from "~/routes/themas.$themeId.vragen";
import { action as sendAction } from "~/routes/themas.$themeId.verzenden";
import { action as overviewAction, loader as overviewLoader } from "~/routes/themas.$themeId._index";
import { loader as rankingLoader } from "~/routes/themas.$themeId.selectie";
import { action as startAction } from "~/routes/themas.$themeId.selectie_.$recipientId";
import { action as reportAction, loader as reportLoader } from "~/routes/themas.$themeId.rapport";
import { loader as csvLoader } from "~/routes/themas.$themeId.rapport[.]csv";
import { loader as publicLoader } from "~/routes/themarapporten.$themeId";
import { action as recipientAction, loader as recipientLoader } from "~/routes/uitvragen.$recipientId";
import { loader as trajectoryLoader } from "~/routes/trajecten.$id._index";
import { loader as downloadLoader } from "~/routes/thema-bijlagen.$id";
import { cookies } from "../support/assessment-fixtures";
import { db, seedDemoData } from "../support/database";
import { fileOf, tinyPdf } from "../support/files";
import { get, post, responseOf, routeArgs } from "../support/requests";

const SECTOR = "Jeugd – pleegzorg";

async function act(fn: (args: ReturnType<typeof routeArgs>) => Promise<unknown>, path: string, params: Record<string, string>, body: Record<string, string | string[]> | FormData, cookie: string) {
  return responseOf(() => fn(routeArgs(post(path, body, cookie), params)));
}

async function load(fn: (args: ReturnType<typeof routeArgs>) => Promise<unknown>, path: string, params: Record<string, string>, cookie?: string) {
  return responseOf(() => fn(routeArgs(get(path, cookie), params)));
}

const themeFields = (leadId: string, extra: Record<string, string> = {}) => ({
  title: "Thematisch toezicht pleegzorg test",
  purpose: "Zicht op veiligheid",
  legalBasis: "Jeugdwet",
  frameworkVersionId: "fwv-pleegzorg-1",
  leadInspectorId: leadId,
  sector: SECTOR,
  startDate: todayIso(),
  endDate: addDays(todayIso(), 200),
  ...extra,
});

/** Creates a theme with three questions (text, yes/no, file) as the lead inspector; returns its id and question ids. */
async function themeWithQuestions(lead: string) {
  const leadId = (await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" } })).id;
  const created = await act(newThemeAction, "/themas/nieuw", {}, themeFields(leadId), lead);
  expect(created.status).toBe(302);
  const theme = await db.theme.findFirstOrThrow({ where: { title: "Thematisch toezicht pleegzorg test" } });
  const add = async (fields: Record<string, string>) => {
    const version = (await db.theme.findUniqueOrThrow({ where: { id: theme.id } })).version;
    const response = await act(questionsAction, `/themas/${theme.id}/vragen`, { themeId: theme.id }, { ...fields, version: String(version) }, lead);
    expect(response.status).toBe(302);
  };
  await add({ text: "Hoe bewaakt u de veiligheid?", kind: "TEXT", normId: "norm-pz-1" });
  await add({ text: "Spreekt u kinderen alleen?", kind: "YES_NO" });
  await add({ text: "Uw werkinstructie", kind: "FILE" });
  const questions = await db.themeQuestion.findMany({ where: { themeId: theme.id }, orderBy: { order: "asc" } });
  return { themeId: theme.id, questions: questions.map((q) => q.id) };
}

async function send(themeId: string, lead: string, fields: Record<string, string>) {
  const version = (await db.theme.findUniqueOrThrow({ where: { id: themeId } })).version;
  return act(sendAction, `/themas/${themeId}/verzenden`, { themeId }, { requestDeadline: addDays(todayIso(), 30), recipients: "SECTOR", version: String(version), ...fields }, lead);
}

async function recipientOf(themeId: string, organisationId: string) {
  return db.themeRecipient.findUniqueOrThrow({ where: { themeId_organisationId: { themeId, organisationId } } });
}

beforeEach(async () => {
  await seedDemoData();
});

describe("thematic supervision: theme, request, answers, selection, trajectory, report", () => {
  it("refuses a theme with bad input with field errors and writes nothing", async () => {
    const lead = await cookies.lead();
    const before = await db.theme.count();
    const response = await act(newThemeAction, "/themas/nieuw", {}, themeFields("nobody", { title: "", endDate: "2020-01-01", sector: "Geen sector" }), lead);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Object.keys(body.errors)).toEqual(expect.arrayContaining(["title"]));
    const unknown = await act(newThemeAction, "/themas/nieuw", {}, themeFields("nobody"), lead);
    expect(unknown.status).toBe(400);
    expect(Object.keys((await unknown.json()).errors)).toEqual(["leadInspectorId"]);
    expect(await db.theme.count()).toBe(before);
    // A manager reads themes but does not create them.
    expect((await act(newThemeAction, "/themas/nieuw", {}, themeFields("x"), await cookies.manager())).status).toBe(403);
  });

  it("asks to confirm the number of organisations first, then writes every recipient in one send", async () => {
    const lead = await cookies.lead();
    const { themeId } = await themeWithQuestions(lead);
    const active = await db.organisation.count({ where: { sector: SECTOR, active: true } });
    expect(active).toBe(24);
    // Step one only counts, and writes nothing.
    const confirm = await send(themeId, lead, {});
    expect(confirm.status).toBe(200);
    expect((await confirm.json()).confirm.count).toBe(active);
    expect(await db.themeRecipient.count({ where: { themeId } })).toBe(0);
    // Confirmed: all of them, each with the deadline, and the theme moves on.
    const sent = await send(themeId, lead, { confirmed: "yes" });
    expect(sent.status).toBe(302);
    expect(sent.headers.get("Location")).toBe(`/themas/${themeId}?verzonden=${active}`);
    expect(await db.themeRecipient.count({ where: { themeId, status: "NOT_OPENED" } })).toBe(active);
    expect((await db.theme.findUniqueOrThrow({ where: { id: themeId } })).status).toBe("REQUEST_SENT");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: themeId, action: "theme.request_sent" } });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ recipients: active, scope: "SECTOR" });
    // Sending cannot happen twice.
    expect((await send(themeId, lead, { confirmed: "yes" })).status).toBe(409);
    expect(await db.themeRecipient.count({ where: { themeId } })).toBe(active);
  });

  it("sends to a chosen subset only, and never to an organisation outside the sector", async () => {
    const lead = await cookies.lead();
    const { themeId } = await themeWithQuestions(lead);
    await db.organisation.create({ data: { id: "org-elders", name: "Elders", kvkNumber: "11112222", sector: "Ouderenzorg", location: "Ede" } });
    await db.sector.upsert({ where: { name: "Ouderenzorg" }, update: {}, create: { name: "Ouderenzorg" } });
    const none = await send(themeId, lead, { recipients: "CHOSEN" });
    expect(none.status).toBe(400);
    const sent = await send(themeId, lead, { recipients: "CHOSEN", "org.org-enver": "on", "org.org-horizon": "on", "org.org-elders": "on", confirmed: "yes" });
    expect(sent.status).toBe(302);
    const recipients = await db.themeRecipient.findMany({ where: { themeId }, select: { organisationId: true }, orderBy: { organisationId: "asc" } });
    expect(recipients.map((r) => r.organisationId)).toEqual(["org-enver", "org-horizon"]);
  });

  it("lets organisations draft, submit with a file, ask for more time; keeps each to its own; the inspector scores, ranks and starts a trajectory", async () => {
    const [lead, enver, horizon, outsider, manager] = await Promise.all([cookies.lead(), cookies.organisation(), cookies.otherOrganisation(), cookies.member(), cookies.manager()]);
    const { themeId, questions } = await themeWithQuestions(lead);
    await send(themeId, lead, { confirmed: "yes" });
    const [text, yesNo, file] = questions as [string, string, string];
    const enverRecipient = await recipientOf(themeId, "org-enver");
    const horizonRecipient = await recipientOf(themeId, "org-horizon");
    const enverPath = `/uitvragen/${enverRecipient.id}`;

    // The request is on Enver's start page; opening it marks it opened.
    const home = await (await load(homeLoader, "/", {}, enver)).json();
    expect(home.requests.map((r: { id: string }) => r.id)).toContain(enverRecipient.id);
    expect((await load(recipientLoader, enverPath, { recipientId: enverRecipient.id }, enver)).status).toBe(200);
    expect((await recipientOf(themeId, "org-enver")).status).toBe("OPENED");

    // Isolation: Horizon cannot see Enver's request, answers or attachments.
    expect((await load(recipientLoader, enverPath, { recipientId: enverRecipient.id }, horizon)).status).toBe(404);
    expect((await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, { intent: "save", version: "1" }, horizon)).status).toBe(404);

    // A draft may be incomplete but not malformed; submitting needs every answer, the file included.
    const bad = await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, { intent: "save", version: "1", [`answer.${yesNo}`]: "MISSCHIEN" }, enver);
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).errors)).toEqual([`answer.${yesNo}`]);
    const draft = await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, { intent: "save", version: "1", [`answer.${text}`]: "Vaste taxatie" }, enver);
    expect(draft.status).toBe(302);
    expect((await recipientOf(themeId, "org-enver")).status).toBe("DRAFT");
    // The inspectorate does not see a draft.
    const inspectorView = await (await load(recipientLoader, enverPath, { recipientId: enverRecipient.id }, lead)).json();
    expect(inspectorView.view.answers).toEqual([]);
    const incomplete = await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, { intent: "submit", version: "2", [`answer.${text}`]: "Vaste taxatie", [`answer.${yesNo}`]: "YES" }, enver);
    expect(incomplete.status).toBe(400);
    expect(Object.keys((await incomplete.json()).errors)).toEqual([`answer.${file}`]);
    // A stale version is a conflict and keeps the text.
    const stale = await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, { intent: "save", version: "1", [`answer.${text}`]: "Oud" }, enver);
    expect(stale.status).toBe(409);
    const form = new FormData();
    for (const [k, v] of Object.entries({ intent: "submit", version: "2", [`answer.${text}`]: "Vaste taxatie", [`answer.${yesNo}`]: "YES" })) form.append(k, v);
    form.append(`file.${file}`, fileOf(tinyPdf(), "werkinstructie.pdf"));
    const submitted = await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, form, enver);
    expect(submitted.status).toBe(302);
    const stored = await db.themeRecipient.findUniqueOrThrow({ where: { id: enverRecipient.id }, include: { answers: true, attachments: true } });
    expect(stored.status).toBe("SUBMITTED");
    expect(stored.attachments.map((a) => a.fileName)).toEqual(["werkinstructie.pdf"]);
    // The attachment: Enver and the inspectorate may download it, Horizon may not.
    const attachmentId = stored.attachments[0]!.id;
    expect((await load(downloadLoader, `/thema-bijlagen/${attachmentId}`, { id: attachmentId }, enver)).status).toBe(200);
    expect((await load(downloadLoader, `/thema-bijlagen/${attachmentId}`, { id: attachmentId }, lead)).status).toBe(200);
    expect((await load(downloadLoader, `/thema-bijlagen/${attachmentId}`, { id: attachmentId }, horizon)).status).toBe(404);
    // Submitted answers are frozen.
    expect((await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, { intent: "save", version: "3" }, enver)).status).toBe(409);

    // Horizon asks for more time; the date must be later; the lead grants it and the deadline moves.
    const horizonPath = `/uitvragen/${horizonRecipient.id}`;
    const early = await act(recipientAction, horizonPath, { recipientId: horizonRecipient.id }, { intent: "extension", requestedDate: horizonRecipient.deadline, reason: "Vakantie" }, horizon);
    expect(early.status).toBe(400);
    const later = addDays(horizonRecipient.deadline, 14);
    expect((await act(recipientAction, horizonPath, { recipientId: horizonRecipient.id }, { intent: "extension", requestedDate: later, reason: "Vakantie" }, horizon)).status).toBe(302);
    const extension = await db.themeExtension.findFirstOrThrow({ where: { recipientId: horizonRecipient.id } });
    const ranking = async () => (await (await load(rankingLoader, `/themas/${themeId}/selectie`, { themeId }, lead)).json()) as { rows: { id: string; state: string; risk: number | null }[] };
    expect((await ranking()).rows.find((r) => r.id === horizonRecipient.id)?.state).toBe("EXTENSION");
    // Only the theme's team decides; an inspector outside it may not.
    expect((await act(recipientAction, horizonPath, { recipientId: horizonRecipient.id }, { intent: "decide", extensionId: extension.id, decision: "GRANTED" }, outsider)).status).toBe(403);
    expect((await act(recipientAction, horizonPath, { recipientId: horizonRecipient.id }, { intent: "decide", extensionId: extension.id, decision: "GRANTED" }, lead)).status).toBe(302);
    expect((await recipientOf(themeId, "org-horizon")).deadline).toBe(later);
    expect((await db.themeExtension.findUniqueOrThrow({ where: { id: extension.id } })).status).toBe("GRANTED");
    expect((await act(recipientAction, horizonPath, { recipientId: horizonRecipient.id }, { intent: "decide", extensionId: extension.id, decision: "REFUSED" }, lead)).status).toBe(409);

    // Scores (1–5) and a signal for Enver; a bad score writes nothing; a manager may not score.
    const badScore = await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, { intent: "scores", [`score.${text}`]: "9" }, lead);
    expect(badScore.status).toBe(400);
    expect(await db.themeScore.count({ where: { recipientId: enverRecipient.id } })).toBe(0);
    expect((await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, { intent: "scores", [`score.${text}`]: "4" }, manager)).status).toBe(403);
    expect((await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, { intent: "scores", [`score.${text}`]: "4", [`score.${yesNo}`]: "5", [`score.${file}`]: "" }, lead)).status).toBe(302);
    expect((await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, { intent: "signal", description: "Calamiteit", source: "Melding", date: todayIso(), weight: "3" }, lead)).status).toBe(302);
    const ranked = await ranking();
    expect(ranked.rows[0]).toMatchObject({ id: enverRecipient.id, risk: 7.5, state: "SUBMITTED" });

    // Start a trajectory from the top-ranked organisation: selected first, then once only.
    const startPath = `/themas/${themeId}/selectie/${enverRecipient.id}`;
    const startFields = { frameworkVersionId: "fwv-pleegzorg-1", reason: "Uit de selectie", legalBasis: "Jeugdwet", leadInspectorId: (await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" } })).id, startDate: todayIso(), durationMonths: "6" };
    expect((await act(startAction, startPath, { themeId, recipientId: enverRecipient.id }, startFields, lead)).status).toBe(409);
    expect((await act(recipientAction, enverPath, { recipientId: enverRecipient.id }, { intent: "select" }, lead)).status).toBe(302);
    const started = await act(startAction, startPath, { themeId, recipientId: enverRecipient.id }, startFields, lead);
    expect(started.status).toBe(302);
    const trajectoryId = started.headers.get("Location")!.replace("/trajecten/", "");
    expect(await db.trajectoryOrigin.findUniqueOrThrow({ where: { trajectoryId } })).toMatchObject({ themeId, recipientId: enverRecipient.id });
    expect((await db.trajectory.findUniqueOrThrow({ where: { id: trajectoryId } })).organisationId).toBe("org-enver");
    expect((await act(startAction, startPath, { themeId, recipientId: enverRecipient.id }, startFields, lead)).status).toBe(409);
    // The trajectory shows its origin in its facts and on its timeline.
    const overview = await (await load(trajectoryLoader, `/trajecten/${trajectoryId}`, { id: trajectoryId }, lead)).json();
    expect(overview.origin).toMatchObject({ themeTitle: "Thematisch toezicht pleegzorg test", recipientId: enverRecipient.id });
    expect(overview.timeline.map((e: { kind: string }) => e.kind)).toContain("origin");
  });

  it("reports aggregates without names unless decided, exports CSV and publishes with a date", async () => {
    const lead = await cookies.lead();
    const theme = "theme-pleegzorg-2025";
    const report = await (await load(reportLoader, `/themas/${theme}/rapport`, { themeId: theme }, lead)).json();
    expect(report.report.recipients).toBe(24);
    expect(report.report.states.SUBMITTED).toBe(20);
    expect(report.report.selectedNames).toEqual([]);
    const csv = await (await load(csvLoader, `/themas/${theme}/rapport.csv`, { themeId: theme }, lead)).text();
    expect(csv).toContain("ingediend,20");
    expect(csv).not.toContain("Kustregio");
    // The public page shows the published demo report; an unpublished theme is 404 there.
    expect((await load(publicLoader, `/themarapporten/${theme}`, { themeId: theme })).status).toBe(200);
    const { themeId } = await themeWithQuestions(lead);
    expect((await load(publicLoader, `/themarapporten/${themeId}`, { themeId })).status).toBe(404);
    // Publishing needs the selection made and a summary.
    await send(themeId, lead, { confirmed: "yes" });
    const advance = async () => act(overviewAction, `/themas/${themeId}`, { themeId }, { version: String((await db.theme.findUniqueOrThrow({ where: { id: themeId } })).version) }, lead);
    expect((await advance()).status).toBe(302);
    expect((await advance()).status).toBe(302);
    expect((await db.theme.findUniqueOrThrow({ where: { id: themeId } })).status).toBe("SELECTION_MADE");
    const version = async () => String((await db.theme.findUniqueOrThrow({ where: { id: themeId } })).version);
    const early = await act(reportAction, `/themas/${themeId}/rapport`, { themeId }, { intent: "publish", publishedOn: todayIso(), version: await version() }, lead);
    expect(early.status).toBe(400);
    expect((await act(reportAction, `/themas/${themeId}/rapport`, { themeId }, { reportSummary: "Samenvatting", version: await version() }, lead)).status).toBe(302);
    expect((await act(reportAction, `/themas/${themeId}/rapport`, { themeId }, { intent: "publish", publishedOn: todayIso(), version: await version() }, lead)).status).toBe(302);
    expect(await db.theme.findUniqueOrThrow({ where: { id: themeId } })).toMatchObject({ status: "PUBLISHED", publishedOn: todayIso() });
    expect((await load(publicLoader, `/themarapporten/${themeId}`, { themeId })).status).toBe(200);
    const page = await (await load(overviewLoader, `/themas/${themeId}`, { themeId }, lead)).json();
    // Published, the one step left is closing the theme.
    expect(page.next).toBe("CLOSED");
  });
});
