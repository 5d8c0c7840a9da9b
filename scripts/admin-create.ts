// Creates an installation's first administrator and prints a one-time link to choose a password:
//   npm run admin:create -- --email beheer@inspectie.nl --name "Naam Beheerder" [--url https://toezicht.example] [--force]
// Refuses while an active administrator exists, unless --force. Applies pending migrations
// first, so it works on a fresh, empty database (DEMO_DATA=off).
import { parseArgs } from "node:util";
import { z } from "zod";
import { databaseFile, isPostgresUrl } from "../prisma/database-file.ts";
import { applyPending, withEngine } from "../prisma/schema-engine.ts";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    url: { type: "string", default: process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}` },
    force: { type: "boolean", default: false },
  },
});

const Args = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(200),
  url: z.url().transform((u) => new URL(u).origin),
  force: z.boolean(),
});
const parsed = Args.safeParse(values);
if (!parsed.success) {
  console.error(`Usage: npm run admin:create -- --email <address> --name "<full name>" [--url <address of the app>] [--force]\n${z.prettifyError(parsed.error)}`);
  process.exit(2);
}

// Either engine (decision 018): PostgreSQL's migrations on a postgresql:// DATABASE_URL.
const databaseUrl = process.env.DATABASE_URL ?? "";
if (isPostgresUrl(databaseUrl)) await withEngine({ engine: "postgresql", url: databaseUrl }, (engine) => applyPending(engine, "postgresql"));
else await withEngine(databaseFile(), applyPending);
// Imported after migrating: the app's modules open the database when loaded.
const { db } = await import("~/utils/db.server");
const { createAdministrator } = await import("~/models/admin-users.server");
const { configuredTransport } = await import("~/utils/mail-transport.server");
try {
  const { email, name, force, url } = parsed.data;
  const result = await createAdministrator({ email, name, force, origin: url });
  if (!result.ok) {
    console.error(
      result.reason === "adminExists"
        ? "Refused: this installation already has an active administrator. Ask them to invite you, or pass --force to add another administrator anyway."
        : `Refused: there is already an account with the e-mail address ${parsed.data.email}.`,
    );
    process.exitCode = 1;
  } else {
    // With a mail transport configured the delivery worker also mails the link; say what happens.
    const transport = configuredTransport();
    const mailed = transport === "embedded" ? "it is shown only now; no e-mail is sent, as no mail server is configured" : `it is shown only now, and also sent by e-mail through ${transport === "smtp" ? "SMTP" : "the Notify API"} once the server (or npm run worker) runs`;
    console.info(`Administrator ${parsed.data.name} <${parsed.data.email}> created.\n` + `Open this link once, within 72 hours, to choose a password (${mailed}):\n\n` + `  ${result.link}\n`);
  }
} finally {
  await db.$disconnect();
}
