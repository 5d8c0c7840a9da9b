import { randomBytes } from "node:crypto";
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
  type ThemeNotificationKind,
  type TrajectoryNotificationKind,
} from "~/domain/notifications";
import type { NotificationMessageBody } from "~/domain/notification-templates";
import { Prisma } from "~/generated/prisma/client";
import { isLocale, type Locale } from "~/i18n";
import type { Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { dialect, sqlTime } from "~/utils/sql/dialect.server";

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

/** A user with their preference as one flat row (from SQL; the preference columns null when none is kept). */
interface RecipientRow {
  id: string;
  email: string;
  name: string;
  locale: string | null;
  mode: string | null;
  mutedKinds: string | null;
}

function fromRow(row: RecipientRow): Recipient {
  const preference = row.locale === null ? null : { locale: row.locale, mode: row.mode ?? "IMMEDIATE", mutedKinds: row.mutedKinds ?? "[]" };
  return { id: row.id, email: row.email, name: row.name, ...toPreference(preference) };
}

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

/** One notification to write: to whom, about which trajectory (if any), with which parameters. */
interface Entry {
  recipient: Recipient;
  trajectoryId: string | null;
  params: NotificationParams;
}

const BULK_ROWS = 100;
const newId = (prefix: string) => `${prefix}${randomBytes(12).toString("hex")}`;

/**
 * Writes the notifications of one event and, for those who want it at once, their e-mails: two
 * bulk inserts whatever the number of recipients (a theme's request reaches thousands of users).
 * The actor and those who switched the kind off are left out.
 */
async function writeNotifications(tx: Tx, kind: NotificationKind, actorId: string | null, entries: readonly Entry[]): Promise<number> {
  const messages = [];
  const notifications = [];
  for (const { recipient, trajectoryId, params } of entries) {
    if (recipient.id === actorId || !wantsKind(recipient.preference, kind)) continue;
    let outboxMessageId: string | null = null;
    if (mailsImmediately(recipient.preference, kind)) {
      const body: NotificationMessageBody = { name: recipient.name, items: [{ kind, params }] };
      outboxMessageId = newId("om");
      messages.push({ id: outboxMessageId, recipient: recipient.email, body: JSON.stringify(body), userId: recipient.id, createdById: actorId, locale: recipient.locale });
    }
    notifications.push({ id: newId("nt"), userId: recipient.id, kind, trajectoryId, params: JSON.stringify(params), outboxMessageId });
  }
  // Multi-row INSERTs in chunks (Prisma's createMany took seconds for a sector's thousands),
  // each statement well below SQLite's limit of bound parameters. The DateTime text is the form
  // Prisma itself writes in SQLite (PostgreSQL casts it: dialect.instantParam).
  const created = sqlTime(new Date());
  for (let i = 0; i < messages.length; i += BULK_ROWS) {
    const rows = messages.slice(i, i + BULK_ROWS).map((m) => Prisma.sql`(${m.id}, 'notification', ${m.recipient}, ${m.body}, ${m.userId}, ${m.createdById}, 'PENDING', ${dialect.instantParam(created)}, ${m.locale}, 0)`);
    await tx.$executeRaw`INSERT INTO "OutboxMessage" (id, kind, recipient, body, userId, createdById, status, createdAt, locale, attempts) VALUES ${Prisma.join(rows)}`;
  }
  for (let i = 0; i < notifications.length; i += BULK_ROWS) {
    const rows = notifications.slice(i, i + BULK_ROWS).map((n) => Prisma.sql`(${n.id}, ${n.userId}, ${n.kind}, ${n.trajectoryId}, ${n.params}, ${dialect.instantParam(created)}, ${n.outboxMessageId})`);
    await tx.$executeRaw`INSERT INTO "Notification" (id, userId, kind, trajectoryId, params, createdAt, outboxMessageId) VALUES ${Prisma.join(rows)}`;
  }
  return notifications.length;
}

/** Writes the notification for each recipient, and the e-mail for those who want it at once. */
export async function notifyUsers(
  tx: Tx,
  input: { kind: NotificationKind; trajectoryId: string | null; actorId: string | null; params: NotificationParams; recipients: readonly Recipient[] },
): Promise<number> {
  return writeNotifications(
    tx,
    input.kind,
    input.actorId,
    input.recipients.map((recipient) => ({ recipient, trajectoryId: input.trajectoryId, params: input.params })),
  );
}

/**
 * Tells whom an event on a trajectory concerns (AUDIENCES), never the person who caused it.
 * `params` need not carry the trajectory's reference: it is read here, inside the transaction.
 */
export async function notify(
  tx: Tx,
  event: { kind: TrajectoryNotificationKind; trajectoryId: string; actorId: string | null; params: Omit<NotificationParams, "reference">; audiences?: readonly Audience[] },
): Promise<number> {
  const trajectory = await tx.trajectory.findUniqueOrThrow({
    where: { id: event.trajectoryId },
    select: { reference: true, organisationId: true, leadInspectorId: true, members: { select: { userId: true } } },
  });
  const recipients = await audienceOf(tx, { ...trajectory, memberIds: trajectory.members.map((m) => m.userId) }, event.audiences ?? AUDIENCES[event.kind]);
  return notifyUsers(tx, { kind: event.kind, trajectoryId: event.trajectoryId, actorId: event.actorId, params: { ...event.params, reference: trajectory.reference }, recipients });
}

/**
 * An event on a trajectory told to its inspectors on their page and to its organisation on a
 * page the organisation may open (the inspectorate's pages answer it 403), with the same facts.
 */
export async function notifyBothSides(
  tx: Tx,
  event: { kind: TrajectoryNotificationKind; trajectoryId: string; actorId: string | null; params: Omit<NotificationParams, "reference" | "path">; inspectorPath: string; organisation: boolean },
): Promise<void> {
  const { kind, trajectoryId, actorId, params } = event;
  await notify(tx, { kind, trajectoryId, actorId, params: { ...params, path: event.inspectorPath }, audiences: ["inspectors"] });
  if (event.organisation) await notify(tx, { kind, trajectoryId, actorId, params: { ...params, path: `/trajecten/${trajectoryId}` }, audiences: ["organisation"] });
}

/**
 * Tells whom an event on a theme's information request concerns. The organisation's side: the
 * active users of each recipient organisation, each about its own request only (the link is its
 * own recipient page). The inspectorate's side: the theme's lead inspector and team.
 */
export async function notifyTheme(
  tx: Tx,
  event: { kind: ThemeNotificationKind; themeId: string; actorId: string | null; params: Omit<NotificationParams, "reference" | "path">; recipientIds?: readonly string[] },
): Promise<number> {
  const theme = await tx.theme.findUniqueOrThrow({ where: { id: event.themeId }, select: { title: true, leadInspectorId: true, members: { select: { userId: true } } } });
  const params = { ...event.params, reference: theme.title, title: theme.title };
  if (AUDIENCES[event.kind].includes("organisation")) {
    // One statement for all the users of all the recipient organisations, even a whole sector
    // (a nested select would bind one parameter per organisation, past SQLite's limit).
    const rows = await tx.$queryRaw<(RecipientRow & { recipientId: string })[]>`
      SELECT r.id AS recipientId, u.id, u.email, u.name, p.locale, p.mode, p.mutedKinds
      FROM "ThemeRecipient" r
      JOIN "Organisation" o ON o.id = r.organisationId AND o.active = TRUE
      JOIN "User" u ON u.organisationId = o.id AND u.active = TRUE AND u.role = 'ORGANISATION'
      LEFT JOIN "NotificationPreference" p ON p.userId = u.id
      WHERE r.themeId = ${event.themeId}
        ${event.recipientIds ? Prisma.sql`AND r.id IN (${dialect.valuesOfJsonArray(JSON.stringify(event.recipientIds))})` : Prisma.empty}
      ORDER BY r.id, u.id`;
    const entries = rows.map((row) => ({ recipient: fromRow(row), trajectoryId: null, params: { ...params, path: `/uitvragen/${row.recipientId}` } }));
    return writeNotifications(tx, event.kind, event.actorId, entries);
  }
  // The inspectorate's side: about one recipient (the organisation that answered or asks for time).
  const [recipientId] = event.recipientIds ?? [];
  const users = await tx.user.findMany({
    where: { active: true, id: { in: [theme.leadInspectorId, ...theme.members.map((m) => m.userId)] }, role: { in: ["INSPECTOR", "MANAGER"] } },
    orderBy: { id: "asc" },
    select: recipientSelect,
  });
  const about = recipientId ? await tx.themeRecipient.findFirst({ where: { id: recipientId, themeId: event.themeId }, select: { organisation: { select: { name: true } } } }) : null;
  const path = recipientId ? `/uitvragen/${recipientId}` : `/themas/${event.themeId}`;
  const told = { ...params, ...(about ? { organisation: about.organisation.name } : {}), path };
  return writeNotifications(tx, event.kind, event.actorId, users.map((user) => ({ recipient: toRecipient(user), trajectoryId: null, params: told })));
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
