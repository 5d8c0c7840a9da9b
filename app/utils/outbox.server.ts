import type { AccountMessageBody } from "~/domain/notification-templates";
import { linkDelivery, type LinkDelivery, type TransportName } from "~/domain/notifications";
import type { Tx } from "./audit.server";
import { db } from "./db.server";
import { configuredTransport } from "./mail-transport.server";

// Account messages in the outbox: a message is written in the same transaction as what caused
// it, and the delivery worker (app/models/outbox-delivery.server.ts) sends it. While it has not
// reached the person by a transport that leaves the building (SMTP, Notify API) — pending,
// failed, or only kept by the embedded outbox — the administrator or inviting inspector sees the
// link to hand it over in person.

export const OUTBOX_KINDS = ["account.invitation", "account.reset"] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** Messages whose link may still need handing over: not withdrawn, not delivered by real mail. */
const HAND_OVER = { OR: [{ status: { in: ["PENDING", "FAILED"] } }, { status: "SENT", transport: "embedded" }] };

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
    where: { userId, status: { in: ["PENDING", "FAILED"] }, kind: { in: [...OUTBOX_KINDS] } },
    data: { status: "WITHDRAWN", body: "{}" },
  });
  // A delivered one stays SENT (it was sent), but the database keeps no working link.
  await tx.outboxMessage.updateMany({ where: { userId, status: "SENT", kind: { in: [...OUTBOX_KINDS] } }, data: { body: "{}" } });
}

/** What really happens to the link with the transport the settings configure (the notice says so). */
function delivery(status: string): { transport: TransportName; delivery: LinkDelivery } {
  const transport = configuredTransport();
  return { transport, delivery: linkDelivery(transport, status) };
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
    where: { id: messageId, kind: { in: [...OUTBOX_KINDS] }, ...HAND_OVER, ...(viewer.isAdmin ? {} : { createdById: viewer.id }) },
    select: { id: true, kind: true, recipient: true, body: true, createdAt: true, status: true },
  });
  if (!row) return null;
  const body = parseBody(row.body);
  return body ? { id: row.id, kind: row.kind, recipient: row.recipient, createdAt: row.createdAt, ...body, ...delivery(row.status) } : null;
}

/** Pending account messages about one user (for the administrator's user page). */
export async function pendingMessagesAbout(userId: string) {
  const rows = await db.outboxMessage.findMany({
    where: { userId, kind: { in: [...OUTBOX_KINDS] }, ...HAND_OVER },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, recipient: true, body: true, createdAt: true, status: true },
  });
  return rows.flatMap((row) => {
    const body = parseBody(row.body);
    return body ? [{ id: row.id, kind: row.kind, recipient: row.recipient, createdAt: row.createdAt, ...body, ...delivery(row.status) }] : [];
  });
}
