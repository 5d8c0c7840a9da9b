import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { http, HttpResponse, delay } from "msw";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDays, todayIso } from "~/domain/dates";
import { MAX_ATTEMPTS, retryDelayMs } from "~/domain/notifications";
import { deliverDue, retryMessage } from "~/models/outbox-delivery.server";
import { notify } from "~/models/notification.server";
import { loader as requestLoader } from "~/routes/trajecten.$id.rapportages.$requestId";
import { action as newRequestAction } from "~/routes/trajecten.$id.rapportages.nieuw";
import { embeddedTransport, notifyApiTransport, smtpTransport, type OutgoingMail, type Transport } from "~/utils/mail-transport.server";
import { cookies } from "../support/assessment-fixtures";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs } from "../support/requests";
import { server as msw } from "../mocks/server";

const ENVER = "traj-enver";
const APP = "http://localhost:3000";
const FROM = "Toezichtspoor <noreply@toezicht.example>";

async function userId(email: string) {
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

async function requestReport(title: string, cookie: string) {
  const normIds = (await db.norm.findMany({ where: { frameworkVersion: { trajectories: { some: { id: ENVER } } } }, take: 2, select: { id: true } })).map((n) => n.id);
  const response = await responseOf(() =>
    newRequestAction(routeArgs(post(`/trajecten/${ENVER}/rapportages/nieuw`, { title, dueDate: addDays(todayIso(), 21), normIds, instructions: "" }, cookie), { id: ENVER })),
  );
  expect(response.status).toBe(302);
  return response.headers.get("Location")!.split("/").pop()!;
}

/** Records what a transport was asked to send; optionally fails or waits. */
function recordingTransport(behaviour: (mail: OutgoingMail) => Promise<void> = async () => {}): Transport & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    name: "embedded",
    sent,
    async send(mail) {
      await behaviour(mail);
      sent.push(mail);
    },
    close() {},
  };
}

/** Decodes the parts of a raw multipart message (quoted-printable or base64) by content type. */
function mimeParts(raw: string): Record<string, string> {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  const parts: Record<string, string> = {};
  for (const part of boundary ? raw.split(`--${boundary}`) : []) {
    const [head = "", ...rest] = part.split(/\r?\n\r?\n/);
    const type = /Content-Type: ([\w/]+)/i.exec(head)?.[1];
    if (!type || type.startsWith("multipart")) continue;
    const content = rest.join("\n\n");
    const encoding = /Content-Transfer-Encoding: ([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    parts[type] =
      encoding === "base64"
        ? Buffer.from(content.replace(/\s+/g, ""), "base64").toString("utf8")
        : encoding === "quoted-printable"
          ? Buffer.from(content.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8")
          : content;
  }
  return parts;
}

let lead: string;
beforeEach(async () => {
  await seedDemoData();
  lead = await cookies.lead();
});

describe("what notifies whom", () => {
  it("tells the organisation's own users of a requested report, in each one's language, in the same transaction", async () => {
    const enver = await userId("enver@enver.example");
    await db.notificationPreference.create({ data: { userId: enver, locale: "en" } });
    const requestId = await requestReport("Rapportage na de zomer", lead);

    const notifications = await db.notification.findMany({ where: { kind: "report.requested" }, select: { userId: true, trajectoryId: true, outboxMessageId: true } });
    const orgUsers = await db.user.findMany({ where: { organisation: { trajectories: { some: { id: ENVER } } }, active: true }, select: { id: true } });
    expect(notifications.map((n) => n.userId).sort()).toEqual(orgUsers.map((u) => u.id).sort());
    expect(notifications.every((n) => n.trajectoryId === ENVER && n.outboxMessageId)).toBe(true);
    // Nobody of another organisation, and not the inspector who asked.
    const horizon = await userId("gebruiker@horizon.example");
    expect(await db.notification.count({ where: { userId: { in: [horizon, await userId("inspecteur@igj.example")] } } })).toBe(0);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { userId: enver, kind: "notification" }, select: { locale: true, body: true, recipient: true } });
    expect(mail).toMatchObject({ locale: "en", recipient: "enver@enver.example" });
    expect(JSON.parse(mail.body).items[0].params).toMatchObject({ reference: expect.stringMatching(/^VT-/), title: "Rapportage na de zomer", path: `/trajecten/${ENVER}/rapportages/${requestId}` });
  });

  it("writes nothing when the change that would cause it is rolled back", async () => {
    const lead = await userId("inspecteur@igj.example");
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { kind: "report.requested", trajectoryId: ENVER, actorId: lead, params: { title: "x", dueDate: "2026-12-01", path: "/" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.notification.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("respects muted non-essential kinds and digest mode, never the muting of an essential kind", async () => {
    const [sanne, joris] = [await userId("inspecteur@igj.example"), await userId("inspecteur2@igj.example")];
    await db.notificationPreference.create({ data: { userId: sanne, mutedKinds: JSON.stringify(["report.submitted"]) } });
    await db.notificationPreference.create({ data: { userId: joris, mode: "DIGEST", mutedKinds: JSON.stringify(["decision.taken"]) } });
    const enver = await userId("enver@enver.example");
    await db.$transaction(async (tx) => {
      await notify(tx, { kind: "report.submitted", trajectoryId: ENVER, actorId: enver, params: { title: "R", path: "/" } });
      await notify(tx, { kind: "decision.taken", trajectoryId: ENVER, actorId: null, params: { decision: "APPROVED", outcome: "LIFT", path: "/" }, audiences: ["inspectors"] });
    });
    const rows = await db.notification.findMany({ select: { userId: true, kind: true, outboxMessageId: true } });
    expect(rows.filter((r) => r.userId === sanne).map((r) => r.kind)).toEqual(["decision.taken"]);
    // Joris wants a digest: notified (inbox) without an e-mail of its own; decision.taken cannot be muted.
    expect(rows.filter((r) => r.userId === joris).map((r) => [r.kind, r.outboxMessageId]).sort()).toEqual([["decision.taken", null], ["report.submitted", null]]);
  });
});

describe("delivery", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "outbox-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("embedded: keeps the message in the database as SENT and writes it as an .eml file, once", async () => {
    await requestReport("Rapportage", lead);
    const ids = (await db.outboxMessage.findMany({ select: { id: true } })).map((m) => m.id);
    expect(ids.length).toBeGreaterThan(0);
    const transport = embeddedTransport(dir, FROM);
    const first = await deliverDue({ transport, workerId: "w1", appUrl: APP, leaseMs: 60_000 });
    expect(first).toEqual({ sent: ids.length, retrying: 0, failed: 0 });
    expect(await deliverDue({ transport, workerId: "w1", appUrl: APP, leaseMs: 60_000 })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(readdirSync(dir).sort()).toEqual(ids.map((id) => `${id}.eml`).sort());
    const raw = readFileSync(path.join(dir, `${ids[0]}.eml`), "utf8");
    expect(raw).toMatch(/^Content-Type: multipart\/alternative/m);
    expect(raw).toContain(`Message-ID: <${ids[0]}@toezicht.example>`);
    expect(await db.outboxMessage.count({ where: { status: "SENT", transport: "embedded", attempts: 1 } })).toBe(ids.length);
  });

  it("SMTP: a real SMTP server receives both parts, in the recipient's language, with a working link", async () => {
    const enver = await userId("enver@enver.example");
    await db.notificationPreference.create({ data: { userId: enver, locale: "en" } });
    const received: { to: string[]; raw: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as { port: number }).port;
    try {
      const requestId = await requestReport("Rapportage na de zomer", lead);
      const transport = smtpTransport(`smtp://127.0.0.1:${port}`, FROM, 10_000);
      const report = await deliverDue({ transport, workerId: "w1", appUrl: APP, leaseMs: 60_000 });
      transport.close();
      expect(report.failed + report.retrying).toBe(0);
      const mine = received.find((m) => m.to.includes("enver@enver.example"));
      expect(mine).toBeDefined();
      const raw = mine!.raw;
      expect(raw).toMatch(/^Subject: Progress report requested \(VT-[\d-]+\)/m);
      expect(raw).toMatch(/^Date: .+\d{4} \d\d:\d\d:\d\d [+-]\d{4}/m);
      const id = (await db.outboxMessage.findFirstOrThrow({ where: { userId: enver }, select: { id: true } })).id;
      expect(raw).toContain(`Message-ID: <${id}@toezicht.example>`);
      expect(raw).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/meldingen\/instellingen>/m);
      const parts = mimeParts(raw);
      expect(parts["text/plain"]).toContain("The inspectorate asks you to submit a progress report");
      expect(parts["text/html"]).toContain('<html lang="en">');
      const link = /(http:\/\/localhost:3000\/trajecten\/\S+)/.exec(parts["text/plain"]!)![1]!;
      expect(link).toBe(`${APP}/trajecten/${ENVER}/rapportages/${requestId}`);
      // The link works for the recipient.
      const org = await cookies.organisation();
      const page = await responseOf(() => requestLoader(routeArgs(get(new URL(link).pathname, org), { id: ENVER, requestId })));
      expect(page.status).toBe(200);
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  it("SMTP: a refused address fails at once, a server that is down is retried later", async () => {
    await requestReport("Rapportage", lead);
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error("No such user"), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as { port: number }).port;
    const count = await db.outboxMessage.count();
    try {
      const transport = smtpTransport(`smtp://127.0.0.1:${port}`, FROM, 10_000);
      expect(await deliverDue({ transport, workerId: "w1", appUrl: APP, leaseMs: 60_000 })).toEqual({ sent: 0, retrying: 0, failed: count });
      transport.close();
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
    // Retried by an administrator, to a server that is not there: transient, so back-off.
    const failed = await db.outboxMessage.findFirstOrThrow({ where: { status: "FAILED" }, select: { id: true } });
    await db.outboxMessage.updateMany({ where: { id: { not: failed.id } }, data: { status: "SENT" } });
    expect(await retryMessage(failed.id)).toBe(true);
    const down = smtpTransport(`smtp://127.0.0.1:${port}`, FROM, 2_000);
    const now = new Date("2026-05-01T10:00:00Z");
    expect(await deliverDue({ transport: down, workerId: "w1", appUrl: APP, leaseMs: 60_000, now: () => now })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    down.close();
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: failed.id }, select: { status: true, attempts: true, nextAttemptAt: true, lastError: true } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, nextAttemptAt: new Date(now.getTime() + retryDelayMs(1)) });
  });

  it("gives up after the maximum of attempts, with exponential back-off in between, and an administrator can retry", async () => {
    await requestReport("Rapportage", lead);
    const keep = await db.outboxMessage.findFirstOrThrow({ select: { id: true } });
    await db.outboxMessage.deleteMany({ where: { id: { not: keep.id } } });
    const failing = recordingTransport(async () => {
      throw new Error("connection reset");
    });
    let now = new Date("2026-05-01T10:00:00Z");
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverDue({ transport: failing, workerId: "w1", appUrl: APP, leaseMs: 60_000, now: () => now });
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: keep.id }, select: { status: true, nextAttemptAt: true } });
      if (attempt < MAX_ATTEMPTS) {
        expect(row.status).toBe("PENDING");
        waits.push(row.nextAttemptAt!.getTime() - now.getTime());
        // Not due before its time.
        expect(await deliverDue({ transport: failing, workerId: "w1", appUrl: APP, leaseMs: 60_000, now: () => new Date(row.nextAttemptAt!.getTime() - 1) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
        now = row.nextAttemptAt!;
      } else expect(row.status).toBe("FAILED");
    }
    expect(waits.slice(0, 4)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(await retryMessage(keep.id)).toBe(true);
    const ok = recordingTransport();
    expect(await deliverDue({ transport: ok, workerId: "w1", appUrl: APP, leaseMs: 60_000, now: () => now })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(ok.sent.map((m) => m.idempotencyKey)).toEqual([keep.id]);
  });

  it("two workers at once deliver every message exactly once", async () => {
    const enver = await userId("enver@enver.example");
    await db.outboxMessage.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        kind: "notification",
        recipient: "enver@enver.example",
        userId: enver,
        body: JSON.stringify({ name: "Enver", items: [{ kind: "report.accepted", params: { reference: "VT-1", title: `R${i}`, path: "/" } }] }),
      })),
    });
    const shared: string[] = [];
    const slow = () => recordingTransport(async (mail) => {
      shared.push(mail.idempotencyKey);
      await new Promise((resolve) => setTimeout(resolve, 2));
    });
    const [a, b] = [slow(), slow()];
    const reports = await Promise.all([
      deliverDue({ transport: a, workerId: "a", appUrl: APP, leaseMs: 60_000, batch: 100 }),
      deliverDue({ transport: b, workerId: "b", appUrl: APP, leaseMs: 60_000, batch: 100 }),
    ]);
    expect(reports[0]!.sent + reports[1]!.sent).toBe(30);
    expect(new Set(shared).size).toBe(30);
    expect(shared).toHaveLength(30);
    expect(await db.outboxMessage.count({ where: { status: "SENT" } })).toBe(30);
  });
});

describe("GOV.UK Notify-compatible API", () => {
  const BASE = "https://api.notify.example";
  const SERVICE = "26785a09-ab16-4eb0-8407-a37497a57506";
  const SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
  const transport = () => notifyApiTransport({ baseUrl: BASE, apiKey: `toezicht-${SERVICE}-${SECRET}`, templateId: "tpl-1", timeoutMs: 300 });

  async function oneMessage() {
    await requestReport("Rapportage", lead);
    const keep = await db.outboxMessage.findFirstOrThrow({ select: { id: true } });
    await db.outboxMessage.deleteMany({ where: { id: { not: keep.id } } });
    return keep.id;
  }

  it("posts the rendered message with the template, recipient, reference and a signed token", async () => {
    const id = await oneMessage();
    const requests: { body: Record<string, unknown>; auth: string }[] = [];
    msw.use(
      http.post(`${BASE}/v2/notifications/email`, async ({ request }) => {
        requests.push({ body: (await request.json()) as Record<string, unknown>, auth: request.headers.get("Authorization") ?? "" });
        return HttpResponse.json({ id: "n-1", reference: id }, { status: 201 });
      }),
    );
    expect(await deliverDue({ transport: transport(), workerId: "w", appUrl: APP, leaseMs: 60_000 })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(requests).toHaveLength(1);
    const { body, auth } = requests[0]!;
    expect(body).toMatchObject({ email_address: "enver@enver.example", template_id: "tpl-1", reference: id });
    expect((body.personalisation as { subject: string }).subject).toMatch(/^Voortgangsrapportage gevraagd/);
    expect((body.personalisation as { body: string }).body).toContain(`/trajecten/${ENVER}/rapportages/`);
    const [header, payload, signature] = auth.replace(/^Bearer /, "").split(".");
    expect(JSON.parse(Buffer.from(payload!, "base64url").toString())).toMatchObject({ iss: SERVICE, iat: expect.any(Number) });
    const { createHmac } = await import("node:crypto");
    expect(signature).toBe(createHmac("sha256", SECRET).update(`${header}.${payload}`).digest("base64url"));
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { status: true, transport: true } })).toEqual({ status: "SENT", transport: "notify-api" });
  });

  it("does not retry a 4xx, retries a 5xx and a time-out with back-off", async () => {
    const id = await oneMessage();
    let answer: "400" | "500" | "slow" = "400";
    let calls = 0;
    msw.use(
      http.post(`${BASE}/v2/notifications/email`, async () => {
        calls++;
        if (answer === "slow") await delay(2_000);
        return HttpResponse.json({ errors: [{ error: "x" }] }, { status: answer === "400" ? 400 : 500 });
      }),
    );
    const now = new Date("2026-05-01T10:00:00Z");
    const run = (at: Date) => deliverDue({ transport: transport(), workerId: "w", appUrl: APP, leaseMs: 60_000, now: () => at });
    expect(await run(now)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { status: true, attempts: true } })).toEqual({ status: "FAILED", attempts: 1 });

    await retryMessage(id);
    answer = "500";
    expect(await run(now)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const after500 = await db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { nextAttemptAt: true, lastError: true } });
    expect(after500.nextAttemptAt).toEqual(new Date(now.getTime() + 60_000));
    expect(after500.lastError).toMatch(/500/);

    answer = "slow";
    const later = new Date(now.getTime() + 60_000);
    expect(await run(later)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { nextAttemptAt: true, attempts: true, lastError: true } })).toMatchObject({
      attempts: 2,
      nextAttemptAt: new Date(later.getTime() + 120_000),
      lastError: expect.stringMatching(/unreachable/),
    });
    expect(calls).toBe(3);
  });
});
