import { afterFailure } from "~/domain/notifications";
import { OUTBOX_MESSAGE_KINDS, PREFERENCES_PATH, renderMessage, type OutboxMessageKind } from "~/domain/notification-templates";
import { isLocale } from "~/i18n";
import { db } from "~/utils/db.server";
import { TransportError, type Transport } from "~/utils/mail-transport.server";
import { dialect, sqlTime } from "~/utils/sql/dialect.server";

// The delivery worker. A message is claimed with a lease (one UPDATE … RETURNING: of two workers
// exactly one wins; on PostgreSQL with SKIP LOCKED, so servers claim different messages at
// once), delivered with its id as idempotency key, and marked SENT only by the worker that
// still holds the lease. A worker that dies mid-delivery (kill -9) leaves a lease
// that expires; the next worker takes the message over, so nothing is lost. See
// docs/decisions/012-notifications.md for what "exactly once" rests on per transport.

export interface DeliveryOptions {
  transport: Transport;
  workerId: string;
  appUrl: string;
  leaseMs: number;
  /** At most this many messages per run (the worker runs again soon after). */
  batch?: number;
  now?: () => Date;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

/** Claims the oldest deliverable message for this worker in one statement, or null when none is due. */
async function claimNext(workerId: string, now: Date, leaseMs: number): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>(dialect.claimOutboxMessage(workerId, sqlTime(now), sqlTime(new Date(now.getTime() + leaseMs))));
  return rows[0]?.id ?? null;
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

/** Delivers what is due, one message at a time, until none is left or the batch is full. */
export async function deliverDue(options: DeliveryOptions): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (let i = 0; i < (options.batch ?? 50); i++) {
    const id = await claimNext(options.workerId, now(), options.leaseMs);
    if (!id) break;
    const message = await db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { id: true, kind: true, recipient: true, body: true, locale: true, attempts: true } });
    const held = { id, leaseOwner: options.workerId, status: "PENDING" };
    try {
      const kind = message.kind as OutboxMessageKind;
      const body = parseBody(message.body);
      if (!(OUTBOX_MESSAGE_KINDS as readonly string[]).includes(kind) || !body) throw new TransportError(`Unreadable message of kind ${message.kind}`, true);
      const locale = isLocale(message.locale) ? message.locale : "nl";
      const rendered = renderMessage({ kind, body: body as never }, locale, options.appUrl);
      const isAccount = kind === "account.invitation" || kind === "account.reset";
      await options.transport.send({
        idempotencyKey: message.id,
        to: message.recipient,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        date: now(),
        locale,
        unsubscribeUrl: isAccount ? undefined : `${options.appUrl}${PREFERENCES_PATH}`,
      });
      const { count } = await db.outboxMessage.updateMany({
        where: held,
        data: { status: "SENT", sentAt: now(), transport: options.transport.name, leaseOwner: null, leaseUntil: null, lastError: null },
      });
      if (count === 1) report.sent++;
    } catch (error) {
      const permanent = error instanceof TransportError ? error.permanent : false;
      const next = afterFailure(message.attempts, permanent, now());
      await db.outboxMessage.updateMany({
        where: held,
        data: {
          ...next,
          leaseOwner: null,
          leaseUntil: null,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
        },
      });
      if (next.status === "FAILED") report.failed++;
      else report.retrying++;
    }
  }
  return report;
}

/** An administrator's "retry" of a failed message: it is due again, with a fresh count. */
export async function retryMessage(messageId: string): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id: messageId, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: null, lastError: null },
  });
  return count === 1;
}

export const OUTBOX_VIEW_STATUSES = ["SENT", "FAILED", "PENDING"] as const;
export type OutboxViewStatus = (typeof OUTBOX_VIEW_STATUSES)[number];

/** One page of the outbox for administrators: recipient, kind, state; never a message's links. */
export async function listOutbox(status: OutboxViewStatus, page: { skip: number; take: number }) {
  const where = { status };
  const [total, rows] = await Promise.all([
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, kind: true, recipient: true, locale: true, createdAt: true, sentAt: true, attempts: true, lastError: true, transport: true, nextAttemptAt: true },
    }),
  ]);
  return { total, rows };
}

/** A message rendered as it was (or will be) sent, for the administrator's "sent messages" view. */
export async function renderedOutboxMessage(messageId: string, appUrl: string) {
  const row = await db.outboxMessage.findUnique({
    where: { id: messageId },
    select: { id: true, kind: true, recipient: true, body: true, locale: true, status: true, createdAt: true, sentAt: true, transport: true, attempts: true, lastError: true },
  });
  if (!row || !(OUTBOX_MESSAGE_KINDS as readonly string[]).includes(row.kind)) return null;
  const body = parseBody(row.body);
  // A withdrawn account message has had its link erased: there is nothing left to show.
  if (!body || row.status === "WITHDRAWN") return { ...row, body: undefined, rendered: null };
  const locale = isLocale(row.locale) ? row.locale : "nl";
  const rendered = renderMessage({ kind: row.kind as OutboxMessageKind, body: body as never }, locale, appUrl);
  return { ...row, body: undefined, rendered };
}
