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


// Month names people type, in Dutch and English, written out or shortened.
const MONTHS = new Map<string, number>(
  [
    ["januari", "january", "jan"],
    ["februari", "february", "feb"],
    ["maart", "march", "mrt", "mar"],
    ["april", "apr"],
    ["mei", "may"],
    ["juni", "june", "jun"],
    ["juli", "july", "jul"],
    ["augustus", "august", "aug"],
    ["september", "sep", "sept"],
    ["oktober", "october", "okt", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/**
 * A calendar day as a person types it into a date field, as an ISO day; null when it is no
 * real day. Date fields show the app's own format ("9 maart 2026", "9 March 2026"), never the
 * browser's, so that is what they accept, beside the short forms in Dutch and British use
 * (day first: "9-3-2026", "09/03/2026", "9.3.2026") and the ISO day itself ("2026-03-09").
 */
export function parseDateInput(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (value.length > 40) return null;
  let parts: { day: string; month: number | undefined; year: string } | null = null;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value))) parts = { year: match[1]!, month: Number(match[2]), day: match[3]! };
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value))) parts = { day: match[1]!, month: Number(match[2]), year: match[3]! };
  else if ((match = /^(\d{1,2})\.? ([a-z]+)\.?,? (\d{4})$/.exec(value))) parts = { day: match[1]!, month: MONTHS.get(match[2]!), year: match[3]! };
  else if ((match = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(value))) parts = { day: match[2]!, month: MONTHS.get(match[1]!), year: match[3]! };
  if (!parts || parts.month === undefined) return null;
  const iso = `${parts.year}-${String(parts.month).padStart(2, "0")}-${parts.day.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}
