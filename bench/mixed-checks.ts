// What the mixed scenario checks after its run (bench/mixed.ts): the errors the servers logged,
// and that every write the app acknowledged is in the database.
import { open } from "node:fs/promises";
import type { BenchTarget } from "./engine.ts";

export type WriteKind = "assessment" | "report draft" | "report submit";

/** Lines the servers logged since `offsets` that match `pattern`. */
export async function logMatches(files: string[], offsets: number[], pattern: RegExp): Promise<number> {
  let n = 0;
  for (const [i, file] of files.entries()) {
    const handle = await open(file, "r");
    try {
      const size = (await handle.stat()).size - (offsets[i] ?? 0);
      const buffer = Buffer.alloc(Math.max(0, size));
      await handle.read(buffer, 0, buffer.length, offsets[i] ?? 0);
      n += buffer.toString("utf8").split("\n").filter((line) => pattern.test(line)).length;
    } finally {
      await handle.close();
    }
  }
  return n;
}

// Prisma's better-sqlite3 adapter reports SQLITE_BUSY (also the immediate BUSY_SNAPSHOT of a
// transaction that read first and then tries to write after another process wrote) as P1008,
// "Operation has timed out" (SocketTimeout): one `code: 'P1008'` line per error in the log.
// On PostgreSQL the lock to wait for is the advisory writer lock every transaction takes while
// it starts (decision 018): waiting longer than Prisma's maxWait (2 s) is P2028.
export const BUSY = /SQLITE_BUSY|SQLITE_LOCKED|database is locked|database table is locked|code: 'P1008'|code: 'P2028'/i;
// PostgreSQL's serialisation failure and deadlock, and Prisma's name for a transaction conflict.
export const SERIALISATION = /could not serialize|serialization failure|deadlock detected|\b40001\b|\b40P01\b|code: 'P2034'/i;

/** Every acknowledged write's token in its row and in the audit trail; the new audit events chained. */
export async function checkWrites(target: BenchTarget, prefix: string, acknowledged: { kind: WriteKind; token: string }[], auditFrom: number) {
  const stored = new Set<string>();
  const revisions = await target.query<{ text: string }>(`SELECT findings AS "text" FROM "NormAssessmentRevision" WHERE findings LIKE ?`, [`${prefix}%`]);
  const submissions = await target.query<{ text: string }>(`SELECT summary AS "text" FROM "ProgressReportSubmission" WHERE status = 'SUBMITTED' AND summary LIKE ?`, [`${prefix}%`]);
  for (const row of [...revisions, ...submissions]) stored.add(row.text);
  const events = await target.query<{ id: number | string; prevHash: string | null; hash: string; after: string | null }>(
    `SELECT id, "prevHash" AS "prevHash", hash, "after" AS "after" FROM "AuditEvent" WHERE id >= ? ORDER BY id`,
    [auditFrom],
  );
  const audited = new Set<string>();
  const tokenPattern = new RegExp(`${prefix}[a-z0-9-]+`, "g");
  let chain = "intact";
  for (const [i, event] of events.entries()) {
    for (const match of (event.after ?? "").matchAll(tokenPattern)) audited.add(match[0]);
    const previous = events[i - 1];
    if (previous && event.prevHash !== previous.hash && chain === "intact") chain = `forked at event ${event.id}`;
  }
  // A draft's text is replaced by the submission's, so a draft save is proven by its audit event.
  const lost = acknowledged.filter(({ kind, token }) => !audited.has(token) || (kind !== "report draft" && !stored.has(token)));
  return { lost: lost.length, chain: `${chain} (${Math.max(0, events.length - 1)} new events)`, examples: lost.slice(0, 5).map((l) => l.token) };
}
