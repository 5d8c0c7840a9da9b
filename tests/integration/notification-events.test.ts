import { beforeEach, describe, expect, it } from "vitest";
import { addDays, todayIso } from "~/domain/dates";
import type { NotificationKind } from "~/domain/notifications";
import { imposeEnforcementMeasure } from "~/models/enforcement.server";
import { listInbox, notifyBothSides, notifyTheme } from "~/models/notification.server";
import { action as settingsAction } from "~/routes/meldingen.instellingen";
import { action as closureAction } from "~/routes/trajecten.$id.afsluiting._index";
import { action as enforcementAction } from "~/routes/trajecten.$id.handhaving";
import { action as newThemeAction } from "~/routes/themas.nieuw";
import { action as questionsAction } from "~/routes/themas.$themeId.vragen";
import { action as sendAction } from "~/routes/themas.$themeId.verzenden";
import { action as recipientAction, loader as recipientLoader } from "~/routes/uitvragen.$recipientId";
import { loader as overviewLoader } from "~/routes/trajecten.$id._index";
import { callAction } from "../support/assessment-fixtures";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

// The events of the enforcement ladder, follow-up, suspension and thematic supervision: who is
// told (decision 012's catalogue), in whose language, never the actor, and nothing on rollback.
// Demo people: Sanne (inspecteur, lead of Enver and Kustregio), Joris (inspecteur2, their team;
// lead of Horizon), Mirjam (teamleider, manager); Enver's and Horizon's organisation users.

const SANNE = "inspecteur@igj.example";
const JORIS = "inspecteur2@igj.example";
const MIRJAM = "teamleider@igj.example";
const HANNA = "hoofdinspecteur@igj.example";
const ENVER_USER = "enver@enver.example";
const HORIZON_USER = "gebruiker@horizon.example";
const KUSTREGIO_USER = "contact@kustregio.example";
const SECTOR = "Jeugd – pleegzorg";

type Told = { email: string; path: string; locale: string | null };

/** Who was told of this kind: the recipient, where the message links to, the language of its e-mail. */
async function told(kind: NotificationKind): Promise<Told[]> {
  const rows = await db.notification.findMany({ where: { kind }, select: { params: true, outboxMessageId: true, user: { select: { email: true } } } });
  const mails = await db.outboxMessage.findMany({ where: { id: { in: rows.flatMap((r) => (r.outboxMessageId ? [r.outboxMessageId] : [])) } }, select: { id: true, locale: true } });
  const locale = new Map(mails.map((m) => [m.id, m.locale]));
  return rows
    .map((r) => ({ email: r.user.email, path: (JSON.parse(r.params) as { path: string }).path, locale: r.outboxMessageId ? (locale.get(r.outboxMessageId) ?? null) : null }))
    .sort((a, b) => a.email.localeCompare(b.email) || a.path.localeCompare(b.path));
}

const emails = (rows: Told[]) => rows.map((r) => r.email);

async function userId(email: string) {
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

async function speaksEnglish(email: string) {
  await db.notificationPreference.create({ data: { userId: await userId(email), locale: "en" } });
}

/** Everything an organisation user could learn from: inbox rows, e-mails, and the inbox page's list. */
async function everythingFor(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, organisationId: true } });
  const [notifications, mails, inbox] = await Promise.all([
    db.notification.findMany({ where: { userId: user.id }, select: { kind: true, params: true } }),
    db.outboxMessage.findMany({ where: { userId: user.id }, select: { body: true } }),
    listInbox(user, { skip: 0, take: 100 }),
  ]);
  return { notifications, mails, inbox: inbox.rows };
}

beforeEach(async () => {
  await seedDemoData();
  await db.user.create({ data: { id: "user-manager-2", email: HANNA, name: "Hanna Hoofd", role: "MANAGER", passwordHash: "-" } });
  await db.user.create({ data: { id: "user-kustregio", email: KUSTREGIO_USER, name: "K. Contact", role: "ORGANISATION", organisationId: "org-kustregio", passwordHash: "-" } });
});

describe("thematic supervision", () => {
  async function act(fn: (args: ReturnType<typeof routeArgs>) => Promise<unknown>, path: string, params: Record<string, string>, body: Record<string, string>, cookie: string) {
    return responseOf(() => fn(routeArgs(post(path, body, cookie), params)));
  }

  /** A theme led by Sanne with Joris on its team and one question, sent to the whole sector. */
  async function sentTheme() {
    const sanne = await sessionCookieFor(SANNE);
    const fields = {
      title: "Uitvraag veiligheid pleegkinderen",
      purpose: "Zicht op veiligheid",
      legalBasis: "Jeugdwet",
      frameworkVersionId: "fwv-pleegzorg-1",
      leadInspectorId: await userId(SANNE),
      [`team.${await userId(JORIS)}`]: "on",
      sector: SECTOR,
      startDate: todayIso(),
      endDate: addDays(todayIso(), 200),
    };
    expect((await act(newThemeAction, "/themas/nieuw", {}, fields, sanne)).status).toBe(302);
    const theme = await db.theme.findFirstOrThrow({ where: { title: fields.title }, select: { id: true, version: true } });
    expect((await act(questionsAction, `/themas/${theme.id}/vragen`, { themeId: theme.id }, { text: "Spreekt u kinderen alleen?", kind: "YES_NO", version: String(theme.version) }, sanne)).status).toBe(302);
    const { version } = await db.theme.findUniqueOrThrow({ where: { id: theme.id }, select: { version: true } });
    const deadline = addDays(todayIso(), 30);
    const sent = await act(sendAction, `/themas/${theme.id}/verzenden`, { themeId: theme.id }, { requestDeadline: deadline, recipients: "SECTOR", version: String(version), confirmed: "yes" }, sanne);
    expect(sent.status).toBe(302);
    const question = await db.themeQuestion.findFirstOrThrow({ where: { themeId: theme.id }, select: { id: true } });
    return { themeId: theme.id, questionId: question.id, deadline, sanne };
  }

  const recipientOf = (themeId: string, organisationId: string) => db.themeRecipient.findUniqueOrThrow({ where: { themeId_organisationId: { themeId, organisationId } }, select: { id: true, deadline: true } });

  it("tells every active user of every recipient organisation of the request, each only of its own, in its own language", async () => {
    await speaksEnglish(ENVER_USER);
    await db.user.create({ data: { email: "oud@horizon.example", name: "Oud", role: "ORGANISATION", organisationId: "org-horizon", active: false, passwordHash: "-" } });
    const { themeId, deadline } = await sentTheme();

    const rows = await told("theme.requestSent");
    const expected = await db.user.findMany({
      where: { role: "ORGANISATION", active: true, organisation: { active: true, themeRecipients: { some: { themeId } } } },
      select: { email: true, organisationId: true },
    });
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(emails(rows)).toEqual(expected.map((u) => u.email).sort());
    // Each is linked to its own organisation's request, and nobody of the inspectorate is told.
    const recipients = new Map((await db.themeRecipient.findMany({ where: { themeId }, select: { id: true, organisationId: true } })).map((r) => [r.organisationId, r.id]));
    for (const user of expected) expect(rows.find((r) => r.email === user.email)?.path).toBe(`/uitvragen/${recipients.get(user.organisationId!)}`);
    expect(emails(rows)).not.toContain("oud@horizon.example");
    expect(rows.find((r) => r.email === ENVER_USER)?.locale).toBe("en");
    expect(rows.find((r) => r.email === HORIZON_USER)?.locale).toBe("nl");
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { userId: await userId(ENVER_USER) }, select: { body: true } });
    expect(JSON.parse(mail.body).items[0].params).toMatchObject({ title: "Uitvraag veiligheid pleegkinderen", dueDate: deadline });

    // The link works for its recipient, and is 404 for another organisation's user.
    const enverPath = rows.find((r) => r.email === ENVER_USER)!.path;
    const recipientId = enverPath.split("/").pop()!;
    const enver = await sessionCookieFor(ENVER_USER);
    const horizon = await sessionCookieFor(HORIZON_USER);
    expect((await responseOf(() => recipientLoader(routeArgs(get(enverPath, enver), { recipientId })))).status).toBe(200);
    expect((await responseOf(() => recipientLoader(routeArgs(get(enverPath, horizon), { recipientId })))).status).toBe(404);
  });

  it("tells lead and team of submitted answers and of a request for more time, and the organisation of the decision", async () => {
    await speaksEnglish(JORIS);
    const { themeId, questionId } = await sentTheme();
    const enver = await recipientOf(themeId, "org-enver");
    const horizon = await recipientOf(themeId, "org-horizon");

    const submitted = await act(recipientAction, `/uitvragen/${enver.id}`, { recipientId: enver.id }, { intent: "submit", version: "1", [`answer.${questionId}`]: "YES" }, await sessionCookieFor(ENVER_USER));
    expect(submitted.status).toBe(302);
    expect(await told("theme.answersSubmitted")).toEqual([
      { email: SANNE, path: `/uitvragen/${enver.id}`, locale: "nl" },
      { email: JORIS, path: `/uitvragen/${enver.id}`, locale: "en" },
    ].sort((a, b) => a.email.localeCompare(b.email)));
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { userId: await userId(SANNE), kind: "notification" }, orderBy: { createdAt: "desc" }, select: { body: true } });
    expect(JSON.parse(mail.body).items[0].params.organisation).toBe((await db.organisation.findUniqueOrThrow({ where: { id: "org-enver" } })).name);

    const later = addDays(horizon.deadline, 14);
    const asked = await act(recipientAction, `/uitvragen/${horizon.id}`, { recipientId: horizon.id }, { intent: "extension", requestedDate: later, reason: "Vakantie" }, await sessionCookieFor(HORIZON_USER));
    expect(asked.status).toBe(302);
    expect(emails(await told("theme.extensionRequested")).sort()).toEqual([JORIS, SANNE].sort());

    // Joris grants it: Horizon's users are told (not Enver's, not Joris himself).
    const extension = await db.themeExtension.findFirstOrThrow({ where: { recipientId: horizon.id }, select: { id: true } });
    const decided = await act(recipientAction, `/uitvragen/${horizon.id}`, { recipientId: horizon.id }, { intent: "decide", extensionId: extension.id, decision: "GRANTED", comment: "" }, await sessionCookieFor(JORIS));
    expect(decided.status).toBe(302);
    const horizonUsers = await db.user.findMany({ where: { organisationId: "org-horizon", active: true }, select: { email: true } });
    expect(await told("theme.extensionDecided")).toEqual(horizonUsers.map((u) => ({ email: u.email, path: `/uitvragen/${horizon.id}`, locale: "nl" })).sort((a, b) => a.email.localeCompare(b.email)));
    const grant = await db.notification.findFirstOrThrow({ where: { kind: "theme.extensionDecided" }, select: { params: true } });
    expect(JSON.parse(grant.params)).toMatchObject({ extensionDecision: "GRANTED", dueDate: later });
  });

  it("lets the team switch off submitted answers on the settings page, but nobody the decision on more time", async () => {
    const [joris, horizonUser] = [await sessionCookieFor(JORIS), await sessionCookieFor(HORIZON_USER)];
    // Joris ticks nothing: every switchable kind off (the essential ones cannot be).
    const saved = await responseOf(() => settingsAction(routeArgs(post("/meldingen/instellingen", { mode: "IMMEDIATE" }, joris))));
    expect(saved.status).toBe(302);
    const { themeId, questionId } = await sentTheme();
    const enver = await recipientOf(themeId, "org-enver");
    await act(recipientAction, `/uitvragen/${enver.id}`, { recipientId: enver.id }, { intent: "submit", version: "1", [`answer.${questionId}`]: "NO" }, await sessionCookieFor(ENVER_USER));
    expect(emails(await told("theme.answersSubmitted"))).toEqual([SANNE]);
    // Horizon's user switched everything off too: the decision on its request still reaches it.
    await responseOf(() => settingsAction(routeArgs(post("/meldingen/instellingen", { mode: "IMMEDIATE" }, horizonUser))));
    const horizon = await recipientOf(themeId, "org-horizon");
    await act(recipientAction, `/uitvragen/${horizon.id}`, { recipientId: horizon.id }, { intent: "extension", requestedDate: addDays(horizon.deadline, 7), reason: "Ziekte" }, horizonUser);
    expect(emails(await told("theme.extensionRequested"))).toEqual([SANNE]);
    const extension = await db.themeExtension.findFirstOrThrow({ where: { recipientId: horizon.id }, select: { id: true } });
    await act(recipientAction, `/uitvragen/${horizon.id}`, { recipientId: horizon.id }, { intent: "decide", extensionId: extension.id, decision: "REFUSED", comment: "Niet nodig." }, await sessionCookieFor(SANNE));
    expect(emails(await told("theme.extensionDecided"))).toContain(HORIZON_USER);
  });

  it("writes nothing when the change that would cause it is rolled back", async () => {
    const { themeId } = await sentTheme();
    const before = [await db.notification.count(), await db.outboxMessage.count()];
    const recipient = await recipientOf(themeId, "org-enver");
    await expect(
      db.$transaction(async (tx) => {
        await notifyTheme(tx, { kind: "theme.extensionDecided", themeId, actorId: null, params: { extensionDecision: "REFUSED", dueDate: "2026-01-01" }, recipientIds: [recipient.id] });
        await notifyTheme(tx, { kind: "theme.answersSubmitted", themeId, actorId: null, params: {}, recipientIds: [recipient.id] });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect([await db.notification.count(), await db.outboxMessage.count()]).toEqual(before);
  });
});

describe("the enforcement ladder", () => {
  // Kustregio (demo): an aanwijzing in force whose compliance check is planned, the judgement to follow.
  const KUSTREGIO = "traj-kustregio";
  const AANWIJZING = "admin-kustregio-aanwijzing";
  const path = `/trajecten/${KUSTREGIO}/handhaving`;
  const ladder = (fields: Record<string, string>, email: string) => sessionCookieFor(email).then((cookie) => callAction(enforcementAction as never, path, { id: KUSTREGIO }, fields, cookie));
  const version = async (id: string) => String((await db.enforcementMeasure.findUniqueOrThrow({ where: { id }, select: { version: true } })).version);
  const finding = async (measureId: string, fields: Record<string, string>, email = SANNE) =>
    ladder({ intent: "finding", measureId, version: await version(measureId), checkDate: todayIso(), evidence: "Twintig dossiers ingezien.", ...fields }, email);
  const decide = async (measureId: string, fields: Record<string, string>, email = MIRJAM) => {
    const check = await db.complianceCheck.findFirstOrThrow({ where: { measureId, status: "PROPOSED" }, select: { id: true } });
    return ladder({ intent: "decideCheck", measureId, checkId: check.id, version: await version(measureId), decisionDate: todayIso(), comment: "", decision: "APPROVED", ...fields }, email);
  };

  it("tells the managers of a finding, then lead, team and organisation of the decision and the next measure", async () => {
    await speaksEnglish(KUSTREGIO_USER);
    const recorded = await finding(AANWIJZING, {
      finding: "NOT_COMPLIED",
      consequence: "NEXT",
      nextTypeId: "amt-last-onder-dwangsom",
      nextDetails: "Last onder dwangsom: € 5.000 per week.",
      nextDueDate: "2027-03-01",
    });
    expect(recorded.status).toBe(302);
    // Every manager (a manager never records a finding, so none is the actor); no organisation, no team member.
    const managers = await told("enforcement.findingRecorded");
    expect(emails(managers).sort()).toEqual([HANNA, MIRJAM].sort());
    expect(managers.every((r) => r.path === path)).toBe(true);

    expect((await decide(AANWIJZING, {})).status).toBe(302);
    const decided = await told("enforcement.checkDecided");
    expect(decided).toEqual(
      [
        { email: SANNE, path, locale: "nl" },
        { email: JORIS, path, locale: "nl" },
        { email: KUSTREGIO_USER, path: `/trajecten/${KUSTREGIO}`, locale: "en" },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    );
    const imposed = await told("enforcement.measureImposed");
    expect(emails(imposed).sort()).toEqual([JORIS, KUSTREGIO_USER, SANNE].sort());
    // Mirjam decided: she is told of neither.
    expect(await db.notification.count({ where: { userId: await userId(MIRJAM), kind: { in: ["enforcement.checkDecided", "enforcement.measureImposed"] } } })).toBe(0);
    const params = JSON.parse((await db.notification.findFirstOrThrow({ where: { kind: "enforcement.measureImposed", userId: "user-kustregio" }, select: { params: true } })).params);
    expect(params).toMatchObject({ measure: { nl: "Last onder dwangsom" }, dueDate: "2027-03-01", path: `/trajecten/${KUSTREGIO}` });
    // The organisation's link works for it; the inspectors' page is not for it.
    const organisation = await sessionCookieFor(KUSTREGIO_USER);
    expect((await responseOf(() => overviewLoader(routeArgs(get(params.path, organisation), { id: KUSTREGIO })))).status).toBe(200);
  });

  it("never tells the organisation of a planned check, nor of a finding returned to planned", async () => {
    const nothing = await everythingFor(KUSTREGIO_USER);
    expect(nothing.notifications).toEqual([]);
    // A finding, sent back by the manager: the check is planned again, which only the team hears.
    expect((await finding(AANWIJZING, { finding: "COMPLIED", consequence: "END" })).status).toBe(302);
    expect((await decide(AANWIJZING, { decision: "RETURNED", comment: "Onderbouw met de gesprekken." })).status).toBe(302);
    expect(emails(await told("enforcement.checkDecided")).sort()).toEqual([JORIS, SANNE].sort());
    expect(await everythingFor(KUSTREGIO_USER)).toEqual(nothing);

    // A new measure is the organisation's to know; the check planned on it is not.
    const next = await db.$transaction((tx) =>
      imposeEnforcementMeasure(tx, { id: "user-manager-2" }, KUSTREGIO, { typeId: "amt-last-onder-dwangsom", description: "Last", imposedOn: todayIso(), dueDate: null, decisionId: null, predecessorId: null }),
    );
    const imposed = await everythingFor(KUSTREGIO_USER);
    expect(imposed.notifications.map((n) => n.kind)).toEqual(["enforcement.measureImposed"]);
    const checkDate = addDays(todayIso(), 10);
    expect((await ladder({ intent: "planCheck", measureId: next, version: await version(next), checkDate }, SANNE)).status).toBe(302);
    expect(await told("enforcement.checkPlanned")).toEqual([{ email: JORIS, path, locale: "nl" }]);
    const after = await everythingFor(KUSTREGIO_USER);
    expect(after).toEqual(imposed);
    expect(JSON.stringify(after)).not.toContain(checkDate);
  });

  it("writes nothing when the change that would cause it is rolled back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await imposeEnforcementMeasure(tx, { id: "user-manager-2" }, KUSTREGIO, { typeId: "amt-last-onder-dwangsom", description: "Last", imposedOn: todayIso(), dueDate: "2027-01-01", decisionId: null, predecessorId: null });
        await notifyBothSides(tx, { kind: "term.suspended", trajectoryId: KUSTREGIO, actorId: null, params: { startDate: "2026-01-01", endDate: "2026-01-02", dueDate: "2026-06-01" }, inspectorPath: path, organisation: true });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.notification.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);
  });
});

describe("follow-up and suspension", () => {
  // Enver (demo): in follow-up with a report after the summer; Horizon: active, lead Joris.
  const ENVER = "traj-enver";
  const HORIZON = "traj-horizon";
  const closure = (trajectoryId: string, fields: Record<string, string>, email: string) =>
    sessionCookieFor(email).then((cookie) => callAction(closureAction as never, `/trajecten/${trajectoryId}/afsluiting`, { id: trajectoryId }, fields, cookie));

  it("tells the managers of an outcome to decide on, then lead, team and organisation of the decision", async () => {
    await speaksEnglish(ENVER_USER);
    const obligation = await db.followUpObligation.findFirstOrThrow({ where: { trajectoryId: ENVER, kind: "REPORT" }, select: { id: true, title: true } });
    // Met needs no decision: nobody is told.
    const other = await db.followUpObligation.findFirstOrThrow({ where: { trajectoryId: ENVER, id: { not: obligation.id } }, select: { id: true } });
    expect((await closure(ENVER, { intent: "followUpOutcome", followUpId: other.id, outcome: "MET", judgement: "Het plan is aangescherpt." }, SANNE)).status).toBe(302);
    expect(await db.notification.count()).toBe(0);

    expect((await closure(ENVER, { intent: "followUpOutcome", followUpId: obligation.id, outcome: "NOT_MET", judgement: "Kinderen worden niet alleen gesproken." }, SANNE)).status).toBe(302);
    expect(await told("followUp.outcomeRecorded")).toEqual([
      { email: HANNA, path: `/trajecten/${ENVER}/afsluiting`, locale: "nl" },
      { email: MIRJAM, path: `/trajecten/${ENVER}/afsluiting`, locale: "nl" },
    ]);

    const outcome = await db.followUpOutcome.findFirstOrThrow({ where: { followUpId: obligation.id }, select: { id: true, version: true } });
    const decided = await closure(
      ENVER,
      { intent: "followUpDecide", outcomeId: outcome.id, version: String(outcome.version), decisionDate: todayIso(), comment: "", decision: "RESUME_SUPERVISION", newDeadline: addDays(todayIso(), 90) },
      HANNA,
    );
    expect(decided.status).toBe(302);
    const rows = await told("followUp.decided");
    const enverUsers = (await db.user.findMany({ where: { organisationId: "org-enver", active: true }, select: { email: true } })).map((u) => u.email);
    expect(emails(rows).sort()).toEqual([JORIS, SANNE, ...enverUsers].sort());
    expect(rows.find((r) => r.email === ENVER_USER)).toEqual({ email: ENVER_USER, path: `/trajecten/${ENVER}`, locale: "en" });
    expect(rows.find((r) => r.email === SANNE)?.path).toBe(`/trajecten/${ENVER}/afsluiting`);
    const params = JSON.parse((await db.notification.findFirstOrThrow({ where: { kind: "followUp.decided" }, select: { params: true } })).params);
    expect(params).toMatchObject({ title: obligation.title, followUpOutcome: "NOT_MET", followUpDecision: "RESUME_SUPERVISION" });
    // Hanna decided: not told.
    expect(emails(rows)).not.toContain(HANNA);
  });

  it("tells the organisation and the team (not the one who suspended) of a suspended term, with the new end date", async () => {
    await db.trajectoryMember.create({ data: { trajectoryId: HORIZON, userId: await userId(SANNE) } });
    const trajectory = await db.trajectory.findUniqueOrThrow({ where: { id: HORIZON }, select: { version: true, startDate: true } });
    const start = addDays(trajectory.startDate, 30);
    const suspended = await closure(HORIZON, { intent: "suspend", version: String(trajectory.version), reason: "Wachten op dossiers.", startDate: start, endDate: addDays(start, 9) }, JORIS);
    expect(suspended.status).toBe(302);
    const { deadline } = await db.trajectory.findUniqueOrThrow({ where: { id: HORIZON }, select: { deadline: true } });
    const rows = await told("term.suspended");
    const horizonUsers = (await db.user.findMany({ where: { organisationId: "org-horizon", active: true }, select: { email: true } })).map((u) => u.email);
    expect(emails(rows).sort()).toEqual([SANNE, ...horizonUsers].sort());
    expect(rows.find((r) => r.email === SANNE)?.path).toBe(`/trajecten/${HORIZON}/afsluiting`);
    expect(rows.find((r) => r.email === HORIZON_USER)?.path).toBe(`/trajecten/${HORIZON}`);
    const params = JSON.parse((await db.notification.findFirstOrThrow({ where: { kind: "term.suspended", user: { email: HORIZON_USER } }, select: { params: true } })).params);
    expect(params).toMatchObject({ startDate: start, endDate: addDays(start, 9), dueDate: deadline });
    // Nobody of another organisation.
    expect(await db.notification.count({ where: { user: { email: ENVER_USER } } })).toBe(0);
  });
});
