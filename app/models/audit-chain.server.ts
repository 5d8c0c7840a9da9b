import type { PrismaClient } from "~/generated/prisma/client";
import { verifyEvents, type ChainVerdict, type StoredEvent } from "../../prisma/audit-chain";
import { db } from "~/utils/db.server";

const FIELDS = { id: true, trajectoryId: true, actorId: true, action: true, entity: true, entityId: true, before: true, after: true, createdAt: true, prevHash: true, hash: true } as const;
const BATCH = 2000;

/** The whole chain, in id order, in batches; the first broken link if there is one. */
export async function verifyAuditChain(client: PrismaClient = db): Promise<ChainVerdict> {
  let checked = 0;
  let unsealed = 0;
  let prev: string | null = null;
  let started = false;
  let after = 0;
  for (;;) {
    const events: StoredEvent[] = await client.auditEvent.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: BATCH, select: FIELDS });
    if (events.length === 0) break;
    const verdict = verifyEvents(events, prev, started);
    if (!verdict.ok) return { ...verdict, checked: checked + verdict.checked };
    checked += verdict.checked;
    unsealed += verdict.unsealed;
    const last = events[events.length - 1] as StoredEvent;
    if (last.hash !== null) {
      prev = last.hash;
      started = true;
    }
    after = last.id;
  }
  return { ok: true, checked, unsealed };
}

/**
 * One trajectory's events checked against the chain: each hashes to what it holds and links
 * to the hash of the event just before it in the whole log. One statement (the predecessor is
 * found by primary key), so the history page can afford it.
 */
export async function verifyTrajectoryChain(trajectoryId: string): Promise<ChainVerdict> {
  const rows = await db.$queryRaw<(Omit<StoredEvent, "createdAt"> & { createdAt: Date | string; predecessorHash: string | null })[]>`
    SELECT e.id, e.trajectoryId, e.actorId, e.action, e.entity, e.entityId, e.before, e.after, e.createdAt, e.prevHash, e.hash,
      (SELECT p.hash FROM AuditEvent p WHERE p.id < e.id ORDER BY p.id DESC LIMIT 1) AS predecessorHash
    FROM AuditEvent e WHERE e.trajectoryId = ${trajectoryId} ORDER BY e.id`;
  let unsealed = 0;
  for (const [index, row] of rows.entries()) {
    const event: StoredEvent = { ...row, id: Number(row.id), createdAt: new Date(row.createdAt) };
    const verdict = verifyEvents([event], row.predecessorHash, row.predecessorHash !== null);
    if (!verdict.ok) return { ...verdict, checked: index + 1 };
    unsealed += verdict.unsealed;
  }
  return { ok: true, checked: rows.length, unsealed };
}
