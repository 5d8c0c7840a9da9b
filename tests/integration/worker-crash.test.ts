import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, expect, it } from "vitest";
import { db } from "../support/database";

// The no-loss, no-duplicate promise with real processes: `npm run worker` is killed with
// SIGKILL while an SMTP server holds its message open; two workers started afterwards deliver
// that message and all the others, each exactly once.

const FROM = "Toezichtspoor <noreply@toezicht.example>";
let smtp: SMTPServer;
let port: number;
let mode: "hang" | "accept" = "hang";
let midDelivery: () => void = () => {};
const accepted: string[] = [];
const children: ChildProcess[] = [];

beforeEach(async () => {
  accepted.length = 0;
  mode = "hang";
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 1_000,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        // Hang: the message is on the wire but never accepted — the worker is mid-delivery.
        if (mode === "hang") return midDelivery();
        accepted.push(/^Message-ID: <([^@>]+)@/m.exec(Buffer.concat(chunks).toString("utf8"))?.[1] ?? "?");
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as { port: number }).port;
});

afterEach(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  children.length = 0;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

// Long enough that a busy machine's slow delivery never outlives its lease (which would let the
// other worker take the message too), short enough that the killed worker's claim expires soon.
const LEASE_SECONDS = "10";

function startWorker(): ChildProcess {
  // Node itself with tsx as a loader (not the tsx CLI, which would run the worker as a
  // grandchild that SIGKILL does not reach): the killed process is the one delivering.
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/worker.ts")], {
    env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: FROM, OUTBOX_LEASE_SECONDS: LEASE_SECONDS, NOTIFICATIONS: "on" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return child;
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, limitMs = 90_000): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it("kill -9 mid-delivery, then two workers: every message delivered exactly once, none lost", async () => {
  const user = await db.user.create({ data: { email: "ontvanger@example.org", name: "Ontvanger", role: "INSPECTOR", passwordHash: "" }, select: { id: true } });
  await db.outboxMessage.createMany({
    data: Array.from({ length: 5 }, (_, i) => ({
      kind: "notification",
      recipient: "ontvanger@example.org",
      userId: user.id,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      body: JSON.stringify({ name: "Ontvanger", items: [{ kind: "report.submitted", params: { reference: "VT-1", title: `R${i}`, path: "/" } }] }),
    })),
  });
  const ids = (await db.outboxMessage.findMany({ orderBy: { createdAt: "asc" }, select: { id: true } })).map((m) => m.id);

  const reachedServer = new Promise<void>((resolve) => (midDelivery = resolve));
  const first = startWorker();
  await reachedServer;
  const exited = new Promise((resolve) => first.once("exit", resolve));
  first.kill("SIGKILL");
  await exited;

  // The interrupted message is neither sent nor lost: claimed by a worker that no longer exists.
  const interrupted = await db.outboxMessage.findUniqueOrThrow({ where: { id: ids[0] }, select: { status: true, attempts: true, leaseOwner: true } });
  expect(interrupted).toMatchObject({ status: "PENDING", attempts: 1, leaseOwner: expect.any(String) });
  expect(accepted).toEqual([]);

  mode = "accept";
  const workers = [startWorker(), startWorker()];
  await until("every message SENT", async () => (await db.outboxMessage.count({ where: { status: "SENT" } })) === ids.length);
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once("exit", resolve).kill("SIGTERM"))));

  expect([...accepted].sort()).toEqual([...ids].sort());
  const rows = await db.outboxMessage.findMany({ select: { id: true, attempts: true, transport: true, leaseOwner: true } });
  expect(rows.find((r) => r.id === ids[0])).toMatchObject({ attempts: 2, transport: "smtp", leaseOwner: null });
  expect(rows.filter((r) => r.id !== ids[0]).every((r) => r.attempts === 1)).toBe(true);
}, 180_000);
