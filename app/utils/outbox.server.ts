import type { Tx } from "./audit.server";
import { db } from "./db.server";

// The notification outbox: a message is written in the same transaction as what caused it,
// and a mail transport (the notifications issue) delivers PENDING messages and marks them
// SENT. No transport is configured yet, so account messages are shown to whoever caused them
// — the administrator or inspector who invited someone — to hand the link over in person.

export const OUTBOX_KINDS = ["account.invitation", "account.reset"] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface AccountMessageBody {
  name: string;
  link: string;
  expiresAt: string;
}

/** Whether messages leave the building by themselves; false until a mail transport exists. */
export const MAIL_TRANSPORT_CONFIGURED = false;

export async function enqueueMessage(
  tx: Tx,
  message: { kind: OutboxKind; recipient: string; body: AccountMessageBody; userId: string; createdById: string | null },
): Promise<string> {
  const row = await tx.outboxMessage.create({
    data: { kind: message.kind, recipient: message.recipient, body: JSON.stringify(message.body), userId: message.userId, createdById: message.createdById },
    select: { id: true },
  });
  return row.id;
}

/**
 * Account messages for this user that nobody has delivered and whose link still works.
 * Once a link is used or replaced its message is WITHDRAWN and its body (the link) erased:
 * the database then holds no working link, only the token's hash.
 */
export async function withdrawAccountMessages(tx: Tx, userId: string): Promise<void> {
  await tx.outboxMessage.updateMany({
    where: { userId, status: "PENDING", kind: { in: [...OUTBOX_KINDS] } },
    data: { status: "WITHDRAWN", body: "{}" },
  });
}

function parseBody(body: string): AccountMessageBody | null {
  try {
    const value = JSON.parse(body) as Partial<AccountMessageBody>;
    return typeof value.link === "string" && typeof value.name === "string" && typeof value.expiresAt === "string"
      ? { name: value.name, link: value.link, expiresAt: value.expiresAt }
      : null;
  } catch {
    return null;
  }
}

/** A pending account message, for the person who caused it or an administrator; null otherwise. */
export async function pendingMessageFor(viewer: { id: string; isAdmin: boolean }, messageId: string) {
  const row = await db.outboxMessage.findFirst({
    where: { id: messageId, status: "PENDING", ...(viewer.isAdmin ? {} : { createdById: viewer.id }) },
    select: { id: true, kind: true, recipient: true, body: true, createdAt: true },
  });
  if (!row) return null;
  const body = parseBody(row.body);
  return body ? { id: row.id, kind: row.kind, recipient: row.recipient, createdAt: row.createdAt, ...body } : null;
}

/** Pending account messages about one user (for the administrator's user page). */
export async function pendingMessagesAbout(userId: string) {
  const rows = await db.outboxMessage.findMany({
    where: { userId, status: "PENDING" },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, recipient: true, body: true, createdAt: true },
  });
  return rows.flatMap((row) => {
    const body = parseBody(row.body);
    return body ? [{ id: row.id, kind: row.kind, recipient: row.recipient, createdAt: row.createdAt, ...body }] : [];
  });
}
