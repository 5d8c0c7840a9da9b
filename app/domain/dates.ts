// Calendar days are ISO strings "YYYY-MM-DD" handled with @internationalized/date's
// CalendarDate, which has no time zone: nothing can move a deadline by a day.
import { parseDate, type CalendarDate } from "@internationalized/date";

export const TIME_ZONE = "Europe/Amsterdam";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  try {
    return parseDate(value).toString() === value;
  } catch {
    return false;
  }
}

// en-CA writes dates as YYYY-MM-DD. Made once: constructing a formatter costs far more than using it.
const NL_CALENDAR_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today as a calendar day in the Netherlands (not UTC: just after midnight it is already tomorrow there). */
export function todayIso(now: Date = new Date()): string {
  return NL_CALENDAR_DAY.format(now);
}

export function addDays(iso: string, days: number): string {
  return parseDate(iso).add({ days }).toString();
}

/**
 * The deadline of a supervision period of `months` months starting on `start`:
 * the last day of the calendar month reached by adding `months` months to the start.
 * The inspectorate states deadlines as "by the end of <month>": 30 April 2025 + 9 months
 * reaches 30 January 2026, so the deadline is 31 January 2026. Adding months clamps to
 * the month's end first (31 August + 6 months reaches February), so no start date
 * overflows into the following month.
 */
export function supervisionDeadline(start: string, months: number): string {
  const reached: CalendarDate = parseDate(start).add({ months });
  return reached.set({ day: reached.calendar.getDaysInMonth(reached) }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
/** Whether the deadline is no longer the one the duration gives (an extension, or set by hand). */
export function durationChanged(t: { startDate: string; durationMonths: number; deadline: string }): boolean {
  return supervisionDeadline(t.startDate, t.durationMonths) !== t.deadline;
}

export function daysBetween(from: string, to: string): number {
  return parseDate(to).compare(parseDate(from));
}

export function isOverdue(dueDate: string, reference: string = todayIso()): boolean {
  return dueDate < reference;
}

