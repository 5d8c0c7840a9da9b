import { createHmac } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type { TransportName } from "~/domain/notifications";
import type { Locale } from "~/i18n";
import { databaseEngine, databaseFile } from "../../prisma/database-file";
import { env } from "./env.server";

// Where e-mail goes, chosen by settings (docs/decisions/012-notifications.md): SMTP when
// SMTP_URL is set, a GOV.UK Notify-compatible API (NotifyNL) when its key and base URL are set,
// and otherwise the embedded outbox: the message stays in the database for the administrator's
// "sent messages" page and is written as an .eml file, exactly as SMTP would have sent it.

export interface OutgoingMail {
  /** Stable per outbox message: the same message delivered again carries the same key. */
  idempotencyKey: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  date: Date;
  locale: Locale;
  /** The page where the recipient changes what they receive (List-Unsubscribe), where it applies. */
  unsubscribeUrl?: string;
}

/** A failed delivery; permanent ones (refused address, bad request) are not retried. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface Transport {
  name: TransportName;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** The Message-ID of a delivery: derived from the idempotency key, so a repeat is recognisable. */
export function messageIdFor(key: string, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? "toezichtspoor.invalid";
  return `<${key}@${domain}>`;
}

function mailOptions(mail: OutgoingMail, from: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    date: mail.date,
    messageId: messageIdFor(mail.idempotencyKey, from),
    headers: { "Auto-Submitted": "auto-generated", "Content-Language": mail.locale },
    ...(mail.unsubscribeUrl ? { list: { unsubscribe: { url: mail.unsubscribeUrl, comment: "Meldingen / Notifications" } } } : {}),
  };
}

/** Builds the raw message (RFC 5322, multipart text + HTML) without sending it. */
export async function composeMessage(mail: OutgoingMail, from: string): Promise<Buffer> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await composer.sendMail(mailOptions(mail, from));
  return info.message as Buffer;
}

export function embeddedTransport(dir: string, from: string): Transport {
  return {
    name: "embedded",
    async send(mail) {
      const raw = await composeMessage(mail, from);
      mkdirSync(dir, { recursive: true });
      // Named by the idempotency key and moved into place whole: a repeat replaces, never adds.
      const file = path.join(dir, `${mail.idempotencyKey}.eml`);
      writeFileSync(`${file}.tmp`, raw, { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    },
    close() {},
  };
}

export function smtpTransport(url: string, from: string, timeoutMs = 30_000): Transport {
  const transporter = nodemailer.createTransport({ url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs } as SMTPTransport.Options);
  return {
    name: "smtp",
    async send(mail) {
      try {
        await transporter.sendMail(mailOptions(mail, from));
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx is the server's final no (e.g. unknown mailbox); 4xx and lost connections pass.
        throw new TransportError(error instanceof Error ? error.message : String(error), typeof code === "number" && code >= 500);
      }
    },
    close() {
      transporter.close();
    },
  };
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString("base64url");
}

/** GOV.UK Notify's API key is "<name>-<service id>-<secret>"; requests carry an HS256 JWT. */
export function notifyJwt(apiKey: string, now: Date): string {
  const serviceId = apiKey.slice(-73, -37);
  const secret = apiKey.slice(-36);
  const header = base64url(JSON.stringify({ typ: "JWT", alg: "HS256" }));
  const payload = base64url(JSON.stringify({ iss: serviceId, iat: Math.floor(now.getTime() / 1000) }));
  const signature = createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}

/**
 * The GOV.UK Notify e-mail API (NotifyNL offers the same): one generic template whose
 * `subject` and `body` placeholders carry the rendered message; `reference` is the idempotency key.
 */
export function notifyApiTransport(options: { baseUrl: string; apiKey: string; templateId: string; timeoutMs?: number }): Transport {
  const url = new URL("/v2/notifications/email", options.baseUrl).href;
  return {
    name: "notify-api",
    async send(mail) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${notifyJwt(options.apiKey, new Date())}` },
          body: JSON.stringify({ email_address: mail.to, template_id: options.templateId, personalisation: { subject: mail.subject, body: mail.text }, reference: mail.idempotencyKey }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        throw new TransportError(`Notify API unreachable: ${error instanceof Error ? error.message : String(error)}`, false);
      }
      if (response.ok) return;
      const detail = (await response.text().catch(() => "")).slice(0, 300);
      // 4xx: this request will never succeed as it is (except rate limiting); 5xx: try later.
      throw new TransportError(`Notify API ${response.status}: ${detail}`, response.status >= 400 && response.status < 500 && response.status !== 429);
    },
    close() {},
  };
}

/** Which transport the settings choose: SMTP first, then the Notify API, else the embedded outbox. */
export function configuredTransport(settings: Pick<typeof env, "SMTP_URL" | "NOTIFY_API_KEY" | "NOTIFY_BASE_URL" | "NOTIFY_TEMPLATE_ID"> = env): TransportName {
  if (settings.SMTP_URL) return "smtp";
  if (settings.NOTIFY_API_KEY && settings.NOTIFY_BASE_URL && settings.NOTIFY_TEMPLATE_ID) return "notify-api";
  return "embedded";
}

/** The transport the settings choose. */
export function transportFromEnv(): Transport {
  switch (configuredTransport()) {
    case "smtp":
      return smtpTransport(env.SMTP_URL!, env.MAIL_FROM);
    case "notify-api":
      return notifyApiTransport({ baseUrl: env.NOTIFY_BASE_URL!, apiKey: env.NOTIFY_API_KEY!, templateId: env.NOTIFY_TEMPLATE_ID! });
    case "embedded":
      return embeddedTransport(outboxDir(), env.MAIL_FROM);
  }
}

/** Where the embedded transport writes its .eml files: beside the SQLite file, or ./data/outbox on PostgreSQL. */
export function outboxDir(): string {
  if (env.OUTBOX_DIR) return path.resolve(env.OUTBOX_DIR);
  return databaseEngine(env.DATABASE_URL) === "postgresql" ? path.resolve("data", "outbox") : path.join(path.dirname(databaseFile(env.DATABASE_URL)), "outbox");
}

/** The address the app's links start with. */
export function appUrl(): string {
  return (env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}
