import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { deliverDue } from "./outbox-delivery.server";
import { hourPeriod } from "./job-run.server";
import { scheduledReminderRun } from "./reminder.server";
import { env } from "~/utils/env.server";
import { appUrl, transportFromEnv } from "~/utils/mail-transport.server";

// Background work of the notifications: the delivery worker (every few seconds) in the server
// process, started by server/index.js through the build's entry module, or alone with
// `npm run worker`. Timers are unref'd: they never keep a stopping process alive.

const DELIVERY_INTERVAL_MS = 5_000;
// Hourly: the first run after midnight (Europe/Amsterdam) sends the day's digests; the others
// find them written (one per user per day) and cost a few reads. With several app servers on one
// database only one of them runs in each hour (the hour's JobRun row, decision 018).
const REMINDER_INTERVAL_MS = 3600_000;

export function workerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** Runs `job` now and every `intervalMs`, never two at once; returns a stop function that waits for the running one. */
export function every(intervalMs: number, job: () => Promise<unknown>, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = job()
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

export function startDeliveryWorker(): () => Promise<void> {
  const transport = transportFromEnv();
  const id = workerId();
  const stop = every(
    DELIVERY_INTERVAL_MS,
    () => deliverDue({ transport, workerId: id, appUrl: appUrl(), leaseMs: env.OUTBOX_LEASE_SECONDS * 1000 }),
    (error) => console.error("[notifications] delivery run failed", error),
  );
  return async () => {
    await stop();
    transport.close();
  };
}

export function startReminders(): () => Promise<void> {
  const id = workerId();
  const run = async () => {
    const now = new Date();
    const report = await scheduledReminderRun(now, id);
    const hour = hourPeriod(now);
    console.info(report ? `[notifications] reminders for ${hour}: run here, ${report.digests} digests written` : `[notifications] reminders for ${hour}: run by another server`);
  };
  return every(REMINDER_INTERVAL_MS, run, (error) => console.error("[notifications] reminder run failed", error));
}

/** What the server process runs beside serving pages, unless NOTIFICATIONS=off. */
export function startBackgroundJobs(): (() => Promise<void>) | null {
  if (env.NOTIFICATIONS === "off") return null;
  const stops = [startDeliveryWorker(), startReminders()];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
