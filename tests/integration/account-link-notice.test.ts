import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliveryNotice, type PendingLink } from "~/components/admin-parts";
import { linkDelivery } from "~/domain/notifications";
import { translator } from "~/i18n";
import { loader as userLoader } from "~/routes/beheer.gebruikers.$id";
import { action as inviteAction } from "~/routes/beheer.gebruikers.nieuw";
import { loader as forgotLoader } from "~/routes/wachtwoord.vergeten";
import { env } from "~/utils/env.server";
import { configuredTransport } from "~/utils/mail-transport.server";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

// The notice beside a new invitation or password link says what really happens to it, per the
// mail transport the settings configure: handed over (no mail server), on its way by e-mail
// (SMTP, Notify API), or not delivered (then handed over after all).

const ADMIN = "beheer@igj.example";
const MAIL_SETTINGS = ["SMTP_URL", "NOTIFY_API_KEY", "NOTIFY_BASE_URL", "NOTIFY_TEMPLATE_ID"] as const;
const saved = Object.fromEntries(MAIL_SETTINGS.map((key) => [key, env[key]]));

function configure(settings: Partial<Record<(typeof MAIL_SETTINGS)[number], string>>) {
  for (const key of MAIL_SETTINGS) env[key] = settings[key];
}

afterEach(() => {
  for (const key of MAIL_SETTINGS) env[key] = saved[key];
});

beforeEach(seedDemoData);

/** Invites a new inspector as the administrator; returns the pending links the user page shows. */
async function invitedAndShown(): Promise<PendingLink[]> {
  const cookie = await sessionCookieFor(ADMIN);
  const invited = await responseOf(() =>
    inviteAction(routeArgs(post("/beheer/gebruikers/nieuw", { name: "Nieuwe Gebruiker", email: "nieuw@example.org", role: "INSPECTOR", organisationKvk: "" }, cookie), {})),
  );
  expect(invited.status).toBe(302);
  return shown();
}

async function shown(): Promise<PendingLink[]> {
  const cookie = await sessionCookieFor(ADMIN);
  const { id } = await db.user.findUniqueOrThrow({ where: { email: "nieuw@example.org" }, select: { id: true } });
  const page = await responseOf(() => userLoader(routeArgs(get(`/beheer/gebruikers/${id}`, cookie), { id })));
  expect(page.status).toBe(200);
  return ((await page.json()) as { pending: PendingLink[] }).pending;
}

const notice = (link: PendingLink, locale: "nl" | "en") => deliveryNotice(translator(locale), link);

describe("the account-link notice", () => {
  it("says no e-mail is sent when no mail server is configured", async () => {
    configure({});
    const [link] = await invitedAndShown();
    expect(link).toMatchObject({ transport: "embedded", delivery: "handOver" });
    expect(notice(link!, "nl")).toContain("verstuurt geen e-mail");
    expect(notice(link!, "en")).toContain("sends no e-mail");
  });

  it("says the link goes out by e-mail through SMTP, and to hand it over only if it does not arrive", async () => {
    configure({ SMTP_URL: "smtp://127.0.0.1:2525" });
    const [link] = await invitedAndShown();
    expect(link).toMatchObject({ transport: "smtp", delivery: "sending" });
    expect(notice(link!, "nl")).toBe(
      "Toezichtspoor stuurt deze link per e-mail naar nieuw@example.org (via de SMTP-mailserver). Komt de e-mail niet aan, geef de link dan zelf, via een veilig kanaal. Wie de link heeft, kiest het wachtwoord van dit account.",
    );
    expect(notice(link!, "en")).toContain("sends this link by e-mail to nieuw@example.org (through the SMTP mail server)");
    expect(notice(link!, "nl")).not.toContain("geen e-mail");

    // Delivery failed: hand it over after all.
    await db.outboxMessage.updateMany({ where: { recipient: "nieuw@example.org" }, data: { status: "FAILED" } });
    const [failed] = await shown();
    expect(failed).toMatchObject({ transport: "smtp", delivery: "failed" });
    expect(notice(failed!, "en")).toContain("could not be delivered to nieuw@example.org");
  });

  it("says the link goes out through the Notify API when that is configured (and SMTP is not)", async () => {
    configure({ NOTIFY_API_KEY: "key-0123456789", NOTIFY_BASE_URL: "https://notify.example", NOTIFY_TEMPLATE_ID: "t1" });
    const [link] = await invitedAndShown();
    expect(link).toMatchObject({ transport: "notify-api", delivery: "sending" });
    expect(notice(link!, "nl")).toContain("per e-mail naar nieuw@example.org (via de Notify-API)");
    // A Notify API without its template is not configured: the embedded outbox it is.
    expect(configuredTransport({ NOTIFY_API_KEY: "key-0123456789", NOTIFY_BASE_URL: "https://notify.example", NOTIFY_TEMPLATE_ID: undefined, SMTP_URL: undefined })).toBe("embedded");
    expect(configuredTransport({ SMTP_URL: "smtps://mail.example", NOTIFY_API_KEY: "key-0123456789", NOTIFY_BASE_URL: "https://notify.example", NOTIFY_TEMPLATE_ID: "t1" })).toBe("smtp");
  });

  it("tells whoever forgot a password what happens, per transport, without saying whether the account exists", async () => {
    configure({});
    expect(await (await responseOf(() => forgotLoader(routeArgs(get("/wachtwoord/vergeten"), {})))).json()).toEqual({ mails: false });
    configure({ SMTP_URL: "smtp://127.0.0.1:2525" });
    expect(await (await responseOf(() => forgotLoader(routeArgs(get("/wachtwoord/vergeten"), {})))).json()).toEqual({ mails: true });
    expect(translator("en")("account.forgot.mailed")).toContain("by e-mail");
  });

  it("hands over a link whatever the transport once only the embedded outbox kept it", () => {
    expect(linkDelivery("embedded", "PENDING")).toBe("handOver");
    expect(linkDelivery("smtp", "SENT")).toBe("handOver");
    expect(linkDelivery("notify-api", "PENDING")).toBe("sending");
    expect(linkDelivery("notify-api", "FAILED")).toBe("failed");
  });
});
