import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // SQLite (a file: URL, the default) or PostgreSQL (decision 018).
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must be a file: URL (SQLite) or a postgresql:// URL")
    .default("file:./data/toezichtspoor.db"),
  // PostgreSQL only: where the portfolio's heavy aggregates read (a replica); DATABASE_URL when unset.
  DATABASE_READ_URL: z.string().startsWith("postgres").optional(),
  // Comma-separated; the first signs new cookies, all are accepted (rotation without logging everyone out).
  SESSION_SECRET: z.string().min(16).optional(),
  ATTACHMENTS_DIR: z.string().default("./data/attachments"),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(200).default(20),
  // Notifications (docs/decisions/012-notifications.md). The address links in messages point to.
  APP_URL: z.url().optional(),
  // smtp://user:pass@host:587 or smtps://…: e-mail leaves by SMTP. Otherwise a GOV.UK
  // Notify-compatible API when its key and base URL are set; otherwise the embedded outbox.
  SMTP_URL: z.string().regex(/^smtps?:\/\//).optional(),
  MAIL_FROM: z.string().min(3).default("Toezichtspoor <noreply@toezichtspoor.invalid>"),
  NOTIFY_API_KEY: z.string().min(10).optional(),
  NOTIFY_BASE_URL: z.url().optional(),
  NOTIFY_TEMPLATE_ID: z.string().min(1).optional(),
  // Default: "outbox" beside the database file (data/outbox), so a test's server writes to its own.
  OUTBOX_DIR: z.string().optional(),
  // How long a worker holds a claimed message before another may take it over (after a crash).
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  // "off": the server process runs neither the delivery worker nor the hourly reminders.
  NOTIFICATIONS: z.enum(["on", "off"]).default("on"),
});

export type Env = z.infer<typeof EnvSchema>;

function parseEnv(): Env {
  const result = EnvSchema.safeParse(process.env);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const env = parseEnv();

/**
 * Secrets from SESSION_SECRET, or — so a fresh machine runs with no set-up — a random one
 * kept in data/session-secret (outside the web root, not in git) and reused on restart.
 */
function sessionSecrets(): string[] {
  if (env.SESSION_SECRET) return env.SESSION_SECRET.split(",").map((s) => s.trim()).filter(Boolean);
  const file = path.resolve("data", "session-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return [readFileSync(file, "utf8").trim()];
}

export const SESSION_SECRETS = sessionSecrets();
export const isProduction = env.NODE_ENV === "production";
