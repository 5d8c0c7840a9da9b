// Runs the notifications' background work alone, e.g. on a machine of its own or from cron:
//   npm run worker             delivers the outbox continuously until SIGTERM/SIGINT
//   npm run worker -- --once   delivers what is due now, then stops
// The web server runs the same worker in its own process unless NOTIFICATIONS=off; several
// workers may run at once (each message is claimed with a lease: see docs/decisions/012).
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { once: { type: "boolean", default: false } } });

const { db } = await import("~/utils/db.server");
const { env } = await import("~/utils/env.server");
const { appUrl, transportFromEnv } = await import("~/utils/mail-transport.server");
const { deliverDue } = await import("~/models/outbox-delivery.server");
const { startDeliveryWorker, workerId } = await import("~/models/background-jobs.server");

if (values.once) {
  const transport = transportFromEnv();
  try {
    let total = { sent: 0, retrying: 0, failed: 0 };
    for (;;) {
      const report = await deliverDue({ transport, workerId: workerId(), appUrl: appUrl(), leaseMs: env.OUTBOX_LEASE_SECONDS * 1000 });
      total = { sent: total.sent + report.sent, retrying: total.retrying + report.retrying, failed: total.failed + report.failed };
      if (report.sent + report.retrying + report.failed === 0) break;
    }
    console.info(`[worker] ${transport.name}: ${total.sent} sent, ${total.retrying} to retry, ${total.failed} failed`);
  } finally {
    transport.close();
    await db.$disconnect();
  }
} else {
  const stop = startDeliveryWorker();
  // The worker's timers do not hold the process open (so the web server can stop); this does.
  const keepAlive = setInterval(() => {}, 60_000);
  console.info(`[worker] delivering (transport chosen by settings; pid ${process.pid})`);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      clearInterval(keepAlive);
      void stop().finally(() => db.$disconnect());
    });
  }
}
