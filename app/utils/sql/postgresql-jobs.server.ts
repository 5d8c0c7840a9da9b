import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import type { DigestRow } from "~/utils/read-worker.server";

// PostgreSQL's forms of the read worker's write jobs (read-worker.thread.mjs; decision 018). There
// is no thread on PostgreSQL: the server's pool connections wait on the network, not on the
// server's thread, so a job is one statement through the write connection (`db`).

/**
 * A batch of digests in one statement: the e-mails whose day's key is still free (ON CONFLICT on
 * the unique dedupeKey, as on SQLite: at most one digest per user per day, also when another
 * server or a cron run writes at the same moment), then for those written only their inbox entry
 * and the waiting notifications they carry. Foreign keys are checked at the statement's end, so
 * the inbox entries may point at e-mails inserted by the same statement.
 */
export async function writeDigestsOnPostgresql(digests: readonly DigestRow[]): Promise<{ written: number; skipped: number }> {
  if (digests.length === 0) return { written: 0, skipped: 0 };
  const at = new Date().toISOString();
  const [row] = await db.$queryRaw<{ written: number }[]>(Prisma.sql`
    WITH d AS (
      SELECT * FROM json_to_recordset(CAST(${JSON.stringify(digests)} AS JSON)) AS x(id TEXT, "dedupeKey" TEXT, "userId" TEXT,
        recipient TEXT, locale TEXT, body TEXT, "notificationId" TEXT, "reminderParams" TEXT, "waitingIds" JSON)),
    written AS (
      INSERT INTO "OutboxMessage" (id, kind, recipient, body, "userId", status, "createdAt", locale, "dedupeKey", attempts)
      SELECT id, 'digest', recipient, body, "userId", 'PENDING', CAST(${at} AS TIMESTAMP(3)), locale, "dedupeKey", 0 FROM d
      ON CONFLICT ("dedupeKey") DO NOTHING
      RETURNING id),
    inbox AS (
      INSERT INTO "Notification" (id, "userId", kind, params, "createdAt", "outboxMessageId")
      SELECT d."notificationId", d."userId", 'deadline.reminder', d."reminderParams", CAST(${at} AS TIMESTAMP(3)), d.id
      FROM d JOIN written w ON w.id = d.id WHERE d."reminderParams" IS NOT NULL),
    carried AS (
      UPDATE "Notification" n SET "outboxMessageId" = c.digest
      FROM (SELECT d.id AS digest, json_array_elements_text(d."waitingIds") AS waiting FROM d JOIN written w ON w.id = d.id) c
      WHERE n.id = c.waiting AND n."outboxMessageId" IS NULL)
    SELECT CAST(COUNT(*) AS INTEGER) AS written FROM written`);
  const written = row?.written ?? 0;
  return { written, skipped: digests.length - written };
}
