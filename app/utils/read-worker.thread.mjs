// The read worker's thread (see read-worker.server.ts): its own read-only connection to the
// database file, answering one statement per message. Plain JavaScript on purpose: Node runs
// it as it is, from the source tree, in the production build and in tests alike.
// One write job runs here too, on a second connection opened when first needed: the reminder
// run's digests (reminder.server.ts), thousands of inserts that would otherwise occupy the
// server's thread. Each message is one short transaction, so the write lock is soon free again.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma("busy_timeout = 5000");
for (const pragma of workerData.pragmas) db.exec(pragma);

let writer = null;
function writable() {
  if (!writer) {
    writer = new Database(workerData.file, { fileMustExist: true });
    // The file is already in WAL mode (the app's connection sets it); NORMAL sync is safe under WAL.
    writer.exec("PRAGMA synchronous = NORMAL");
    for (const pragma of workerData.pragmas) writer.exec(pragma);
  }
  return writer;
}

/** Prisma's text form of a DateTime in SQLite, so rows written here sort with the app's own. */
function now() {
  return new Date().toISOString().replace("Z", "+00:00");
}

/**
 * Digests of the day in one transaction. The e-mail's unique key (user + day) decides: when it
 * already exists (an earlier run, another instance) nothing of that digest is written.
 */
function writeDigests(connection, digests) {
  const message = connection.prepare(
    `INSERT INTO OutboxMessage (id, kind, recipient, body, userId, status, createdAt, locale, dedupeKey, attempts)
     VALUES (?, 'digest', ?, ?, ?, 'PENDING', ?, ?, ?, 0) ON CONFLICT (dedupeKey) DO NOTHING`,
  );
  const inbox = connection.prepare(`INSERT INTO Notification (id, userId, kind, params, createdAt, outboxMessageId) VALUES (?, ?, 'deadline.reminder', ?, ?, ?)`);
  const carried = connection.prepare(`UPDATE Notification SET outboxMessageId = ? WHERE outboxMessageId IS NULL AND id IN (SELECT value FROM json_each(?))`);
  let written = 0;
  let statements = 0;
  connection.transaction(() => {
    const at = now();
    for (const d of digests) {
      statements++;
      if (message.run(d.id, d.recipient, d.body, d.userId, at, d.locale, d.dedupeKey).changes === 0) continue;
      written++;
      if (d.reminderParams !== null) {
        inbox.run(d.notificationId, d.userId, d.reminderParams, at, d.id);
        statements++;
      }
      if (d.waitingIds.length > 0) {
        carried.run(d.id, JSON.stringify(d.waitingIds));
        statements++;
      }
    }
  }).immediate();
  return { written, skipped: digests.length - written, statements: statements + 2 };
}

const JOBS = { writeDigests: (payload) => writeDigests(writable(), payload) };

parentPort.on("message", ({ id, sql, params, job, payload }) => {
  try {
    const rows = job ? [JOBS[job](payload)] : db.prepare(sql).all(...params);
    parentPort.postMessage({ id, rows });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
