// Thematic supervision (issue 15): the theme's lifecycle, the state of each recipient of the
// information request, and the risk ranking. Pure rules, no I/O.
import { isOverdue } from "./dates";

export const THEME_STATUSES = ["DRAFT", "REQUEST_SENT", "ANSWERS_CLOSED", "SELECTION_MADE", "PUBLISHED", "CLOSED"] as const;
export type ThemeStatus = (typeof THEME_STATUSES)[number];

export function isThemeStatus(value: string): value is ThemeStatus {
  return (THEME_STATUSES as readonly string[]).includes(value);
}

/** The one step forward from each status that an inspector takes by hand (sending has its own action). */
const NEXT: Partial<Record<ThemeStatus, ThemeStatus>> = {
  REQUEST_SENT: "ANSWERS_CLOSED",
  ANSWERS_CLOSED: "SELECTION_MADE",
  SELECTION_MADE: "PUBLISHED",
  PUBLISHED: "CLOSED",
};

export function nextThemeStatus(status: ThemeStatus): ThemeStatus | null {
  return NEXT[status] ?? null;
}

/** Questions, facts and recipients change only before the request goes out: sending cannot be undone. */
export function isEditable(status: ThemeStatus): boolean {
  return status === "DRAFT";
}

/** Organisations answer while the request is out. */
export function acceptsAnswers(status: ThemeStatus): boolean {
  return status === "REQUEST_SENT";
}

/** A recipient's stored states in which the request is still to be answered (reminders are sent). */
export const UNANSWERED_STATUSES = ["NOT_OPENED", "OPENED", "DRAFT"] as const;

/** Scores and signals are recorded once answers come in, until the selection is fixed. */
export function acceptsScores(status: ThemeStatus): boolean {
  return status === "REQUEST_SENT" || status === "ANSWERS_CLOSED";
}

export const QUESTION_KINDS = ["TEXT", "YES_NO", "NUMBER", "CHOICE", "FILE"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The options of a CHOICE question: one per line, blanks dropped. */
export function choiceOptions(choices: string): string[] {
  return choices
    .split("\n")
    .map((c) => c.trim())
    .filter(Boolean);
}

export const RECIPIENT_STATES = ["NOT_OPENED", "OPENED", "DRAFT", "SUBMITTED", "LATE", "EXTENSION"] as const;
export type RecipientState = (typeof RECIPIENT_STATES)[number];

/**
 * What the inspector sees per recipient. Submitted wins; otherwise a pending extension
 * request, then late (past the recipient's own deadline, computed against `today`), then how
 * far the organisation got.
 */
export function recipientState(
  recipient: { status: string; deadline: string; pendingExtension: boolean },
  today: string,
): RecipientState {
  if (recipient.status === "SUBMITTED") return "SUBMITTED";
  if (recipient.pendingExtension) return "EXTENSION";
  if (isOverdue(recipient.deadline, today)) return "LATE";
  if (recipient.status === "DRAFT") return "DRAFT";
  if (recipient.status === "OPENED") return "OPENED";
  return "NOT_OPENED";
}

/** The risk scale for scores and signals: 1 (low) to 5 (high). */
export const RISK_MIN = 1;
export const RISK_MAX = 5;

/**
 * One organisation's risk: the mean of its question scores plus the sum of its signal weights,
 * so a serious incident outweighs reassuring answers. Unscored organisations rank last (null).
 */
export function riskScore(scores: readonly number[], signalWeights: readonly number[]): number | null {
  if (scores.length === 0 && signalWeights.length === 0) return null;
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
  return Math.round((mean + signalWeights.reduce((a, b) => a + b, 0)) * 10) / 10;
}

/** The bands of the distribution chart; a risk belongs to the band whose range holds it. */
export const RISK_BANDS = [
  { key: "low", min: 0, max: 2 },
  { key: "medium", min: 2, max: 3.5 },
  { key: "high", min: 3.5, max: 6 },
  { key: "veryHigh", min: 6, max: Number.POSITIVE_INFINITY },
] as const;
export type RiskBand = (typeof RISK_BANDS)[number]["key"] | "unscored";

export function riskBand(risk: number | null): RiskBand {
  if (risk === null) return "unscored";
  return RISK_BANDS.find((b) => risk >= b.min && risk < b.max)?.key ?? "veryHigh";
}

export const RANKING_SORTS = ["risk-desc", "risk-asc", "name-asc", "state"] as const;
export type RankingSort = (typeof RANKING_SORTS)[number];

export interface RankedRecipient {
  id: string;
  organisationName: string;
  state: RecipientState;
  risk: number | null;
}

/** Sorts the ranking; ties (and unscored ones) fall back to the name, so the order is stable. */
export function sortRanking<T extends RankedRecipient>(rows: readonly T[], sort: RankingSort): T[] {
  const byName = (a: T, b: T) => a.organisationName.localeCompare(b.organisationName, "nl");
  const riskOf = (r: T, missing: number) => r.risk ?? missing;
  const compare: Record<RankingSort, (a: T, b: T) => number> = {
    "risk-desc": (a, b) => riskOf(b, -1) - riskOf(a, -1) || byName(a, b),
    "risk-asc": (a, b) => riskOf(a, Number.MAX_VALUE) - riskOf(b, Number.MAX_VALUE) || byName(a, b),
    "name-asc": byName,
    state: (a, b) => RECIPIENT_STATES.indexOf(a.state) - RECIPIENT_STATES.indexOf(b.state) || byName(a, b),
  };
  return [...rows].sort(compare[sort]);
}

/** Counts per value, in the order given, for the report's distributions. */
export function tally<K extends string>(keys: readonly K[], values: readonly string[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) if (v in counts) counts[v as K] += 1;
  return counts;
}

export interface QuestionShape {
  id: string;
  kind: string;
  choices: string;
}

/** The stored form of YES_NO answers. */
export const YES_NO = ["YES", "NO"] as const;

/**
 * Field errors (message keys) for an answer set, keyed "answer.<questionId>". A draft may be
 * incomplete but never malformed; a submission needs every question answered (a FILE question
 * by at least one attachment, counted in `files`).
 */
export function answerProblems(
  questions: readonly QuestionShape[],
  values: Readonly<Record<string, string>>,
  files: Readonly<Record<string, number>>,
  submit: boolean,
): Record<string, "field.required" | "themes.answer.number" | "themes.answer.choice" | "themes.answer.tooLong"> {
  const problems: ReturnType<typeof answerProblems> = {};
  for (const q of questions) {
    const key = `answer.${q.id}`;
    const value = (values[q.id] ?? "").trim();
    if (q.kind === "FILE") {
      if (submit && !(files[q.id] ?? 0)) problems[key] = "field.required";
      continue;
    }
    if (!value) {
      if (submit) problems[key] = "field.required";
      continue;
    }
    if (value.length > 10_000) problems[key] = "themes.answer.tooLong";
    else if (q.kind === "NUMBER" && !/^-?\d{1,12}([.,]\d{1,4})?$/.test(value)) problems[key] = "themes.answer.number";
    else if (q.kind === "YES_NO" && !(YES_NO as readonly string[]).includes(value)) problems[key] = "themes.answer.choice";
    else if (q.kind === "CHOICE" && !choiceOptions(q.choices).includes(value)) problems[key] = "themes.answer.choice";
  }
  return problems;
}

/** The form fields of one question: its answer ("answer.<id>") and the inspector's score ("score.<id>"; empty: not scored). */
export const answerField = (questionId: string) => `answer.${questionId}`;
export const scoreField = (questionId: string) => `score.${questionId}`;
