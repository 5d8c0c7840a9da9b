import { beforeEach, describe, expect, it } from "vitest";
import { setPasswordWithLink } from "~/models/admin-account-links.server";
import { addSector } from "~/models/admin-organisations.server";
import { changeUser, createAdministrator, setUserActive } from "~/models/admin-users.server";
import { throttleKeys } from "~/domain/login-throttle";
import { signInThrottled } from "~/models/user.server";
import { action as changePasswordAction } from "~/routes/account.wachtwoord";
import { loader as activityLoader } from "~/routes/beheer.activiteit";
import { action as userAction, loader as userLoader } from "~/routes/beheer.gebruikers.$id";
import { loader as usersLoader } from "~/routes/beheer.gebruikers._index";
import { action as inviteAction } from "~/routes/beheer.gebruikers.nieuw";
import { action as organisationAction } from "~/routes/beheer.organisaties.$id";
import { loader as organisationsLoader } from "~/routes/beheer.organisaties._index";
import { action as newOrganisationAction } from "~/routes/beheer.organisaties.nieuw";
import { loader as loginLoader } from "~/routes/inloggen";
import { action as setPasswordAction, loader as setPasswordLoader } from "~/routes/wachtwoord.instellen.$token";
import { action as forgotAction } from "~/routes/wachtwoord.vergeten";
import { getUser } from "~/utils/session.server";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

/** The user id when this email and password sign in (from a fresh device and no address). */
async function verifyLogin(email: string, password: string): Promise<string | null> {
  const result = await signInThrottled(email, password, throttleKeys(email, null, null));
  return result.ok ? result.userId : null;
}

const ADMIN = "beheer@igj.example";
const ORGANISATION = {
  name: "Pleegzorg Noord",
  kvkNumber: "61234567",
  sector: "Jeugd – pleegzorg",
  location: "Groningen",
  address: "Hoofdstraat 1, 9711 AA Groningen",
  contactName: "Noor Contact",
  contactEmail: "noor@pleegzorg-noord.example",
  contactPhone: "050 123 45 67",
};

/** Horizon's edit form as the demo data fills it, with changes. */
async function horizonForm(changes: Record<string, string>): Promise<Record<string, string>> {
  const org = await db.organisation.findUniqueOrThrow({ where: { id: "org-horizon" } });
  const fields = { name: org.name, kvkNumber: org.kvkNumber, sector: org.sector, location: org.location, address: org.address, contactName: org.contactName, contactEmail: org.contactEmail, contactPhone: org.contactPhone };
  return { ...fields, version: "1", ...changes };
}

async function counts() {
  const [users, organisations, tokens, outbox, audit] = await Promise.all([
    db.user.count(),
    db.organisation.count(),
    db.accountToken.count(),
    db.outboxMessage.count(),
    db.auditEvent.count(),
  ]);
  return { users, organisations, tokens, outbox, audit };
}

async function errorsOf(response: Response): Promise<Record<string, string[]>> {
  return ((await response.json()) as { errors: Record<string, string[]> }).errors;
}

/** Submits a form as the administrator and returns the response. */
async function asAdmin(run: (args: ReturnType<typeof routeArgs>) => Promise<unknown>, path: string, fields: Record<string, string>, params: Record<string, string> = {}) {
  const cookie = await sessionCookieFor(ADMIN);
  return responseOf(() => run(routeArgs(post(path, fields, cookie), params)));
}

async function invite(fields: Partial<Record<"name" | "email" | "role" | "organisationKvk", string>>) {
  return asAdmin(inviteAction, "/beheer/gebruikers/nieuw", { name: "Nieuwe Gebruiker", email: "nieuw@example.org", role: "INSPECTOR", organisationKvk: "", ...fields });
}

/** The token at the end of the link in the newest pending outbox message for this address. */
async function linkTokenFor(email: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({ where: { recipient: email, status: "PENDING" }, orderBy: { createdAt: "desc" } });
  const link = (JSON.parse(message.body) as { link: string }).link;
  return link.slice(link.lastIndexOf("/") + 1);
}

async function choosePassword(token: string, password: string, confirmation = password) {
  return responseOf(() => setPasswordAction(routeArgs(post(`/wachtwoord/instellen/${token}`, { password, confirmation }), { token })));
}

describe("organisations", () => {
  beforeEach(seedDemoData);

  it("creates an organisation with its contact details, audited", async () => {
    const response = await asAdmin(newOrganisationAction, "/beheer/organisaties/nieuw", ORGANISATION);
    expect(response.status).toBe(302);
    const created = await db.organisation.findUniqueOrThrow({ where: { kvkNumber: ORGANISATION.kvkNumber } });
    expect(created).toMatchObject({ ...ORGANISATION, active: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "organisation.created" } });
    expect(JSON.parse(event.after ?? "{}")).toMatchObject({ kvkNumber: ORGANISATION.kvkNumber });
  });

  it.each([
    ["a KvK number that is not 8 digits", { kvkNumber: "1234567" }, "kvkNumber", "Een KvK-nummer bestaat uit precies acht cijfers."],
    ["a KvK number with letters", { kvkNumber: "1234567a" }, "kvkNumber", "Een KvK-nummer bestaat uit precies acht cijfers."],
    ["a KvK number that is taken", { kvkNumber: "24301175" }, "kvkNumber", "Er is al een organisatie met dit KvK-nummer."],
    ["a sector outside the managed list", { sector: "Bakkerij" }, "sector", "Kies een sector uit de lijst."],
    ["an invalid contact e-mail address", { contactEmail: "noor@" }, "contactEmail", "Vul een geldig e-mailadres in."],
  ])("refuses %s with a field error and writes nothing", async (_, change, field, message) => {
    const before = await counts();
    const response = await asAdmin(newOrganisationAction, "/beheer/organisaties/nieuw", { ...ORGANISATION, ...change });
    expect(response.status).toBe(400);
    expect((await errorsOf(response))[field]).toEqual([message]);
    expect(await counts()).toEqual(before);
  });

  it("searches by name or KvK number, page by page", async () => {
    const search = async (query: string) => {
      const cookie = await sessionCookieFor(ADMIN);
      const response = await responseOf(() => organisationsLoader(routeArgs(get(`/beheer/organisaties?${query}`, cookie))));
      return (await response.json()) as { organisations: { name: string }[]; total: number; paging: { page: number; pages: number } };
    };
    expect((await search("q=Horizon")).organisations.map((o) => o.name)).toEqual(["Stichting Horizon Pleegzorg"]);
    expect((await search("q=2430")).organisations.map((o) => o.name)).toEqual(["Enver"]);
    const all = await search("");
    // The four demo organisations and the twenty invented providers of the foster-care theme (issue 15).
    expect(all.total).toBe(24);
    expect(all.paging.pages).toBe(1);
    // 26 more make two pages of 25; the second holds the rest, in name order ("Zorg" sorts last).
    await db.organisation.createMany({
      data: Array.from({ length: 26 }, (_, i) => ({ name: `Zorg ${String(i).padStart(2, "0")}`, kvkNumber: `700000${String(i).padStart(2, "0")}`, sector: "Jeugd – pleegzorg", location: "Utrecht" })),
    });
    const second = await search("pagina=2");
    expect([second.total, second.paging]).toEqual([50, { page: 2, pages: 2 }]);
    expect(second.organisations.map((o) => o.name)).toEqual(Array.from({ length: 25 }, (_, i) => `Zorg ${String(i + 1).padStart(2, "0")}`));
    expect((await search("status=inactief")).total).toBe(0);
  });

  it("deactivation signs its users out and keeps them out; its trajectories stay readable to the inspectorate", async () => {
    const enverCookie = await sessionCookieFor("enver@enver.example");
    const trajectoriesBefore = await db.trajectory.count({ where: { organisationId: "org-enver" } });
    const response = await asAdmin(organisationAction, "/beheer/organisaties/org-enver", { intent: "deactivate" }, { id: "org-enver" });
    expect(response.status).toBe(302);
    expect(await getUser(get("/", enverCookie))).toBeNull();
    expect(await verifyLogin("enver@enver.example", "toezicht-demo")).toBeNull();
    expect(await db.trajectory.count({ where: { organisationId: "org-enver" } })).toBe(trajectoriesBefore);
    expect(await getUser(get("/", await sessionCookieFor("inspecteur@igj.example")))).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: "org-enver", action: "organisation.deactivated" } })).toBe(1);
  });

  it("edits an organisation, audited before → after, and refuses a KvK number of another organisation", async () => {
    const original = await db.organisation.findUniqueOrThrow({ where: { id: "org-horizon" } });
    const edit = async (changes: Record<string, string>) => asAdmin(organisationAction, "/beheer/organisaties/org-horizon", await horizonForm(changes), { id: "org-horizon" });
    const before = await counts();
    const taken = await edit({ kvkNumber: "24301175" });
    expect(taken.status).toBe(400);
    expect((await errorsOf(taken)).kvkNumber).toEqual(["Er is al een organisatie met dit KvK-nummer."]);
    expect(await counts()).toEqual(before);
    expect((await edit({ location: "Haarlem" })).status).toBe(302);
    expect(await db.organisation.findUniqueOrThrow({ where: { id: "org-horizon" }, select: { location: true, version: true } })).toEqual({ location: "Haarlem", version: 2 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: "org-horizon", action: "organisation.updated" } });
    expect([JSON.parse(event.before ?? "{}"), JSON.parse(event.after ?? "{}")]).toEqual([{ location: original.location }, { location: "Haarlem" }]);
  });

  it("answers 409 to a save begun before another administrator's, keeping both: theirs stored, the user's own input in the form", async () => {
    // Both administrators opened the form at version 1; the first saves.
    const opened = await horizonForm({});
    expect((await asAdmin(organisationAction, "/beheer/organisaties/org-horizon", { ...opened, location: "Haarlem" }, { id: "org-horizon" })).status).toBe(302);
    const before = await counts();
    const stale = await asAdmin(organisationAction, "/beheer/organisaties/org-horizon", { ...opened, contactPhone: "023 555 01 01" }, { id: "org-horizon" });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { formError: string; values: Record<string, string>; conflict: { location: string; version: number } };
    expect(body.formError).toContain("Een andere beheerder heeft deze organisatie opgeslagen nadat u begon");
    expect(body.values.contactPhone).toBe("023 555 01 01");
    expect(body.conflict).toMatchObject({ location: "Haarlem", version: 2 });
    expect(await counts()).toEqual(before);
    expect(await db.organisation.findUniqueOrThrow({ where: { id: "org-horizon" }, select: { location: true, contactPhone: true } })).toEqual({ location: "Haarlem", contactPhone: opened.contactPhone });
    // Saving again from the version shown applies on top of theirs.
    expect((await asAdmin(organisationAction, "/beheer/organisaties/org-horizon", { ...opened, version: "2", location: "Haarlem", contactPhone: "023 555 01 01" }, { id: "org-horizon" })).status).toBe(302);
  });

  it("of two saves at the same moment from the same version, exactly one is stored", async () => {
    const cookie = await sessionCookieFor(ADMIN);
    const opened = await horizonForm({});
    const save = (location: string) => responseOf(() => organisationAction(routeArgs(post("/beheer/organisaties/org-horizon", { ...opened, location }, cookie), { id: "org-horizon" })));
    const statuses = (await Promise.all([save("Haarlem"), save("Leiden")])).map((r) => r.status).sort();
    expect(statuses).toEqual([302, 409]);
    expect(await db.auditEvent.count({ where: { entityId: "org-horizon", action: "organisation.updated" } })).toBe(1);
  });

  it("is for administrators only", async () => {
    const cookie = await sessionCookieFor("inspecteur@igj.example");
    const response = await responseOf(() => newOrganisationAction(routeArgs(post("/beheer/organisaties/nieuw", ORGANISATION, cookie))));
    expect(response.status).toBe(403);
    expect(await db.organisation.count({ where: { kvkNumber: ORGANISATION.kvkNumber } })).toBe(0);
  });
});

describe("inviting users", () => {
  beforeEach(seedDemoData);

  it("creates the account without a password, a link stored as a hash only, and its outbox message", async () => {
    const response = await invite({ email: "Nieuw@Example.org", role: "ORGANISATION", organisationKvk: "24301175" });
    expect(response.status).toBe(302);
    const user = await db.user.findUniqueOrThrow({ where: { email: "nieuw@example.org" } });
    expect(user).toMatchObject({ role: "ORGANISATION", organisationId: "org-enver", passwordHash: "" });
    const token = await linkTokenFor("nieuw@example.org");
    const stored = await db.accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(72 * 3600_000, -4);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.invited" } })).toBe(1);
  });

  it.each([
    ["an e-mail address in use, in other capitals", { email: "Enver@ENVER.example" }, "email", "Er is al een account met dit e-mailadres."],
    ["an organisation user without an organisation", { role: "ORGANISATION" }, "organisationKvk", "Een organisatiegebruiker hoort bij precies één organisatie: vul het KvK-nummer in."],
    ["an inspector with an organisation", { role: "INSPECTOR", organisationKvk: "24301175" }, "organisationKvk", "Inspecteurs, teamleiders en beheerders horen niet bij een organisatie: laat dit veld leeg."],
    ["an organisation that does not exist", { role: "ORGANISATION", organisationKvk: "99999999" }, "organisationKvk", "Er is geen organisatie met dit KvK-nummer."],
    ["an invalid e-mail address", { email: "nieuw-at-example.org" }, "email", "Vul een geldig e-mailadres in."],
    ["an unknown role", { role: "SUPERUSER" }, "role", "Maak een keuze."],
  ])("refuses %s with a field error and writes nothing", async (_, fields, field, message) => {
    const before = await counts();
    const response = await invite(fields);
    expect(response.status).toBe(400);
    expect((await errorsOf(response))[field]).toEqual([message]);
    expect(await counts()).toEqual(before);
  });

  it("refuses an organisation user for a deactivated organisation", async () => {
    await db.organisation.update({ where: { id: "org-horizon" }, data: { active: false } });
    const response = await invite({ role: "ORGANISATION", organisationKvk: "30291846" });
    expect((await errorsOf(response)).organisationKvk).toEqual(["Deze organisatie is gedeactiveerd."]);
  });
});

describe("invitation and reset links", () => {
  beforeEach(seedDemoData);

  async function invited(): Promise<string> {
    expect((await invite({})).status).toBe(302);
    return linkTokenFor("nieuw@example.org");
  }

  it.each([
    ["shorter than 12 characters", "kort maar", "Gebruik minstens 12 tekens."],
    ["on the common-password list", "qwerty123456", "Dit wachtwoord staat in een lijst van veelgebruikte wachtwoorden. Kies een ander."],
    ["the e-mail address", "Nieuw@Example.org", "Gebruik niet uw e-mailadres als wachtwoord."],
    ["the product's name", "Toezichtspoor!2026", "Gebruik niet de naam van de toepassing als wachtwoord."],
  ])("refuses a password %s and leaves the link usable", async (_, password, message) => {
    const token = await invited();
    const response = await choosePassword(token, password);
    expect(response.status).toBe(400);
    expect((await errorsOf(response)).password).toEqual([message]);
    expect(await db.user.findUniqueOrThrow({ where: { email: "nieuw@example.org" }, select: { passwordHash: true } })).toEqual({ passwordHash: "" });
    expect((await setPasswordLoader(routeArgs(get(`/wachtwoord/instellen/${token}`), { token }))).state).toBe("valid");
  });

  it("refuses two different passwords", async () => {
    const token = await invited();
    const response = await choosePassword(token, "een heel lange zin", "een andere lange zin");
    expect((await errorsOf(response)).confirmation).toEqual(["De twee wachtwoorden zijn niet gelijk."]);
  });

  it("works once: the password is set, the person can sign in, and the link then says it was used", async () => {
    const token = await invited();
    expect((await choosePassword(token, "een heel lange zin over toezicht")).status).toBe(302);
    expect(await verifyLogin("nieuw@example.org", "een heel lange zin over toezicht")).not.toBeNull();
    const again = await choosePassword(token, "nog een heel lange zin hierna");
    expect(again.status).toBe(410);
    expect(((await again.json()) as { formError: string }).formError).toBe("Deze link is al gebruikt of vervangen door een nieuwere.");
    expect((await setPasswordLoader(routeArgs(get(`/wachtwoord/instellen/${token}`), { token }))).state).toBe("used");
    expect(await verifyLogin("nieuw@example.org", "nog een heel lange zin hierna")).toBeNull();
    // The message with the link is withdrawn and its link erased.
    expect(await db.outboxMessage.findFirst({ where: { recipient: "nieuw@example.org" }, select: { status: true, body: true } })).toEqual({ status: "WITHDRAWN", body: "{}" });
  });

  it("of two simultaneous uses of one link, exactly one succeeds", async () => {
    const token = await invited();
    const results = await Promise.all([setPasswordWithLink(token, "eerste lange wachtzin hier"), setPasswordWithLink(token, "tweede lange wachtzin daar")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("says an expired link has expired and offers nothing else", async () => {
    const token = await invited();
    await db.accountToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await setPasswordLoader(routeArgs(get(`/wachtwoord/instellen/${token}`), { token }))).state).toBe("expired");
    const response = await choosePassword(token, "een heel lange zin over toezicht");
    expect(response.status).toBe(410);
    expect(((await response.json()) as { formError: string }).formError).toBe("Deze link is verlopen. Vraag uw beheerder om een nieuwe.");
    expect(await db.user.findUniqueOrThrow({ where: { email: "nieuw@example.org" }, select: { passwordHash: true } })).toEqual({ passwordHash: "" });
  });

  it("a new link replaces the earlier one", async () => {
    const first = await invited();
    const user = await db.user.findUniqueOrThrow({ where: { email: "nieuw@example.org" } });
    expect((await asAdmin(userAction, `/beheer/gebruikers/${user.id}`, { intent: "link" }, { id: user.id })).status).toBe(302);
    const second = await linkTokenFor("nieuw@example.org");
    expect(second).not.toBe(first);
    expect((await setPasswordLoader(routeArgs(get(`/wachtwoord/instellen/${first}`), { token: first }))).state).toBe("used");
    expect((await setPasswordLoader(routeArgs(get(`/wachtwoord/instellen/${second}`), { token: second }))).state).toBe("valid");
  });

  it("'forgot password' answers the same whether or not the address exists, and makes a link only for an account", async () => {
    const known = await responseOf(() => forgotAction(routeArgs(post("/wachtwoord/vergeten", { email: "Enver@enver.example" }))));
    const unknown = await responseOf(() => forgotAction(routeArgs(post("/wachtwoord/vergeten", { email: "niemand@example.org" }))));
    expect([known.status, known.headers.get("Location")]).toEqual([unknown.status, unknown.headers.get("Location")]);
    expect(await db.outboxMessage.count({ where: { recipient: "enver@enver.example", kind: "account.reset" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { recipient: "niemand@example.org" } })).toBe(0);
    const token = await linkTokenFor("enver@enver.example");
    const enverSession = await sessionCookieFor("enver@enver.example");
    expect((await choosePassword(token, "een nieuw en lang wachtwoord")).status).toBe(302);
    // Resetting signs out every session of the account.
    expect(await getUser(get("/", enverSession))).toBeNull();
  });
});

describe("changing and deactivating users", () => {
  beforeEach(seedDemoData);

  it("changes a role and an organisation, audited before → after, and signs the person out everywhere", async () => {
    const cookie = await sessionCookieFor("inspecteur2@igj.example");
    const joris = await db.user.findUniqueOrThrow({ where: { email: "inspecteur2@igj.example" } });
    const response = await asAdmin(userAction, `/beheer/gebruikers/${joris.id}`, { role: "MANAGER", organisationKvk: "", version: "1" }, { id: joris.id });
    expect(response.status).toBe(302);
    expect(await db.user.findUniqueOrThrow({ where: { id: joris.id }, select: { role: true } })).toEqual({ role: "MANAGER" });
    expect(await getUser(get("/", cookie))).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: joris.id, action: "user.role-changed" } });
    expect(JSON.parse(event.before ?? "{}")).toEqual({ role: "INSPECTOR", organisationId: null });
    expect(JSON.parse(event.after ?? "{}")).toEqual({ role: "MANAGER", organisationId: null });
  });

  it("answers 409 to a change begun before another administrator's, and keeps the user's choice", async () => {
    const joris = await db.user.findUniqueOrThrow({ where: { email: "inspecteur2@igj.example" } });
    expect((await asAdmin(userAction, `/beheer/gebruikers/${joris.id}`, { role: "MANAGER", organisationKvk: "", version: "1" }, { id: joris.id })).status).toBe(302);
    const before = await counts();
    const stale = await asAdmin(userAction, `/beheer/gebruikers/${joris.id}`, { role: "ADMIN", organisationKvk: "", version: "1" }, { id: joris.id });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { formError: string; values: Record<string, string> };
    expect(body.formError).toContain("Een andere beheerder heeft de rol of organisatie van deze gebruiker gewijzigd");
    expect(body.values.role).toBe("ADMIN");
    expect(await counts()).toEqual(before);
    expect(await db.user.findUniqueOrThrow({ where: { id: joris.id }, select: { role: true, version: true } })).toEqual({ role: "MANAGER", version: 2 });
    // The page shows the current role and version again (it reloads after a 409).
    const cookie = await sessionCookieFor(ADMIN);
    const page = (await (await responseOf(() => userLoader(routeArgs(get(`/beheer/gebruikers/${joris.id}`, cookie), { id: joris.id })))).json()) as { user: { role: string; version: number } };
    expect(page.user).toMatchObject({ role: "MANAGER", version: 2 });
  });

  it("never loses the last administrator to two role changes at the same moment", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN } });
    expect((await createAdministrator({ email: "tweede@igj.example", name: "Tweede Beheerder", force: true, origin: "http://localhost" })).ok).toBe(true);
    const other = await db.user.findUniqueOrThrow({ where: { email: "tweede@igj.example" } });
    const results = await Promise.all([
      changeUser(admin.id, other.id, { role: "INSPECTOR", organisationKvk: "", version: 1 }),
      changeUser(other.id, admin.id, { role: "INSPECTOR", organisationKvk: "", version: 1 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, field: "role", message: "admin.field.lastAdmin" });
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("lists users with search, role, organisation and status filters, and their last sign-in", async () => {
    const cookie = await sessionCookieFor(ADMIN);
    const list = async (query: string) =>
      (await (await responseOf(() => usersLoader(routeArgs(get(`/beheer/gebruikers?${query}`, cookie))))).json()) as {
        users: { email: string; lastSignInAt: string | null }[];
        total: number;
      };
    const emails = async (query: string) => (await list(query)).users.map((u) => u.email);
    expect(await emails("q=ENVER")).toEqual(["enver@enver.example"]);
    expect(await emails("q=Joris")).toEqual(["inspecteur2@igj.example"]);
    expect((await emails("rol=INSPECTOR")).sort()).toEqual(["inspecteur2@igj.example", "inspecteur@igj.example"]);
    expect(await emails("organisatie=org-horizon")).toEqual(["gebruiker@horizon.example"]);
    const enver = await db.user.findUniqueOrThrow({ where: { email: "enver@enver.example" } });
    await setUserActive(null, enver.id, false);
    expect(await emails("status=inactief")).toEqual(["enver@enver.example"]);
    expect((await list("status=actief")).total).toBe((await db.user.count()) - 1);
    expect((await list("q=Enver")).users[0]?.lastSignInAt).toBeNull();
    expect(await verifyLogin("inspecteur@igj.example", "toezicht-demo")).not.toBeNull();
    expect((await list("q=inspecteur@")).users[0]?.lastSignInAt).not.toBeNull();
  });

  it("moves an organisation user to another organisation", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "enver@enver.example" } });
    await asAdmin(userAction, `/beheer/gebruikers/${user.id}`, { role: "ORGANISATION", organisationKvk: "30291846", version: "1" }, { id: user.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { organisationId: true } })).toEqual({ organisationId: "org-horizon" });
  });

  it("refuses an inspector with an organisation, and an organisation user without one", async () => {
    const joris = await db.user.findUniqueOrThrow({ where: { email: "inspecteur2@igj.example" } });
    const before = await counts();
    const inspector = await asAdmin(userAction, `/beheer/gebruikers/${joris.id}`, { role: "INSPECTOR", organisationKvk: "24301175", version: "1" }, { id: joris.id });
    expect(Object.keys(await errorsOf(inspector))).toEqual(["organisationKvk"]);
    const orgUser = await asAdmin(userAction, `/beheer/gebruikers/${joris.id}`, { role: "ORGANISATION", organisationKvk: "", version: "1" }, { id: joris.id });
    expect(Object.keys(await errorsOf(orgUser))).toEqual(["organisationKvk"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses changing one's own role and deactivating oneself", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN } });
    const role = await asAdmin(userAction, `/beheer/gebruikers/${admin.id}`, { role: "INSPECTOR", organisationKvk: "", version: "1" }, { id: admin.id });
    expect((await errorsOf(role)).role).toEqual(["U kunt uw eigen rol niet wijzigen en uzelf niet deactiveren."]);
    const deactivate = await asAdmin(userAction, `/beheer/gebruikers/${admin.id}`, { intent: "deactivate" }, { id: admin.id });
    expect(deactivate.status).toBe(400);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true, active: true } })).toEqual({ role: "ADMIN", active: true });
  });

  it("deactivation signs the person out at once and keeps them out; reactivation lets them sign in again", async () => {
    const cookie = await sessionCookieFor("enver@enver.example");
    const user = await db.user.findUniqueOrThrow({ where: { email: "enver@enver.example" } });
    expect((await asAdmin(userAction, `/beheer/gebruikers/${user.id}`, { intent: "deactivate" }, { id: user.id })).status).toBe(302);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await getUser(get("/", cookie))).toBeNull();
    expect(await verifyLogin("enver@enver.example", "toezicht-demo")).toBeNull();
    await asAdmin(userAction, `/beheer/gebruikers/${user.id}`, { intent: "reactivate" }, { id: user.id });
    expect(await verifyLogin("enver@enver.example", "toezicht-demo")).toBe(user.id);
  });

  it("never removes the last active administrator", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN } });
    // Reached through the model: the pages already refuse one's own account, and only administrators act.
    expect(await setUserActive(null, admin.id, false)).toEqual({ ok: false, reason: "lastAdmin" });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { active: true } })).toEqual({ active: true });
    // Two administrators deactivating each other at the same moment: one of them stays.
    const second = await createAdministrator({ email: "tweede@igj.example", name: "Tweede Beheerder", force: true, origin: "http://localhost" });
    expect(second.ok).toBe(true);
    const other = await db.user.findUniqueOrThrow({ where: { email: "tweede@igj.example" } });
    const results = await Promise.all([setUserActive(admin.id, other.id, false), setUserActive(other.id, admin.id, false)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("admin:create refuses while an active administrator exists, unless forced", async () => {
    expect(await createAdministrator({ email: "derde@igj.example", name: "Derde", force: false, origin: "http://localhost" })).toEqual({ ok: false, reason: "adminExists" });
    expect(await createAdministrator({ email: "BEHEER@igj.example", name: "Dubbel", force: true, origin: "http://localhost" })).toEqual({ ok: false, reason: "emailTaken" });
  });
});

describe("one's own password", () => {
  beforeEach(seedDemoData);

  it("needs the current password, applies the policy, and signs out every other session", async () => {
    const other = await sessionCookieFor("inspecteur@igj.example");
    const mine = await sessionCookieFor("inspecteur@igj.example");
    const change = (fields: Record<string, string>) => responseOf(() => changePasswordAction(routeArgs(post("/account/wachtwoord", fields, mine))));
    const wrong = await change({ current: "niet-het-wachtwoord", password: "een lange nieuwe zin", confirmation: "een lange nieuwe zin" });
    expect((await errorsOf(wrong)).current).toEqual(["Dit is niet uw huidige wachtwoord."]);
    const weak = await change({ current: "toezicht-demo", password: "1q2w3e4r5t6y", confirmation: "1q2w3e4r5t6y" });
    expect(Object.keys(await errorsOf(weak))).toEqual(["password"]);
    const done = await change({ current: "toezicht-demo", password: "een lange nieuwe zin", confirmation: "een lange nieuwe zin" });
    expect(done.status).toBe(302);
    const rotated = (done.headers.get("Set-Cookie") ?? "").split(";")[0] ?? "";
    expect(await getUser(get("/", other))).toBeNull();
    expect(await getUser(get("/", mine))).toBeNull();
    expect(await getUser(get("/", rotated))).not.toBeNull();
    expect(await verifyLogin("inspecteur@igj.example", "een lange nieuwe zin")).not.toBeNull();
  });
});

describe("activity and the sign-in page", () => {
  it("shows administrators every administrative change, filtered and paged; nobody else", async () => {
    await seedDemoData();
    await invite({});
    await asAdmin(newOrganisationAction, "/beheer/organisaties/nieuw", ORGANISATION);
    const cookie = await sessionCookieFor(ADMIN);
    const all = (await (await responseOf(() => activityLoader(routeArgs(get("/beheer/activiteit", cookie))))).json()) as {
      events: { action: string; actor: { name: string } }[];
    };
    expect(all.events.map((e) => e.action)).toEqual(expect.arrayContaining(["user.invited", "account.invitation-issued", "organisation.created"]));
    const organisations = (await (await responseOf(() => activityLoader(routeArgs(get("/beheer/activiteit?onderwerp=Organisation", cookie))))).json()) as {
      events: { action: string }[];
    };
    expect(organisations.events.map((e) => e.action)).toEqual(["organisation.created"]);
    const inspector = await sessionCookieFor("inspecteur@igj.example");
    expect((await responseOf(() => activityLoader(routeArgs(get("/beheer/activiteit", inspector))))).status).toBe(403);
  });

  it("pages the activity 50 at a time, newest first", async () => {
    await seedDemoData();
    const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN } });
    for (let i = 0; i < 55; i += 1) await addSector(admin.id, `Sector ${String(i).padStart(2, "0")}`);
    const cookie = await sessionCookieFor(ADMIN);
    const page = async (query: string) =>
      (await (await responseOf(() => activityLoader(routeArgs(get(`/beheer/activiteit?onderwerp=Sector${query}`, cookie))))).json()) as {
        events: { after: string | null }[];
        total: number;
        paging: { page: number; pages: number };
      };
    const first = await page("");
    expect([first.total, first.paging, first.events.length]).toEqual([55, { page: 1, pages: 2 }, 50]);
    expect(JSON.parse(first.events[0]?.after ?? "{}")).toEqual({ name: "Sector 54" });
    const second = await page("&pagina=2");
    expect(second.events.map((e) => JSON.parse(e.after ?? "{}").name)).toEqual(["Sector 04", "Sector 03", "Sector 02", "Sector 01", "Sector 00"]);
  });

  it("lists the demo accounts only when the demo data is loaded", async () => {
    expect((await loginLoader(routeArgs(get("/inloggen")))).demoIntro).toBeNull();
    await seedDemoData();
    expect((await loginLoader(routeArgs(get("/inloggen")))).demoIntro).toContain("toezicht-demo");
  });
});
