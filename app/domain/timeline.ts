import { daysBetween } from "./dates";

export const TIMELINE_KINDS = ["start", "visit", "round", "report", "draftReport", "proposal", "decision", "deadlineChange", "deadline", "today"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEvent {
  date: string;
  kind: TimelineKind;
  label: string;
}

export interface PlacedEvent extends TimelineEvent {
  /** Position along the band, 0–100 (%). */
  at: number;
}

/** Orders events by date and places them on a band from the earliest to the latest date. */
export function placeEvents(events: TimelineEvent[]): PlacedEvent[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind));
  if (sorted.length === 0) return [];
  const first = sorted[0]!.date;
  const span = Math.max(1, daysBetween(first, sorted[sorted.length - 1]!.date));
  return sorted.map((event) => ({ ...event, at: (daysBetween(first, event.date) / span) * 100 }));
}
