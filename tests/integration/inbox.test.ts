import { beforeEach, describe, expect, it } from "vitest";
import { loader as rootLoader } from "~/root";
import { action as inboxAction, loader as inboxLoader } from "~/routes/meldingen._index";
import { action as settingsAction, loader as settingsLoader } from "~/routes/meldingen.instellingen";
import { action as outboxAction, loader as outboxLoader } from "~/routes/beheer.berichten._index";
import { loader as outboxMessageLoader } from "~/routes/beheer.berichten.$id";
import { action as languageAction } from "~/routes/taal";
import { notify } from "~/models/notification.server";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

const ENVER = "traj-enver";

async function tellEnver(title: string) {
  await db.$transaction((tx) =>
    notify(tx, { kind: "report.requested", trajectoryId: ENVER, actorId: null, params: { title, dueDate: "2026-10-01", path: `/trajecten/${ENVER}/rapportages` } }),
  );
}

beforeEach(seedDemoData);

describe("in-app inbox", () => {
  it("counts unread in the header, lists them, opens one (marking it read) and marks all read — all by plain forms", async () => {
    await tellEnver("Eerste");
    await tellEnver("Tweede");
    const enver = await sessionCookieFor("enver@enver.example");
    const root = await responseOf(() => rootLoader(routeArgs(get("/", enver))));
    expect(((await root.json()) as { unread: number }).unread).toBe(2);

    const list = (await (await responseOf(() => inboxLoader(routeArgs(get("/meldingen", enver))))).json()) as { rows: { id: string; read: boolean; params: { title: string } }[] };
    expect(list.rows.map((r) => [r.params.title, r.read])).toEqual([["Tweede", false], ["Eerste", false]]);

    const opened = await responseOf(() => inboxAction(routeArgs(post("/meldingen", { intent: "open", id: list.rows[1]!.id }, enver))));
    expect(opened.status).toBe(302);
    expect(opened.headers.get("Location")).toBe(`/trajecten/${ENVER}/rapportages`);
    const afterOpen = await responseOf(() => rootLoader(routeArgs(get("/", enver))));
    expect(((await afterOpen.json()) as { unread: number }).unread).toBe(1);

    // Someone else's notification: not found, and nothing changes.
    const horizon = await sessionCookieFor("gebruiker@horizon.example");
    const foreign = await responseOf(() => inboxAction(routeArgs(post("/meldingen", { intent: "read", id: list.rows[0]!.id }, horizon))));
    expect(foreign.status).toBe(404);
    const horizonList = (await (await responseOf(() => inboxLoader(routeArgs(get("/meldingen", horizon))))).json()) as { rows: unknown[] };
    expect(horizonList.rows).toEqual([]);

    const all = await responseOf(() => inboxAction(routeArgs(post("/meldingen", { intent: "allRead" }, enver))));
    expect(all.status).toBe(302);
    expect(await db.notification.count({ where: { readAt: null } })).toBe(0);
    // Malformed input: a 400, never a 500.
    expect((await responseOf(() => inboxAction(routeArgs(post("/meldingen", { intent: "open" }, enver))))).status).toBe(400);
  });

  it("pages the list", async () => {
    for (let i = 0; i < 27; i++) await tellEnver(`R${i}`);
    const enver = await sessionCookieFor("enver@enver.example");
    const page2 = (await (await responseOf(() => inboxLoader(routeArgs(get("/meldingen?pagina=2", enver))))).json()) as { rows: unknown[]; paging: { page: number; pages: number } };
    expect(page2.rows).toHaveLength(2);
    expect(page2.paging).toEqual({ page: 2, pages: 2 });
  });

  it("keeps the user's choices: digest, a muted non-essential kind, and the language they switch to", async () => {
    const sanne = await sessionCookieFor("inspecteur@igj.example");
    const saved = await responseOf(() => settingsAction(routeArgs(post("/meldingen/instellingen", { mode: "DIGEST", "receive.report.accepted": "on" }, sanne))));
    expect(saved.status).toBe(302);
    const pref = await db.notificationPreference.findFirstOrThrow({ where: { user: { email: "inspecteur@igj.example" } }, select: { mode: true, mutedKinds: true } });
    expect(pref.mode).toBe("DIGEST");
    expect(JSON.parse(pref.mutedKinds).sort()).toEqual(["proposal.awaitingDecision", "report.submitted"]);
    const bad = await responseOf(() => settingsAction(routeArgs(post("/meldingen/instellingen", { mode: "SOMETIMES" }, sanne))));
    expect(bad.status).toBe(400);
    const page = (await (await responseOf(() => settingsLoader(routeArgs(get("/meldingen/instellingen", sanne))))).json()) as { values: Record<string, string> };
    expect(page.values).toEqual({ mode: "DIGEST", "receive.report.accepted": "on" });

    await responseOf(() => languageAction(routeArgs(post("/taal", { locale: "en", redirectTo: "/" }, sanne))));
    expect(await db.notificationPreference.findFirstOrThrow({ where: { user: { email: "inspecteur@igj.example" } }, select: { locale: true } })).toEqual({ locale: "en" });
  });
});

describe("administrator's outbox", () => {
  it("lists sent and failed messages for administrators only, shows one as sent, and retries a failed one", async () => {
    await tellEnver("Rapportage");
    const message = await db.outboxMessage.findFirstOrThrow({ select: { id: true } });
    await db.outboxMessage.update({ where: { id: message.id }, data: { status: "FAILED", attempts: 8, lastError: "550 No such user" } });
    const admin = await sessionCookieFor("beheer@igj.example");
    const failed = (await (await responseOf(() => outboxLoader(routeArgs(get("/beheer/berichten?status=FAILED", admin))))).json()) as { rows: { id: string; lastError: string }[] };
    expect(failed.rows.map((r) => [r.id, r.lastError])).toEqual([[message.id, "550 No such user"]]);
    const view = (await (await responseOf(() => outboxMessageLoader(routeArgs(get(`/beheer/berichten/${message.id}`, admin), { id: message.id })))).json()) as { message: { rendered: { subject: string; text: string } } };
    expect(view.message.rendered.subject).toMatch(/^Voortgangsrapportage gevraagd/);

    const inspector = await sessionCookieFor("inspecteur@igj.example");
    expect((await responseOf(() => outboxLoader(routeArgs(get("/beheer/berichten", inspector))))).status).toBe(403);
    expect((await responseOf(() => outboxAction(routeArgs(post("/beheer/berichten", { intent: "retry", id: message.id }, inspector))))).status).toBe(403);

    const retried = await responseOf(() => outboxAction(routeArgs(post("/beheer/berichten", { intent: "retry", id: message.id }, admin))));
    expect(retried.status).toBe(302);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id }, select: { status: true, attempts: true } })).toEqual({ status: "PENDING", attempts: 0 });
    expect((await responseOf(() => outboxAction(routeArgs(post("/beheer/berichten", { intent: "retry", id: message.id }, admin))))).status).toBe(404);
  });
});
