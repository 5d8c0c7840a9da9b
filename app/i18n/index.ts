import { en } from "./en";
import { nl, type MessageKey } from "./nl";

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

export type Messages = Record<MessageKey, string>;

// Both languages, for the server: it renders pages, e-mails and feeds in the reader's language.
// The browser never needs both: it gets the reader's catalogue with the page (app/utils/i18n.tsx)
// and builds its translator with translatorFor; nothing that reaches the browser uses these two.
export const catalogues: Record<Locale, Messages> = { nl, en };

export function isLocale(value: unknown): value is Locale {
  return value === "nl" || value === "en";
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return translatorFor(catalogues[locale]);
}

/** A translator over one catalogue: the reader's, on the server or in the browser. */
export function translatorFor(messages: Messages): Translate {
  // A missing key shows as itself rather than breaking the page (typecheck catches it first).
  return (key, values) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
}

// Formatting always uses nl-NL conventions in Dutch and en-GB in English (day-month order
// in both). Calendar days are formatted from their parts, so no time zone applies.
const INTL_LOCALE: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

// Intl formatters are costly to construct (a large share of a long table's render time) and
// immutable once made: one per locale and kind, made on first use.
function memoisedFormatters<F>(make: (intlLocale: string) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) made.set(locale, (formatter = make(INTL_LOCALE[locale])));
    return formatter;
  };
}

const dateFormat = memoisedFormatters((l) => new Intl.DateTimeFormat(l, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
const dateTimeFormat = memoisedFormatters(
  // The same long month as calendar days, so one page never mixes "10 mrt" and "24 maart".
  (l) => new Intl.DateTimeFormat(l, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" }),
);
const numberFormat = memoisedFormatters((l) => new Intl.NumberFormat(l));

export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return dateFormat(locale).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatDateTime(instant: Date | string, locale: Locale): string {
  return dateTimeFormat(locale).format(new Date(instant));
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}
