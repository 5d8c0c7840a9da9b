import { digestKey, reminderDates, reminderWindow, type ReminderItem } from "~/domain/notifications";
import type { NotificationItem, NotificationMessageBody } from "~/domain/notification-templates";
import type { DueKind } from "~/domain/deadlines";
import { db } from "~/utils/db.server";
import { reminderDueItems } from "./deadline.server";
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
  const add = (userId: string, item: ReminderItem) => reminders.set(userId, [...(reminders.get(userId) ?? []), item]);
  for (const item of due) {
    const window = reminderWindow(item.dueDate, today);
    if (!window) continue;
    const reminder: ReminderItem = { kind: item.kind, title: item.title, dueDate: item.dueDate, reference: item.reference, trajectoryId: item.trajectoryId, window };
    if (ACTS[item.kind] === "organisation") {
      for (const user of orgUsers) if (user.organisationId === item.organisationId) add(user.id, reminder);
    } else {
      const team = new Set([item.leadInspectorId, ...members.filter((m) => m.trajectoryId === item.trajectoryId).map((m) => m.userId)]);
      for (const user of inspectors) if (team.has(user.id)) add(user.id, reminder);
    }
  }
  const digestWaiting = new Map<string, typeof waiting>();
  for (const n of waiting) if (people.get(n.userId)?.preference.mode === "DIGEST") digestWaiting.set(n.userId, [...(digestWaiting.get(n.userId) ?? []), n]);

  const run: ReminderRun = { items: due.length, digests: 0, skipped: 0 };
  for (const userId of new Set([...reminders.keys(), ...digestWaiting.keys()])) {
    const person = people.get(userId);
    if (!person) continue;
    const written = await writeDigest(person, today, reminders.get(userId) ?? [], digestWaiting.get(userId) ?? []);
    if (written) run.digests++;
    else run.skipped++;
  }
  return run;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** One user's digest of the day, in one transaction; false when that day's digest exists already. */
async function writeDigest(person: Recipient, today: string, reminders: ReminderItem[], waiting: { id: string; kind: string; params: string }[]): Promise<boolean> {
  const reminderParams = { reference: "", path: "/termijnen", items: reminders };
  const items: NotificationItem[] = [
    ...(reminders.length > 0 ? [{ kind: "deadline.reminder" as const, params: reminderParams }] : []),
    ...waiting.map((n) => ({ kind: n.kind, params: JSON.parse(n.params) }) as NotificationItem),
  ];
  const body: NotificationMessageBody = { name: person.name, day: today, items };
  try {
    await db.$transaction(async (tx) => {
      const message = await tx.outboxMessage.create({
        data: { kind: "digest", dedupeKey: digestKey(person.id, today), recipient: person.email, userId: person.id, locale: person.locale, body: JSON.stringify(body) },
        select: { id: true },
      });
      if (reminders.length > 0) {
        await tx.notification.create({ data: { userId: person.id, kind: "deadline.reminder", params: JSON.stringify(reminderParams), outboxMessageId: message.id }, select: { id: true } });
      }
      if (waiting.length > 0) await tx.notification.updateMany({ where: { id: { in: waiting.map((n) => n.id) }, outboxMessageId: null }, data: { outboxMessageId: message.id } });
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
