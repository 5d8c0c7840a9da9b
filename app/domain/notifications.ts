import type { ClosureOutcome, Decision } from "./closure";
import type { ReminderKind as DueReminderKind } from "./deadlines";
import type { CheckDecision, Consequence, Finding } from "./enforcement";
import type { FollowUpDecisionCode, FollowUpOutcomeCode } from "./follow-up";
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
  // The enforcement ladder, follow-up and suspension (decision 013).
  "enforcement.measureImposed",
  "enforcement.checkPlanned",
  "enforcement.findingRecorded",
  "enforcement.checkDecided",
  "followUp.outcomeRecorded",
  "followUp.decided",
  "term.suspended",
  // Thematic supervision (decision 014): about a theme's information request, not a trajectory.
  "theme.requestSent",
  "theme.answersSubmitted",
  "theme.extensionRequested",
  "theme.extensionDecided",
  "deadline.reminder",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Kinds about a theme's information request; every other kind but reminders is about a trajectory. */
export const THEME_KINDS = ["theme.requestSent", "theme.answersSubmitted", "theme.extensionRequested", "theme.extensionDecided"] as const;
export type ThemeNotificationKind = (typeof THEME_KINDS)[number];
export type TrajectoryNotificationKind = Exclude<NotificationKind, ThemeNotificationKind | "deadline.reminder">;

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
  // A measure's compliance deadline, a decision on it or on follow-up, a moved term.
  "enforcement.measureImposed",
  "enforcement.checkDecided",
  "followUp.decided",
  "term.suspended",
  // The request's deadline, and a decision on more time.
  "theme.requestSent",
  "theme.extensionDecided",
  "deadline.reminder",
];
export const MUTABLE_KINDS = NOTIFICATION_KINDS.filter((kind) => !ESSENTIAL_KINDS.includes(kind));

export function isEssential(kind: NotificationKind): boolean {
  return ESSENTIAL_KINDS.includes(kind);
}

/**
 * Who is told: the organisation's users, the lead inspector and team, or the managers. For a
 * theme's kinds: the users of the organisation the request went to, and the theme's lead and team.
 */
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
  "enforcement.measureImposed": ["inspectors", "organisation"],
  // A planned check may be unannounced, like a visit: the organisation is never told of it.
  "enforcement.checkPlanned": ["inspectors"],
  "enforcement.findingRecorded": ["managers"],
  // The organisation only of an approved decision (a returned finding is internal deliberation).
  "enforcement.checkDecided": ["inspectors", "organisation"],
  "followUp.outcomeRecorded": ["managers"],
  "followUp.decided": ["inspectors", "organisation"],
  "term.suspended": ["inspectors", "organisation"],
  "theme.requestSent": ["organisation"],
  "theme.answersSubmitted": ["inspectors"],
  "theme.extensionRequested": ["inspectors"],
  "theme.extensionDecided": ["organisation"],
};

/** Reminders cover the deadlines' kinds and a theme's information request not yet answered (issue 15). */
export type ReminderKind = DueReminderKind | "themeRequest";

/** What the templates need besides the trajectory's reference; user-entered titles stay as written. */
export interface ReminderItem {
  kind: ReminderKind;
  title: string;
  dueDate: string;
  /** The trajectory's reference and id; empty for a theme's request, which belongs to none. */
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
  /** Enforcement: the measure's name as its type is called in each language (a measure type is data). */
  measure?: { nl: string; en: string };
  finding?: Finding;
  consequence?: Consequence;
  checkDecision?: CheckDecision;
  followUpOutcome?: FollowUpOutcomeCode;
  followUpDecision?: FollowUpDecisionCode;
  /** Suspension: the first and last day suspended. */
  startDate?: string;
  endDate?: string;
  /** A theme's request: the organisation concerned (told to the inspectorate only). */
  organisation?: string;
  extensionDecision?: "GRANTED" | "REFUSED";
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

/**
 * The settings form's checkbox of a kind the user may switch off; ticked means "receive it".
 * Here, not beside the form's schema: the page renders it, and zod must not reach the browser.
 */
export const receiveField = (kind: NotificationKind) => `receive.${kind}`;

// Account links (invitation, new password): whether the person who made one must hand it over.
// What the notice says depends on the transport the settings configure and how far the message got.
export type TransportName = "embedded" | "smtp" | "notify-api";
export type LinkDelivery = "handOver" | "sending" | "failed";

/**
 * "handOver": nothing leaves the building (embedded outbox), so the link must be handed over;
 * "sending": a mail transport is configured and the message is on its way; "failed": it could
 * not be delivered, so it must be handed over after all.
 */
export function linkDelivery(configured: TransportName, status: string): LinkDelivery {
  if (configured === "embedded" || status === "SENT") return "handOver";
  return status === "FAILED" ? "failed" : "sending";
}
