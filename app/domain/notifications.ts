import type { ClosureOutcome, Decision } from "./closure";
import type { DueKind } from "./deadlines";
import { addDays, isOverdue } from "./dates";

// The notification catalogue: what happens, whom it concerns, whether the recipient may switch
// it off, and where the message links to. Pure: the model layer finds the recipients and writes
// the rows; templates.ts renders them in the recipient's language.

export const NOTIFICATION_KINDS = [
  "report.requested",
  "report.submitted",
  "report.accepted",
  "report.returned",
  "plan.sharpeningRequested",
  "draftReport.shared",
  "proposal.awaitingDecision",
  "decision.taken",
  "deadline.reminder",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * Kinds that carry a deadline in law or a decision: nobody can switch them off. The others are
 * a convenience (the work is also on the user's start page) and may be muted.
 */
export const ESSENTIAL_KINDS: readonly NotificationKind[] = [
  "report.requested",
  "report.returned",
  "plan.sharpeningRequested",
  "draftReport.shared",
  "decision.taken",
  "deadline.reminder",
];
export const MUTABLE_KINDS = NOTIFICATION_KINDS.filter((kind) => !ESSENTIAL_KINDS.includes(kind));

export function isEssential(kind: NotificationKind): boolean {
  return ESSENTIAL_KINDS.includes(kind);
}

/** Who is told: the organisation's users, the lead inspector and team, or the managers. */
export type Audience = "organisation" | "inspectors" | "managers";

export const AUDIENCES: Record<Exclude<NotificationKind, "deadline.reminder">, readonly Audience[]> = {
  "report.requested": ["organisation"],
  "report.submitted": ["inspectors"],
  "report.accepted": ["organisation"],
  "report.returned": ["organisation"],
  "plan.sharpeningRequested": ["organisation"],
  "draftReport.shared": ["organisation"],
  "proposal.awaitingDecision": ["managers"],
  "decision.taken": ["inspectors", "organisation"],
};

/** What the templates need besides the trajectory's reference; user-entered titles stay as written. */
export interface ReminderItem {
  kind: DueKind;
  title: string;
  dueDate: string;
  reference: string;
  trajectoryId: string;
  window: ReminderWindow;
}

export type NotificationParams = {
  reference: string;
  title?: string;
  dueDate?: string;
  planNumber?: number;
  outcome?: ClosureOutcome;
  decision?: Decision;
  /** deadline.reminder: the items in its digest, each in one of the three windows. */
  items?: ReminderItem[];
  /** The path (below the app's address) the message links to. */
  path: string;
};

export const MODES = ["IMMEDIATE", "DIGEST"] as const;
export type NotificationMode = (typeof MODES)[number];

export interface Preference {
  mode: NotificationMode;
  mutedKinds: readonly NotificationKind[];
}

export const DEFAULT_PREFERENCE: Preference = { mode: "IMMEDIATE", mutedKinds: [] };

/** Whether this user wants to be told at all (essential kinds always). */
export function wantsKind(preference: Preference, kind: NotificationKind): boolean {
  return isEssential(kind) || !preference.mutedKinds.includes(kind);
}

/** Whether a notification becomes an e-mail of its own now, or waits for the daily digest. */
export function mailsImmediately(preference: Preference, kind: NotificationKind): boolean {
  return preference.mode === "IMMEDIATE" && kind !== "deadline.reminder";
}

export function parseMutedKinds(json: string): NotificationKind[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is NotificationKind => typeof v === "string" && isNotificationKind(v) && !isEssential(v)) : [];
  } catch {
    return [];
  }
}

// Reminders: an item is mentioned when it falls due in exactly 14 or 3 days, and every day
// while it is overdue — at most once a day per user, in one digest.
export const REMINDER_DAYS = [14, 3] as const;
export type ReminderWindow = "14" | "3" | "overdue";

/** The reminder window a due date is in on `today`, or null when nothing is to be said. */
export function reminderWindow(dueDate: string, today: string): ReminderWindow | null {
  if (isOverdue(dueDate, today)) return "overdue";
  for (const days of REMINDER_DAYS) if (addDays(today, days) === dueDate) return String(days) as ReminderWindow;
  return null;
}

/** The dates the reminder run must look for, besides everything overdue. */
export function reminderDates(today: string): string[] {
  return REMINDER_DAYS.map((days) => addDays(today, days));
}

/** The key that makes a user's digest of a day unique, across restarts and instances. */
export function digestKey(userId: string, day: string): string {
  return `digest:${userId}:${day}`;
}

// Delivery: exponential back-off from one minute, doubled per attempt, at most six hours; after
// MAX_ATTEMPTS the message is FAILED and waits for an administrator's "retry".
export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 3600_000;

/** How long to wait after the n-th failed attempt (n ≥ 1). */
export function retryDelayMs(attempt: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
}

/** What to do after a failed attempt: try again later, or give up. */
export function afterFailure(attempts: number, permanent: boolean, now: Date): { status: "PENDING"; nextAttemptAt: Date } | { status: "FAILED" } {
  if (permanent || attempts >= MAX_ATTEMPTS) return { status: "FAILED" };
  return { status: "PENDING", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}

/** Visits: an organisation user learns of an unannounced visit only once its day has come. */
export function organisationMayKnowVisit(visit: { announced: boolean; date: string }, today: string): boolean {
  return visit.announced || visit.date <= today;
}

/**
 * The settings form's checkbox of a kind the user may switch off; ticked means "receive it".
 * Here, not beside the form's schema: the page renders it, and zod must not reach the browser.
 */
export const receiveField = (kind: NotificationKind) => `receive.${kind}`;
