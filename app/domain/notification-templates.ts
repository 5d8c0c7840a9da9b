import { formatDate, formatDateTime, translator, type Locale, type MessageKey, type Translate } from "~/i18n";
import type { NotificationKind, NotificationParams, ReminderItem } from "./notifications";

// E-mail templates: accessible HTML (language, title, one heading, text links, no images) with a
// plain-text twin carrying the same words. Rendered at delivery in the recipient's language from
// the codes and parameters the outbox keeps.

export const OUTBOX_MESSAGE_KINDS = ["account.invitation", "account.reset", "notification", "digest"] as const;
export type OutboxMessageKind = (typeof OUTBOX_MESSAGE_KINDS)[number];

export interface AccountMessageBody {
  name: string;
  link: string;
  expiresAt: string;
}

export interface NotificationItem {
  kind: NotificationKind;
  params: NotificationParams;
}

/** One notification (kind "notification") or a day's digest of several (kind "digest"). */
export interface NotificationMessageBody {
  name: string;
  day?: string;
  items: NotificationItem[];
}

export interface RenderedMessage {
  subject: string;
  html: string;
  text: string;
  /** Every address the message links to (for tests and the administrator's view). */
  links: string[];
}

/** The path where users choose their notifications (linked from every notification's footer). */
export const PREFERENCES_PATH = "/meldingen/instellingen";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

interface Block {
  paragraphs: string[];
  list?: string[];
  link?: { href: string; label: string };
}

function dueKindLabel(t: Translate, kind: ReminderItem["kind"]): string {
  return t(`due.kind.${kind}` as MessageKey);
}

/** The sentence(s) and link of one notification, in the reader's language. */
function notificationBlock(item: NotificationItem, locale: Locale, appUrl: string): Block {
  const t = translator(locale);
  const p = item.params;
  const values = {
    reference: p.reference,
    title: p.title ?? "",
    dueDate: p.dueDate ? formatDate(p.dueDate, locale) : "",
    planNumber: p.planNumber ?? "",
    outcome: p.outcome ? t(`management.outcome.${p.outcome}` as MessageKey) : "",
    decision: p.decision ? t(`notify.decision.${p.decision}` as MessageKey) : "",
    count: p.items?.length ?? 0,
  };
  const block: Block = {
    paragraphs: [t(`notify.${item.kind}.body` as MessageKey, values)],
    link: { href: `${appUrl}${p.path}`, label: t(`notify.${item.kind}.link` as MessageKey) },
  };
  if (item.kind === "deadline.reminder") {
    block.list = (p.items ?? []).map((reminder) =>
      t(`notify.reminder.${reminder.window}` as MessageKey, {
        dueDate: formatDate(reminder.dueDate, locale),
        what: dueKindLabel(t, reminder.kind),
        title: reminder.title,
        reference: reminder.reference,
      }),
    );
  }
  return block;
}

export function notificationSubject(item: NotificationItem, locale: Locale): string {
  const t = translator(locale);
  return t(`notify.${item.kind}.subject` as MessageKey, { reference: item.params.reference, count: item.params.items?.length ?? 0 });
}

function html(locale: Locale, subject: string, heading: string, greeting: string, blocks: Block[], footer: string): string {
  const parts = blocks.map((block) => {
    const list = block.list?.length ? `<ul>${block.list.map((li) => `<li>${escapeHtml(li)}</li>`).join("")}</ul>` : "";
    const link = block.link ? `<p><a href="${escapeHtml(block.link.href)}">${escapeHtml(block.link.label)}</a></p>` : "";
    return `${block.paragraphs.map((para) => `<p>${escapeHtml(para)}</p>`).join("")}${list}${link}`;
  });
  const separator = blocks.length > 1 ? '<hr aria-hidden="true">' : "";
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; background: #ffffff; max-width: 40em;">',
    `<h1 style="font-size: 1.4em;">${escapeHtml(heading)}</h1>`,
    `<p>${escapeHtml(greeting)}</p>`,
    parts.join(separator),
    `<p style="color: #4a4a4a; font-size: 0.9em;">${escapeHtml(footer)}</p>`,
    "</body>",
    "</html>",
  ].join("\n");
}

function text(heading: string, greeting: string, blocks: Block[], footer: string): string {
  const parts = blocks.map((block) =>
    [...block.paragraphs, ...(block.list ?? []).map((li) => `- ${li}`), ...(block.link ? [`${block.link.label}: ${block.link.href}`] : [])].join("\n"),
  );
  return [heading, "=".repeat(Math.min(heading.length, 72)), "", greeting, "", parts.join("\n\n"), "", "--", footer, ""].join("\n");
}

/** Renders an outbox message for its recipient. */
export function renderMessage(
  message: { kind: OutboxMessageKind; body: AccountMessageBody | NotificationMessageBody },
  locale: Locale,
  appUrl: string,
): RenderedMessage {
  const t = translator(locale);
  if (message.kind === "account.invitation" || message.kind === "account.reset") {
    const body = message.body as AccountMessageBody;
    const subject = t(`notify.${message.kind}.subject`);
    const block: Block = {
      paragraphs: [t(`notify.${message.kind}.body`, { expiresAt: formatDateTime(body.expiresAt, locale) })],
      link: { href: body.link, label: t(`notify.${message.kind}.link`) },
    };
    const greeting = t("notify.greeting", { name: body.name });
    const footer = t("notify.footerAccount");
    return { subject, html: html(locale, subject, subject, greeting, [block], footer), text: text(subject, greeting, [block], footer), links: [body.link] };
  }
  const body = message.body as NotificationMessageBody;
  const blocks = body.items.map((item) => notificationBlock(item, locale, appUrl));
  const greeting = t("notify.greeting", { name: body.name });
  const footer = t("notify.footer", { url: `${appUrl}${PREFERENCES_PATH}` });
  let subject: string;
  let heading: string;
  if (message.kind === "digest" && (body.items.length !== 1 || body.items[0]?.kind !== "deadline.reminder")) {
    const date = formatDate(body.day ?? "", locale);
    subject = t("notify.digest.subject", { date, count: body.items.length });
    heading = t("notify.digest.heading", { date });
    blocks.unshift({ paragraphs: [t("notify.digest.intro")] });
  } else {
    subject = notificationSubject(body.items[0]!, locale);
    heading = subject;
  }
  const links = blocks.flatMap((block) => (block.link ? [block.link.href] : []));
  return { subject, html: html(locale, subject, heading, greeting, blocks, footer), text: text(heading, greeting, blocks, footer), links };
}
