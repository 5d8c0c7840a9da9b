import { createHash } from "node:crypto";

// Tamper evidence for the audit trail: every event carries SHA-256 over the previous event's
// hash and its own content, so changing, inserting or removing an event anywhere breaks the
// link to every event after it. Triggers already refuse UPDATE and DELETE; the chain shows
// it when someone with the database file went around them.

export interface ChainedContent {
  trajectoryId: string | null;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
  createdAt: Date;
}

export function auditHash(prevHash: string | null, event: ChainedContent): string {
  const content = JSON.stringify([
    prevHash,
    event.trajectoryId,
    event.actorId,
    event.action,
    event.entity,
    event.entityId,
    event.before,
    event.after,
    event.createdAt.toISOString(),
  ]);
  return createHash("sha256").update(content).digest("hex");
}

/** Events in insertion order with their prevHash and hash filled in, continuing from `head`. */
export function seal<T extends ChainedContent>(head: string | null, events: readonly T[]): (T & { prevHash: string | null; hash: string })[] {
  let prev = head;
  return events.map((event) => {
    const hash = auditHash(prev, event);
    const sealed = { ...event, prevHash: prev, hash };
    prev = hash;
    return sealed;
  });
}

export interface StoredEvent extends ChainedContent {
  id: number;
  prevHash: string | null;
  hash: string | null;
}

export type ChainVerdict =
  | { ok: true; checked: number; unsealed: number }
  | { ok: false; checked: number; brokenAt: number; reason: "content" | "link" | "unsealed" };

/**
 * Walks events in id order. Events before the first sealed one predate the chain (counted as
 * unsealed); after it, every event must be sealed, link to its predecessor's hash and hash to
 * what it holds. `previousHash` is the hash of the event just before the first one given.
 */
export function verifyEvents(events: Iterable<StoredEvent>, previousHash: string | null = null, chainStarted = previousHash !== null): ChainVerdict {
  let checked = 0;
  let unsealed = 0;
  let prev = previousHash;
  let started = chainStarted;
  for (const event of events) {
    checked++;
    if (event.hash === null) {
      if (started) return { ok: false, checked, brokenAt: event.id, reason: "unsealed" };
      unsealed++;
      continue;
    }
    if (started && event.prevHash !== prev) return { ok: false, checked, brokenAt: event.id, reason: "link" };
    if (auditHash(event.prevHash, event) !== event.hash) return { ok: false, checked, brokenAt: event.id, reason: "content" };
    started = true;
    prev = event.hash;
  }
  return { ok: true, checked, unsealed };
}
