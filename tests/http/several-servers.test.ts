import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient as PostgresqlPrismaClient } from "../../app/generated/prisma-postgresql/client";
import type { PrismaClient } from "../../app/generated/prisma/client";
import { adminQuery, createDatabase } from "../../prisma/postgresql";
import { applyPending, withEngine } from "../../prisma/schema-engine";
import { seedDemo } from "../../prisma/seed-data";
import { POSTGRESQL_SERVER_URL, postgresDatabaseName } from "../setup/paths";
import { signIn, spawnApp } from "./support/app-server";
import { HTTP_TMP } from "./support/paths";

// Two app servers on one PostgreSQL database behave as one (decision 018): a session made on
// one is honoured by the other, an edit saved on one makes the same edit from the same version
// on the other a 409, the outbox messages both servers' delivery workers share reach the SMTP
// server once each, and the hourly reminder run runs on one of them. Needs a PostgreSQL server: TEST_DATABASE_URL=postgresql://…
// or TEST_POSTGRESQL_SERVER (CI gives one; see docs/deploy.md).
const NAME = postgresDatabaseName("several_servers");

describe.runIf(POSTGRESQL_SERVER_URL)("two app servers on one PostgreSQL database", () => {
  let db: PostgresqlPrismaClient;
  const servers: { baseURL: string; stop(): Promise<void>; output(): string }[] = [];
  // Message ids (the Message-ID's local part) in the order the SMTP server accepted them.
  const accepted: string[] = [];
  // The envelope senders seen: each server sends from its own address.
  const senders = new Set<string>();
  let smtp: SMTPServer | undefined;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          accepted.push(/^Message-ID: <([^@>]+)@/m.exec(Buffer.concat(chunks).toString("utf8"))?.[1] ?? "?");
          const from = session.envelope.mailFrom;
          if (from) senders.add(from.address);
          // Slow, as a busy relay: a batch outlasts the workers' 5 s interval, so both servers deliver at once.
          setTimeout(callback, 150);
        });
      },
    });
    await new Promise<void>((resolve) => smtp!.listen(0, "127.0.0.1", resolve));
    const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as { port: number }).port}`;
    const url = await createDatabase(POSTGRESQL_SERVER_URL!, NAME);
    await withEngine({ engine: "postgresql", url }, (engine) => applyPending(engine, "postgresql"));
    db = new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    await seedDemo(db as unknown as PrismaClient);
    const env = { DATABASE_URL: url, NOTIFICATIONS: "on", SMTP_URL: smtpUrl, OUTBOX_LEASE_SECONDS: "120" };
    for (const name of ["server-a", "server-b"]) {
      servers.push(await spawnApp(path.join(HTTP_TMP, name), { ...env, MAIL_FROM: `Toezichtspoor <${name}@toezicht.example>` }));
    }
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    if (smtp) await new Promise<void>((resolve) => smtp!.close(() => resolve()));
    await db?.$disconnect();
    if (POSTGRESQL_SERVER_URL) await adminQuery(POSTGRESQL_SERVER_URL, `DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  });

  it("honours a session made on the other server, and ends it there when it is revoked", async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const cookie = await signIn(a.baseURL, "inspecteur@igj.example");
    const onB = await fetch(`${b.baseURL}/trajecten`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(onB.status).toBe(200);
    await db.session.deleteMany({ where: { user: { email: "inspecteur@igj.example" } } });
    const afterRevoke = await fetch(`${b.baseURL}/trajecten`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(afterRevoke.status).toBe(302);
  });

  it("refuses with 409 on one server a save from a version the other server already moved on", async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const lead = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" }, select: { id: true } });
    const head = await db.normAssessment.findFirstOrThrow({
      where: { round: { trajectory: { leadInspectorId: lead.id } } },
      select: { roundId: true, normId: true, version: true, round: { select: { trajectoryId: true } } },
    });
    const url = (server: (typeof servers)[0]) => `${server.baseURL}/trajecten/${head.round.trajectoryId}/beoordelingen/${head.roundId}/${head.normId}`;
    const save = async (server: (typeof servers)[0], cookie: string, findings: string) =>
      fetch(url(server), {
        method: "POST",
        redirect: "manual",
        headers: { Origin: server.baseURL, Cookie: cookie },
        body: new URLSearchParams({ rating: "PARTLY_MEETS", findings, evidence: "", version: String(head.version) }),
      });

    const [onA, onB] = [await signIn(a.baseURL, "inspecteur@igj.example"), await signIn(b.baseURL, "inspecteur@igj.example")];
    const first = await save(a, onA, "Opgeslagen op server A");
    expect(first.status).toBe(302);
    const second = await save(b, onB, "Eigen tekst op server B");
    expect(second.status).toBe(409);
    // The refused text is shown back to the user, the stored one is A's.
    expect(await second.text()).toContain("Eigen tekst op server B");
    const stored = await db.normAssessment.findUniqueOrThrow({ where: { roundId_normId: { roundId: head.roundId, normId: head.normId } } });
    expect(stored).toMatchObject({ version: head.version + 1, findings: "Opgeslagen op server A" });
  });

  it("delivers each outbox message once although both servers' workers deliver", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "enver@enver.example" }, select: { id: true } });
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const body = { name: "Enver", items: [{ kind: "report.accepted", params: { reference: "VT-1", title: `R${i}`, path: "/" } }] };
      ids.push((await db.outboxMessage.create({ data: { kind: "notification", recipient: "enver@enver.example", userId: user.id, body: JSON.stringify(body) }, select: { id: true } })).id);
    }
    await until("every message SENT", async () => (await db.outboxMessage.count({ where: { id: { in: ids }, status: "SENT" } })) === ids.length);
    expect(accepted.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    // Nothing at all (the reminder digests included) reached the SMTP server twice, and both servers delivered.
    expect(new Set(accepted).size).toBe(accepted.length);
    expect([...senders].sort()).toEqual(["server-a@toezicht.example", "server-b@toezicht.example"]);
    const attempts = await db.outboxMessage.findMany({ where: { id: { in: ids } }, select: { attempts: true } });
    expect(attempts.every((m) => m.attempts === 1)).toBe(true);
  });

  it("runs the hourly reminders on one server: the other finds the hour taken", async () => {
    const lines = await until("both servers' reminder lines", async () => {
      const found = servers.map((server) => server.output().split("\n").filter((line) => line.startsWith("[notifications] reminders for ")));
      return found.every((l) => l.length > 0) && found.flat();
    });
    // Per hour exactly one server ran it (the servers start seconds apart, almost always within one hour).
    const byHour = new Map<string, string[]>();
    for (const line of lines) {
      const [, hour, what] = /reminders for (\S+): (.*)$/.exec(line)!;
      byHour.set(hour!, [...(byHour.get(hour!) ?? []), what!]);
    }
    for (const outcomes of byHour.values()) expect(outcomes.filter((o) => o.startsWith("run here"))).toHaveLength(1);
    expect(lines.some((line) => line.endsWith("run by another server"))).toBe(true);
    expect(await db.jobRun.count({ where: { job: "reminders" } })).toBe(byHour.size);
  });
});

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, limitMs = 120_000): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
