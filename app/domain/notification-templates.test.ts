import { describe, expect, it } from "vitest";
import { LOCALES } from "~/i18n";
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationParams } from "./notifications";
import { renderMessage, type NotificationMessageBody } from "./notification-templates";

const APP = "https://toezicht.example.nl";

const params: Record<NotificationKind, NotificationParams> = {
  "report.requested": { reference: "VT-2025-001", title: "Rapportage <zomer> & meer", dueDate: "2026-09-30", path: "/trajecten/t1/rapportages/r1" },
  "report.submitted": { reference: "VT-2025-001", title: "Rapportage zomer", path: "/trajecten/t1/rapportages/r1" },
  "report.accepted": { reference: "VT-2025-001", title: "Rapportage zomer", path: "/trajecten/t1/rapportages/r1" },
  "report.returned": { reference: "VT-2025-001", title: "Rapportage zomer", dueDate: "2026-10-15", path: "/trajecten/t1/rapportages/r1" },
  "plan.sharpeningRequested": { reference: "VT-2025-001", planNumber: 2, path: "/trajecten/t1/verbeterplan/p2" },
  "draftReport.shared": { reference: "VT-2025-001", title: "Conceptrapport", dueDate: "2026-03-01", path: "/trajecten/t1/zienswijze" },
  "proposal.awaitingDecision": { reference: "VT-2025-001", outcome: "LIFT", path: "/trajecten/t1/afsluiting" },
  "decision.taken": { reference: "VT-2025-001", outcome: "EXTEND", decision: "APPROVED", path: "/trajecten/t1/afsluiting" },
  "deadline.reminder": {
    reference: "",
    path: "/termijnen",
    items: [
      { kind: "report", title: "Rapportage zomer", dueDate: "2026-09-30", reference: "VT-2025-001", trajectoryId: "t1", window: "14" },
      { kind: "measure", title: "Kind alleen spreken", dueDate: "2026-09-19", reference: "VT-2025-001", trajectoryId: "t1", window: "overdue" },
    ],
  },
};

/** The visible words of the HTML part, to compare with the plain-text twin. */
function words(html: string): string[] {
  const body = html.slice(html.indexOf("<body"));
  return body
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .split(/\s+/)
    .filter(Boolean);
}

function expectAccessible(html: string, locale: string, subject: string) {
  expect(html).toMatch(new RegExp(`<html lang="${locale}">`));
  expect(html).toContain(`<title>${subject.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</title>`);
  expect(html.match(/<h1[ >]/g)).toHaveLength(1);
  expect(html).not.toMatch(/<img|<script|<table/i);
  // Every link names where it leads in words, never "click here" or a bare address.
  for (const [, label] of html.matchAll(/<a [^>]*>([^<]*)<\/a>/g)) expect(label!.length).toBeGreaterThan(5);
}

describe("notification templates", () => {
  for (const locale of LOCALES) {
    for (const kind of NOTIFICATION_KINDS) {
      it(`renders ${kind} in ${locale}: accessible HTML with a plain-text twin of the same words`, () => {
        const body: NotificationMessageBody = { name: "Anna de Wit", items: [{ kind, params: params[kind] }] };
        const message = renderMessage({ kind: "notification", body }, locale, APP);
        expectAccessible(message.html, locale, message.subject);
        expect(message.subject).not.toMatch(/notify\.|\{\w+\}/);
        expect(message.text).not.toMatch(/notify\.|\{\w+\}|<\/?(p|a|h1|ul|li|html|body)\b/);
        // The same words in both parts (the text twin adds only the addresses behind the links).
        for (const word of words(message.html)) expect(message.text).toContain(word);
        expect(message.links[0]).toBe(`${APP}${params[kind].path}`);
        expect(message.text).toContain(`${APP}/meldingen/instellingen`);
      });
    }
    for (const kind of ["account.invitation", "account.reset"] as const) {
      it(`renders ${kind} in ${locale}`, () => {
        const link = `${APP}/wachtwoord/instellen/abc`;
        const message = renderMessage({ kind, body: { name: "Anna", link, expiresAt: "2026-03-04T10:00:00.000Z" } }, locale, APP);
        expectAccessible(message.html, locale, message.subject);
        for (const word of words(message.html)) expect(message.text).toContain(word);
        expect(message.text).toContain(link);
        expect(message.links).toEqual([link]);
      });
    }
    it(`renders a daily digest of several notifications in ${locale}`, () => {
      const body: NotificationMessageBody = { name: "Anna", day: "2026-09-16", items: NOTIFICATION_KINDS.map((kind) => ({ kind, params: params[kind] })) };
      const message = renderMessage({ kind: "digest", body }, locale, APP);
      expectAccessible(message.html, locale, message.subject);
      expect(message.subject).toContain(locale === "nl" ? "16 september 2026" : "16 September 2026");
      expect(message.links).toHaveLength(NOTIFICATION_KINDS.length);
    });
  }

  it("writes in the recipient's language and escapes what users typed", () => {
    const body: NotificationMessageBody = { name: "Anna", items: [{ kind: "report.requested", params: params["report.requested"] }] };
    const nl = renderMessage({ kind: "notification", body }, "nl", APP);
    const en = renderMessage({ kind: "notification", body }, "en", APP);
    expect(nl.subject).toBe("Voortgangsrapportage gevraagd (VT-2025-001)");
    expect(en.subject).toBe("Progress report requested (VT-2025-001)");
    expect(nl.text).toContain("uiterlijk 30 september 2026");
    expect(en.text).toContain("by 30 September 2026");
    expect(nl.html).toContain("Rapportage &lt;zomer&gt; &amp; meer");
    expect(nl.html).not.toContain("<zomer>");
  });
});
