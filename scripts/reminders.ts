// One reminder run, for cron on a machine that runs the app with NOTIFICATIONS=off:
//   npm run reminders [-- --today 2026-09-16]
// Idempotent: each user gets at most one digest per day, however often this runs and on how
// many machines (the digest's unique key). The delivery worker sends what it writes.
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { today: { type: "string" } } });
const { db } = await import("~/utils/db.server");
const { isIsoDate, todayIso } = await import("~/domain/dates");
const { runReminders } = await import("~/models/reminder.server");
const { sqlStatementCount } = await import("~/utils/query-counter.server");

const today = values.today ?? todayIso();
if (!isIsoDate(today)) {
  console.error(`--today must be a date as YYYY-MM-DD, got ${today}`);
  process.exit(2);
}
try {
  const started = performance.now();
  const before = sqlStatementCount();
  const run = await runReminders(today);
  const statements = sqlStatementCount() - before;
  console.info(
    `[reminders] ${today}: ${run.items} items due, ${run.digests} digests written, ${run.skipped} already written ` +
      `(${Math.round(performance.now() - started)} ms, ${statements} SQL statements)`,
  );
} finally {
  await db.$disconnect();
}
