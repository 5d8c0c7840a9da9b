import { digestKey, reminderDates, reminderWindow, type NotificationParams, type ReminderItem } from "~/domain/notifications";
import type { NotificationItem, NotificationMessageBody } from "~/domain/notification-templates";
import type { DueKind } from "~/domain/deadlines";
import type { Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { todayIso } from "~/domain/dates";
import { reminderDueItems } from "./deadline.server";
import { claimJobRun, forgetJobRuns, hourPeriod } from "./job-run.server";
import { toPreference, type Recipient } from "./notification.server";

// The daily reminder run (hourly in the server, `npm run reminders` for cron): items due in 14
// and 3 days and overdue ones, to whoever must act, and for users who chose a daily digest the
// notifications collected since their last one — at most one digest per user per day. The
// digest's unique key (user + day) makes the run idempotent across restarts and instances: a
// second run, here or on another machine, finds the key taken and writes nothing.

/** Who must act on each kind: the organisation on its obligations, the inspectors on the term. */
const ACTS: Record<DueKind, "organisation" | "inspectors"> = {
  trajectory: "inspectors",
  measure: "organisation",
  report: "organisation",
  followUp: "organisation",
  plan: "organisation",
  response: "organisation",
  // The organisation must comply by the measure's deadline; a compliance check is the
  // inspectors' to carry out (and may be an unannounced visit: never told to the organisation).
  enforcement: "organisation",
  complianceCheck: "inspectors",
};

export interface ReminderRun {
  items: number;
  digests: number;
  /** Users whose digest of the day already existed. */
  skipped: number;
}

const userSelect = { id: true, email: true, name: true, organisationId: true, notificationPreference: { select: { locale: true, mode: true, mutedKinds: true } } } as const;

export async function runReminders(today: string): Promise<ReminderRun> {
  const due = await reminderDueItems(today, reminderDates(today));
  const organisationIds = [...new Set(due.filter((i) => ACTS[i.kind] === "organisation").map((i) => i.organisationId))];
  const termTrajectories = [...new Set(due.filter((i) => ACTS[i.kind] === "inspectors").map((i) => i.trajectoryId))];
  const [orgUsers, members, waiting] = await Promise.all([
    db.user.findMany({ where: { active: true, role: "ORGANISATION", organisationId: { in: organisationIds }, organisation: { active: true } }, select: userSelect }),
    db.trajectoryMember.findMany({ where: { trajectoryId: { in: termTrajectories } }, select: { trajectoryId: true, userId: true } }),
    // Notifications waiting for a digest (their users chose one; the others were e-mailed at once).
    db.notification.findMany({ where: { outboxMessageId: null, kind: { not: "deadline.reminder" } }, orderBy: { createdAt: "asc" }, select: { id: true, userId: true, kind: true, params: true } }),
  ]);
  const inspectorIds = new Set([...due.filter((i) => ACTS[i.kind] === "inspectors").map((i) => i.leadInspectorId), ...members.map((m) => m.userId)]);
  const inspectors = await db.user.findMany({ where: { active: true, id: { in: [...inspectorIds] } }, select: userSelect });
  const waitingUsers = await db.user.findMany({ where: { active: true, id: { in: [...new Set(waiting.map((n) => n.userId))] } }, select: userSelect });

  const people = new Map<string, Recipient>();
  for (const user of [...orgUsers, ...inspectors, ...waitingUsers]) people.set(user.id, { id: user.id, email: user.email, name: user.name, ...toPreference(user.notificationPreference) });
  const reminders = new Map<string, ReminderItem[]>();
  const add = (userId: string, item: ReminderItem) => {
    const list = reminders.get(userId);
    if (list) list.push(item);
    else reminders.set(userId, [item]);
  };
  const usersOf = groupBy(orgUsers, (user) => user.organisationId ?? "");
  const teamOf = groupBy(members, (member) => member.trajectoryId);
  for (const item of due) {
    const window = reminderWindow(item.dueDate, today);
    if (!window) continue;
    const reminder: ReminderItem = { kind: item.kind, title: item.title, dueDate: item.dueDate, reference: item.reference, trajectoryId: item.trajectoryId, window };
    if (ACTS[item.kind] === "organisation") {
      for (const user of usersOf.get(item.organisationId) ?? []) add(user.id, reminder);
    } else {
      const team = new Set([item.leadInspectorId, ...(teamOf.get(item.trajectoryId) ?? []).map((m) => m.userId)]);
      for (const userId of team) if (people.has(userId)) add(userId, reminder);
    }
  }
  const digestWaiting = groupBy(
    waiting.filter((n) => people.get(n.userId)?.preference.mode === "DIGEST"),
    (n) => n.userId,
  );

  const run: ReminderRun = { items: due.length, digests: 0, skipped: 0 };
  const recipients = [...new Set([...reminders.keys(), ...digestWaiting.keys()])].flatMap((id) => people.get(id) ?? []);
  // Digests already written today (an earlier run, another instance) are skipped without a write.
  const done = await existingKeys(recipients.map((person) => digestKey(person.id, today)));
  const todo = recipients.filter((person) => !done.has(digestKey(person.id, today)));
  run.skipped = recipients.length - todo.length;
  for (let i = 0; i < todo.length; i += CHUNK) {
    const chunk = todo.slice(i, i + CHUNK);
    const digests = chunk.map((person) => digestFor(person, today, reminders.get(person.id) ?? [], digestWaiting.get(person.id) ?? []));
    try {
      // Many users per transaction: a transaction costs more than its few inserts.
      await db.$transaction(async (tx) => {
        for (const digest of digests) await writeDigest(tx, digest);
      });
      run.digests += chunk.length;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another instance wrote some of these meanwhile: one by one, each key at most once.
      for (const digest of digests) {
        try {
          await db.$transaction((tx) => writeDigest(tx, digest));
          run.digests++;
        } catch (single) {
          if (!isUniqueViolation(single)) throw single;
          run.skipped++;
        }
      }
    }
  }
  return run;
}

const CHUNK = 200;

/**
 * The server's hourly reminder run: once per hour across every app server on the database (the
 * hour's JobRun row), null on the servers that find it taken. Claims older than a week are forgotten.
 */
export async function scheduledReminderRun(now: Date, runner: string): Promise<ReminderRun | null> {
  if (!(await claimJobRun("reminders", hourPeriod(now), runner))) return null;
  await forgetJobRuns("reminders", hourPeriod(new Date(now.getTime() - 7 * 24 * 3600_000)));
  return runReminders(todayIso(now));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

async function existingKeys(keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db.outboxMessage.findMany({ where: { dedupeKey: { in: keys.slice(i, i + 500) } }, select: { dedupeKey: true } });
    for (const row of rows) if (row.dedupeKey) found.add(row.dedupeKey);
  }
  return found;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

interface Digest {
  person: Recipient;
  today: string;
  reminderParams: NotificationParams | null;
  body: NotificationMessageBody;
  waitingIds: string[];
}

function digestFor(person: Recipient, today: string, reminders: ReminderItem[], waiting: { id: string; kind: string; params: string }[]): Digest {
  const reminderParams = reminders.length > 0 ? { reference: "", path: "/termijnen", items: reminders } : null;
  const items: NotificationItem[] = [
    ...(reminderParams ? [{ kind: "deadline.reminder" as const, params: reminderParams }] : []),
    ...waiting.map((n) => ({ kind: n.kind, params: JSON.parse(n.params) }) as NotificationItem),
  ];
  return { person, today, reminderParams, body: { name: person.name, day: today, items }, waitingIds: waiting.map((n) => n.id) };
}

/** One user's digest of the day: the e-mail (unique per user and day), its inbox entry, and the waiting notifications it carries. */
async function writeDigest(tx: Tx, digest: Digest): Promise<void> {
  const { person } = digest;
  const message = await tx.outboxMessage.create({
    data: { kind: "digest", dedupeKey: digestKey(person.id, digest.today), recipient: person.email, userId: person.id, locale: person.locale, body: JSON.stringify(digest.body) },
    select: { id: true },
  });
  if (digest.reminderParams) {
    await tx.notification.create({ data: { userId: person.id, kind: "deadline.reminder", params: JSON.stringify(digest.reminderParams), outboxMessageId: message.id }, select: { id: true } });
  }
  if (digest.waitingIds.length > 0) await tx.notification.updateMany({ where: { id: { in: digest.waitingIds }, outboxMessageId: null }, data: { outboxMessageId: message.id } });
}
