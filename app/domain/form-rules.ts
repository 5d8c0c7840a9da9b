import { z } from "zod";
import { isIsoDate, parseDateInput, todayIso } from "./dates";

// Building blocks for form schemas shared by actions and components. Messages are message
// keys ("field.required"), translated when the action returns them; "key|n" passes a number.
// Control characters (NUL, escape, …) have no place in what people type; tab and line breaks do.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const printable = (value: string) => !CONTROL_CHARACTERS.test(value);

export const requiredText = (max = 5000) =>
  z
    .string({ error: "field.required" })
    .trim()
    .min(1, "field.required")
    .max(max, `field.tooLong|${max}`)
    .refine(printable, "security.field.controlCharacters");

export const optionalText = (max = 5000) =>
  z.string().trim().max(max, `field.tooLong|${max}`).refine(printable, "security.field.controlCharacters").default("");

/**
 * The version an edit form started from (decision 005): a hidden field, never coerced from "".
 * 0 means "there was nothing yet" for forms whose first save creates the row.
 */
export const editVersion = () =>
  z
    .string({ error: "assessment.field.version" })
    .regex(/^\d{1,9}$/, "assessment.field.version")
    .transform(Number);

/**
 * How far back and ahead of today, in years, a date field may plausibly lie. Anything outside
 * ("9999-12-31" as a visit date) is a typo or an attack, and gets a field error.
 */
export const DATE_RANGES = {
  /** Something that happened or is about to: a visit, a round, a decision, a start. */
  event: { yearsBack: 30, yearsAhead: 2 },
  /** A term that falls due: a deadline, a due date. */
  due: { yearsBack: 10, yearsAhead: 10 },
  /** When a framework version takes effect. */
  effective: { yearsBack: 50, yearsAhead: 10 },
} as const;
export type DateRange = (typeof DATE_RANGES)[keyof typeof DATE_RANGES];

const shiftYears = (iso: string, years: number) => `${String(Number(iso.slice(0, 4)) + years).padStart(4, "0")}${iso.slice(4)}`;

/** The first and last plausible day for a range, from today (Europe/Amsterdam). */
export function dateBounds(range: DateRange, today = todayIso()): { min: string; max: string } {
  return { min: shiftYears(today, -range.yearsBack), max: shiftYears(today, range.yearsAhead) };
}

export function inRange(range: DateRange) {
  return (value: string) => {
    const { min, max } = dateBounds(range);
    return value >= min && value <= max;
  };
}

// The bounds move with today, so the message is made when the error is.
const rangeMessage = (range: DateRange) => () => {
  const { min, max } = dateBounds(range);
  return `security.field.dateRange|${min} – ${max}`;
};

/** What was typed, as an ISO day when it reads as one (see parseDateInput), else unchanged for the error. */
const asIsoDay = (value: string) => parseDateInput(value) ?? value;

export const isoDate = (range: DateRange) =>
  z
    .string({ error: "field.required" })
    .trim()
    .min(1, "field.required")
    .transform(asIsoDay)
    .refine(isIsoDate, "field.date")
    // Only a real date is out of range: a malformed one already has its error.
    .refine((value) => !isIsoDate(value) || inRange(range)(value), { error: rangeMessage(range) });

export const optionalIsoDate = (range: DateRange) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? asIsoDay(value) : undefined))
    .refine((value) => value === undefined || isIsoDate(value), "field.date")
    .refine((value) => value === undefined || !isIsoDate(value) || inRange(range)(value), { error: rangeMessage(range) });

/** One of a fixed list of codes (a radio group or a select). */
export const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "form.choose" });

/** The id of a record the form acts on, from a hidden field or a select. */
export const recordId = () => z.string({ error: "form.choose" }).trim().min(1, "form.choose").max(100);

