import { randomUUID } from "node:crypto";
import { digestKey, reminderDates, reminderWindow, type NotificationParams, type ReminderItem, type ReminderKind } from "~/domain/notifications";
import type { NotificationItem, NotificationMessageBody } from "~/domain/notification-templates";
import { todayIso } from "~/domain/dates";
import { UNANSWERED_STATUSES } from "~/domain/theme";
import { placeholders, readInWorker, writeInWorker, type DigestRow } from "~/utils/read-worker.server";
import { reminderDueItems } from "./deadline.server";
import { claimJobRun, forgetJobRuns, hourPeriod } from "./job-run.server";
import { toPreference, type Recipient } from "./notification.server";

// The daily reminder run (hourly in the server, `npm run reminders` for cron): items due in 14
// and 3 days and overdue ones, to whoever must act, and for users who chose a daily digest the
// notifications collected since their last one — at most one digest per user per day. The
// digest's unique key (user + day) makes the run idempotent across restarts and instances: a
// second run, here or on another machine, finds the key taken and writes nothing.
//
// It runs inside the server beside the requests, so it must not stall them (issue 13's bench:
// page p95 during a run within 1.2x of p95 without). Its reads and its inserts both run on the
// read worker's thread (decision 006), which has a connection of its own for the digests: the
// server's thread only groups items per person. The digests go in transactions of BATCH users
// with a pause between them, so a request's own write waits at most one short batch.

/** Who must act on each kind: the organisation on its obligations, the inspectors on the term. */
const ACTS: Record<ReminderKind, "organisation" | "inspectors"> = {
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
  // A theme's information request: the receiving organisation answers it.
  themeRequest: "organisation",
};

export interface ReminderRun {
  items: number;
  digests: number;
  /** Users whose digest of the day already existed. */
  skipped: number;
}

// The run's reads go to the read worker (decision 006): thousands of rows whose reading and
// mapping would otherwise hold the server's thread. Only committed rows matter here.
interface UserRow {
  id: string;
  email: string;
  name: string;
  organisationId: string | null;
  locale: string | null;
  mode: string | null;
  mutedKinds: string | null;
}
const USER_SELECT = `SELECT u.id, u.email, u.name, u.organisationId, p.locale, p.mode, p.mutedKinds
  FROM User u LEFT JOIN NotificationPreference p ON p.userId = u.id`;

function usersById(ids: readonly string[]): Promise<UserRow[]> {
  return inChunks(ids, (chunk) => readInWorker<UserRow>(`${USER_SELECT} WHERE u.active = TRUE AND u.id IN (${placeholders(chunk)})`, chunk));
}

/** One statement per 500 values bound to an IN list (SQLite limits the number of parameters). */
async function inChunks<T>(values: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < values.length; i += 500) rows.push(...(await read(values.slice(i, i + 500))));
  return rows;
}

export interface ReminderOptions {
  /** Digests per write transaction. */
  batch?: number;
  /** Least milliseconds between two batches (at least as long as the last batch took). */
  pauseMs?: number;
}

interface DueForSomeone {
  kind: ReminderKind;
  title: string;
  dueDate: string;
  reference: string;
  trajectoryId: string;
  organisationId: string;
  leadInspectorId: string;
}

export async function runReminders(today: string, options: ReminderOptions = {}): Promise<ReminderRun> {
  const { batch = BATCH, pauseMs = PAUSE_MS } = options;
  const dates = reminderDates(today);
  const [trajectoryItems, themeItems] = await Promise.all([reminderDueItems(today, dates), themeRequestsDue(today, dates)]);
  const due: DueForSomeone[] = [...trajectoryItems, ...themeItems];
  const organisationIds = [...new Set(due.filter((i) => ACTS[i.kind] === "organisation").map((i) => i.organisationId))];
  const termTrajectories = [...new Set(due.filter((i) => ACTS[i.kind] === "inspectors").map((i) => i.trajectoryId))];
  const [orgUsers, members, waiting] = await Promise.all([
    // The users of each organisation concerned, only while both are active: an organisation user
    // hears only of their own organisation's items (the join is on their current organisation).
    inChunks(organisationIds, (ids) =>
      readInWorker<UserRow>(`${USER_SELECT} JOIN Organisation o ON o.id = u.organisationId AND o.active = TRUE
        WHERE u.active = TRUE AND u.role = 'ORGANISATION' AND u.organisationId IN (${placeholders(ids)})`, ids),
    ),
    inChunks(termTrajectories, (ids) =>
      readInWorker<{ trajectoryId: string; userId: string }>(`SELECT trajectoryId, userId FROM TrajectoryMember WHERE trajectoryId IN (${placeholders(ids)})`, ids),
    ),
    // Notifications waiting for a digest (their users chose one; the others were e-mailed at once).
    readInWorker<{ id: string; userId: string; kind: string; params: string }>(
      `SELECT id, userId, kind, params FROM Notification WHERE outboxMessageId IS NULL AND kind <> 'deadline.reminder' ORDER BY createdAt`,
    ),
  ]);
  const inspectorIds = new Set([...due.filter((i) => ACTS[i.kind] === "inspectors").map((i) => i.leadInspectorId), ...members.map((m) => m.userId)]);
  const [inspectors, waitingUsers] = await Promise.all([usersById([...inspectorIds]), usersById([...new Set(waiting.map((n) => n.userId))])]);

  const people = new Map<string, Recipient>();
  for (const user of [...orgUsers, ...inspectors, ...waitingUsers]) {
    const preference = user.mode === null ? null : { locale: user.locale ?? "nl", mode: user.mode, mutedKinds: user.mutedKinds ?? "[]" };
    people.set(user.id, { id: user.id, email: user.email, name: user.name, ...toPreference(preference) });
  }
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
  // Written by the read worker's own connection in short transactions (decision 006): the
  // server's thread only hands over the rows. Between batches the write lock is free for the
  // requests' own writes.
  let lastBatchMs = 0;
  for (let i = 0; i < todo.length; i += batch) {
    // At most half of the time writing: the worker's thread shares the machine's cores with the
    // server's, and an hourly job may take twice as long where a page may not.
    if (i > 0) await pause(Math.max(pauseMs, lastBatchMs));
    const started = performance.now();
    const rows = todo.slice(i, i + batch).map((person) => digestRow(person, today, reminders.get(person.id) ?? [], digestWaiting.get(person.id) ?? []));
    const written = await writeInWorker("writeDigests", rows);
    run.digests += written.written;
    run.skipped += written.skipped;
    lastBatchMs = performance.now() - started;
  }
  return run;
}

const BATCH = 50;
const PAUSE_MS = 2;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));
}

/**
 * Unanswered information requests of themes still open for answers, overdue or due on one of
 * `dates` (each recipient's own deadline, moved when an extension was granted). Two halves that
 * each read the (status, deadline) index; on the read worker like the trajectories' items.
 */
async function themeRequestsDue(today: string, dates: readonly string[]): Promise<DueForSomeone[]> {
  const states = placeholders(UNANSWERED_STATUSES);
  const select = `SELECT 'themeRequest' AS kind, th.title AS title, r.deadline AS dueDate, '' AS reference, '' AS trajectoryId,
      r.organisationId AS organisationId, '' AS leadInspectorId
    FROM ThemeRecipient r CROSS JOIN Theme th ON th.id = r.themeId
    WHERE th.status = 'REQUEST_SENT' AND r.status IN (${states})`;
  return readInWorker<DueForSomeone>(
    `${select} AND r.deadline < ? UNION ALL ${select} AND r.deadline IN (${placeholders(dates)}) ORDER BY dueDate, title`,
    [...UNANSWERED_STATUSES, today, ...UNANSWERED_STATUSES, ...dates],
  );
}

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
  const rows = await inChunks(keys, (chunk) => readInWorker<{ dedupeKey: string }>(`SELECT dedupeKey FROM OutboxMessage WHERE dedupeKey IN (${placeholders(chunk)})`, chunk));
  return new Set(rows.map((row) => row.dedupeKey));
}

/** One user's digest of the day: the e-mail (unique per user and day), its inbox entry, and the waiting notifications it carries. */
function digestRow(person: Recipient, today: string, reminders: ReminderItem[], waiting: { id: string; kind: string; params: string }[]): DigestRow {
  const reminderParams: NotificationParams | null = reminders.length > 0 ? { reference: "", path: "/termijnen", items: reminders } : null;
  const items: NotificationItem[] = [
    ...(reminderParams ? [{ kind: "deadline.reminder" as const, params: reminderParams }] : []),
    ...waiting.map((n) => ({ kind: n.kind, params: JSON.parse(n.params) }) as NotificationItem),
  ];
  const body: NotificationMessageBody = { name: person.name, day: today, items };
  return {
    id: randomUUID(),
    dedupeKey: digestKey(person.id, today),
    userId: person.id,
    recipient: person.email,
    locale: person.locale,
    body: JSON.stringify(body),
    notificationId: randomUUID(),
    reminderParams: reminderParams ? JSON.stringify(reminderParams) : null,
    waitingIds: waiting.map((n) => n.id),
  };
}
