import { daysBetween } from "./dates";

export const TIMELINE_KINDS = ["start", "origin", "visit", "round", "report", "draftReport", "proposal", "decision", "enforcement", "complianceCheck", "deadlineChange", "suspension", "deadline", "today"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEvent {
  date: string;
  kind: TimelineKind;
  label: string;
}

export interface PlacedEvent extends TimelineEvent {
  /** Position along the band, 0–100 (%). */
  at: number;
  /** Which row of markers it sits in: markers closer than MARKER_GAP stack instead of overlapping. */
  lane: number;
}

/** The least distance along the band (in %) between two markers in one row. */
export const MARKER_GAP = 2.5;

/** Orders events by date and places them on a band from the earliest to the latest date. */
export function placeEvents(events: TimelineEvent[]): PlacedEvent[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind));
  if (sorted.length === 0) return [];
  const first = sorted[0]!.date;
  const span = Math.max(1, daysBetween(first, sorted[sorted.length - 1]!.date));
  const lastInLane: number[] = [];
  return sorted.map((event) => {
    const at = (daysBetween(first, event.date) / span) * 100;
    // "today" has a row of its own above the band.
    if (event.kind === "today") return { ...event, at, lane: 0 };
    let lane = lastInLane.findIndex((last) => at - last >= MARKER_GAP);
    if (lane === -1) lane = lastInLane.length;
    lastInLane[lane] = at;
    return { ...event, at, lane };
  });
}
