import {
  AUDIENCES,
  DEFAULT_PREFERENCE,
  MODES,
  isEssential,
  isNotificationKind,
  mailsImmediately,
  parseMutedKinds,
  wantsKind,
  type Audience,
  type NotificationKind,
  type NotificationMode,
  type NotificationParams,
  type Preference,
} from "~/domain/notifications";
import type { NotificationMessageBody } from "~/domain/notification-templates";
import { isLocale, type Locale } from "~/i18n";
import type { Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

// Notifications are written in the transaction of the change that causes them (the
// transactional outbox): a rolled-back change tells nobody, a committed one is never forgotten.
// One Notification row per recipient (their inbox) and, for those who want it at once, one
// OutboxMessage that the delivery worker sends (app/models/outbox-delivery.server.ts).

export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  preference: Preference;
}

interface PreferenceRow {
  locale: string;
  mode: string;
  mutedKinds: string;
}

export function toPreference(row: PreferenceRow | null | undefined): { locale: Locale; preference: Preference } {
  if (!row) return { locale: "nl", preference: DEFAULT_PREFERENCE };
  const mode = (MODES as readonly string[]).includes(row.mode) ? (row.mode as NotificationMode) : "IMMEDIATE";
  return { locale: isLocale(row.locale) ? row.locale : "nl", preference: { mode, mutedKinds: parseMutedKinds(row.mutedKinds) } };
}

const recipientSelect = {
  id: true,
  email: true,
  name: true,
  notificationPreference: { select: { locale: true, mode: true, mutedKinds: true } },
} as const;

function toRecipient(row: { id: string; email: string; name: string; notificationPreference: PreferenceRow | null }): Recipient {
  return { id: row.id, email: row.email, name: row.name, ...toPreference(row.notificationPreference) };
}

/**
 * The active people an event on this trajectory concerns. Organisation users only ever of the
 * trajectory's own organisation (and only while it is active): nobody hears of another's.
 */
async function audienceOf(tx: Tx, trajectory: { organisationId: string; leadInspectorId: string; memberIds: string[] }, audiences: readonly Audience[]) {
  const or = [];
  if (audiences.includes("organisation")) or.push({ role: "ORGANISATION", organisationId: trajectory.organisationId, organisation: { active: true } });
  if (audiences.includes("inspectors")) or.push({ id: { in: [trajectory.leadInspectorId, ...trajectory.memberIds] }, role: { in: ["INSPECTOR", "MANAGER"] } });
  if (audiences.includes("managers")) or.push({ role: "MANAGER" });
  if (or.length === 0) return [];
  const rows = await tx.user.findMany({ where: { active: true, OR: or }, orderBy: { id: "asc" }, select: recipientSelect });
  return rows.map(toRecipient);
}

/** Writes the notification for each recipient, and the e-mail for those who want it at once. */
export async function notifyUsers(
  tx: Tx,
  input: { kind: NotificationKind; trajectoryId: string | null; actorId: string | null; params: NotificationParams; recipients: readonly Recipient[] },
): Promise<number> {
  let written = 0;
  for (const recipient of input.recipients) {
    if (recipient.id === input.actorId || !wantsKind(recipient.preference, input.kind)) continue;
    let outboxMessageId: string | null = null;
    if (mailsImmediately(recipient.preference, input.kind)) {
      const body: NotificationMessageBody = { name: recipient.name, items: [{ kind: input.kind, params: input.params }] };
      const message = await tx.outboxMessage.create({
        data: { kind: "notification", recipient: recipient.email, body: JSON.stringify(body), userId: recipient.id, createdById: input.actorId, locale: recipient.locale },
        select: { id: true },
      });
      outboxMessageId = message.id;
    }
    await tx.notification.create({
      data: { userId: recipient.id, kind: input.kind, trajectoryId: input.trajectoryId, params: JSON.stringify(input.params), outboxMessageId },
      select: { id: true },
    });
    written++;
  }
  return written;
}

/**
 * Tells whom an event on a trajectory concerns (AUDIENCES), never the person who caused it.
 * `params` need not carry the trajectory's reference: it is read here, inside the transaction.
 */
export async function notify(
  tx: Tx,
  event: { kind: Exclude<NotificationKind, "deadline.reminder">; trajectoryId: string; actorId: string | null; params: Omit<NotificationParams, "reference">; audiences?: readonly Audience[] },
): Promise<number> {
  const trajectory = await tx.trajectory.findUniqueOrThrow({
    where: { id: event.trajectoryId },
    select: { reference: true, organisationId: true, leadInspectorId: true, members: { select: { userId: true } } },
  });
  const recipients = await audienceOf(tx, { ...trajectory, memberIds: trajectory.members.map((m) => m.userId) }, event.audiences ?? AUDIENCES[event.kind]);
  return notifyUsers(tx, { kind: event.kind, trajectoryId: event.trajectoryId, actorId: event.actorId, params: { ...event.params, reference: trajectory.reference }, recipients });
}

export async function recipientsById(ids: readonly string[]): Promise<Recipient[]> {
  const rows = await db.user.findMany({ where: { id: { in: [...ids] }, active: true }, select: recipientSelect });
  return rows.map(toRecipient);
}

/**
 * A manager's decision: the lead and team always; the organisation only of an approval (a
 * returned proposal is the inspectorate's internal deliberation, on pages it cannot open).
 */
export async function notifyDecision(
  tx: Tx,
  input: { trajectoryId: string; actorId: string; decisionId: string; decision: "APPROVED" | "RETURNED"; outcome: "LIFT" | "EXTEND" | "ESCALATE" },
): Promise<void> {
  const params = { decision: input.decision, outcome: input.outcome };
  const base = `/trajecten/${input.trajectoryId}`;
  await notify(tx, { kind: "decision.taken", trajectoryId: input.trajectoryId, actorId: input.actorId, params: { ...params, path: `${base}/afsluiting` }, audiences: ["inspectors"] });
  if (input.decision === "APPROVED") {
    await notify(tx, { kind: "decision.taken", trajectoryId: input.trajectoryId, actorId: input.actorId, params: { ...params, path: base }, audiences: ["organisation"] });
  }
}

// The in-app inbox. An organisation user sees notifications about their own organisation's
// trajectories only, also after moving to another organisation (the query says so, not a check).

async function inboxWhere(user: { id: string; role: string; organisationId: string | null }) {
  if (user.role !== "ORGANISATION") return { userId: user.id };
  const own = await db.trajectory.findMany({ where: { organisationId: user.organisationId ?? "-" }, select: { id: true } });
  return { userId: user.id, OR: [{ trajectoryId: null }, { trajectoryId: { in: own.map((t) => t.id) } }] };
}

export async function unreadCount(user: { id: string; role: string; organisationId: string | null }): Promise<number> {
  return db.notification.count({ where: { ...(await inboxWhere(user)), readAt: null } });
}

export async function listInbox(user: { id: string; role: string; organisationId: string | null }, page: { skip: number; take: number }) {
  const where = await inboxWhere(user);
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, kind: true, params: true, createdAt: true, readAt: true },
    }),
  ]);
  return {
    total,
    rows: rows.flatMap((row) => {
      const params = parseParams(row.params);
      return params && isNotificationKind(row.kind) ? [{ id: row.id, kind: row.kind, params, createdAt: row.createdAt, read: row.readAt !== null }] : [];
    }),
  };
}

function parseParams(json: string): NotificationParams | null {
  try {
    const value = JSON.parse(json) as NotificationParams;
    return typeof value.path === "string" && value.path.startsWith("/") ? value : null;
  } catch {
    return null;
  }
}

/** Marks one of the user's notifications read and returns where it leads; null when not theirs. */
export async function openNotification(user: { id: string; role: string; organisationId: string | null }, id: string): Promise<string | null> {
  const row = await db.notification.findFirst({ where: { id, ...(await inboxWhere(user)) }, select: { id: true, params: true, readAt: true } });
  if (!row) return null;
  if (!row.readAt) await db.notification.update({ where: { id: row.id }, data: { readAt: new Date() }, select: { id: true } });
  return parseParams(row.params)?.path ?? "/meldingen";
}

export async function markAllRead(user: { id: string }): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}

export async function getPreference(userId: string): Promise<{ locale: Locale; preference: Preference }> {
  return toPreference(await db.notificationPreference.findUnique({ where: { userId }, select: { locale: true, mode: true, mutedKinds: true } }));
}

export async function savePreference(userId: string, input: { mode: NotificationMode; mutedKinds: readonly NotificationKind[] }): Promise<void> {
  const data = { mode: input.mode, mutedKinds: JSON.stringify(input.mutedKinds.filter((kind) => !isEssential(kind))) };
  await db.notificationPreference.upsert({ where: { userId }, create: { userId, ...data }, update: data, select: { userId: true } });
}

/** The language the user last chose in the app: their messages are written in it. */
export async function rememberLocale(userId: string, locale: Locale): Promise<void> {
  await db.notificationPreference.upsert({ where: { userId }, create: { userId, locale }, update: { locale }, select: { userId: true } });
}
