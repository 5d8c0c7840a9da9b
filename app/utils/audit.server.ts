import type { Prisma } from "~/generated/prisma/client";
import { auditHash } from "../../prisma/audit-chain";

/** A Prisma client or the transaction client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

export interface AuditInput {
  trajectoryId: string | null;
  /** null: the system itself, e.g. the command line creating the first administrator. */
  actorId: string | null;
  /** "<entity>.<verb>", e.g. "assessment.revised", "visit.recorded". */
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one audit event. Call it inside the same transaction as the change it records,
 * so a change and its audit event are written together or not at all.
 */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  // Inside the caller's write transaction, so no other event can slip in between reading the
  // chain's head and appending to it (SQLite has one writer at a time).
  const head = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const content = {
    trajectoryId: event.trajectoryId,
    actorId: event.actorId,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    before: event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === undefined ? null : JSON.stringify(event.after),
    createdAt: new Date(),
  };
  const prevHash = head?.hash ?? null;
  await tx.auditEvent.create({ data: { ...content, prevHash, hash: auditHash(prevHash, content) } });
}
