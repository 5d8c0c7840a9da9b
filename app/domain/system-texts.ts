// Texts the system writes (not people) are stored as a code with parameters, never as a sentence:
// the sentence is made in the reader's language when it is shown (decision 007). Anything typed
// by a person stays as typed. This module is the list of codes and the check of their parameters.
import { isIsoDate } from "./dates";

/** Why a deadline changed, when the system recorded it (an override at creation is typed by the inspector). */
export type DeadlineReason =
  | { code: "EXTENDED_BY_DECISION"; decisionDate: string }
  // Back under enhanced supervision after a follow-up outcome that was not (fully) met.
  | { code: "RESUMED_AFTER_FOLLOW_UP"; decisionDate: string };

const DEADLINE_REASON_CODES = ["EXTENDED_BY_DECISION", "RESUMED_AFTER_FOLLOW_UP"] as const;

/** What is stored for a deadline reason: the columns reasonCode and reasonParams (JSON). */
export function storeDeadlineReason(reason: DeadlineReason): { reason: string; reasonCode: string; reasonParams: string } {
  const { code, ...params } = reason;
  return { reason: "", reasonCode: code, reasonParams: JSON.stringify(params) };
}

/** The stored code read back; null when the row has none or its parameters do not fit the code. */
export function readDeadlineReason(row: { reasonCode: string | null; reasonParams: string | null }): DeadlineReason | null {
  const code = DEADLINE_REASON_CODES.find((c) => c === row.reasonCode);
  const date = code ? readParams(row.reasonParams)?.decisionDate : undefined;
  return code && typeof date === "string" && isIsoDate(date) ? { code, decisionDate: date } : null;
}

/**
 * The reason of a trajectory the system opened: a manager decided that a follow-up obligation
 * of an earlier trajectory that was not (fully) met leads to a new trajectory. Stored in
 * TrajectoryReasonCode (code, params as JSON); Trajectory.reason is then "".
 */
export type TrajectoryReason = { code: "FOLLOW_UP_NOT_MET"; reference: string; title: string };

export function storeTrajectoryReason(reason: TrajectoryReason): { code: string; params: string } {
  const { code, ...params } = reason;
  return { code, params: JSON.stringify(params) };
}

/** The stored code read back; null when there is none or its parameters do not fit the code. */
export function readTrajectoryReason(row: { code: string; params: string } | null): TrajectoryReason | null {
  const params = row?.code === "FOLLOW_UP_NOT_MET" ? readParams(row.params) : null;
  if (!params) return null;
  const { reference, title } = params;
  return typeof reference === "string" && typeof title === "string" ? { code: "FOLLOW_UP_NOT_MET", reference, title } : null;
}

/** Standard instructions of a progress report the system requests (the report after closure). */
export const INSTRUCTIONS_CODES = ["FOLLOW_UP_REPORT"] as const;
export type InstructionsCode = (typeof INSTRUCTIONS_CODES)[number];

export function isInstructionsCode(value: unknown): value is InstructionsCode {
  return (INSTRUCTIONS_CODES as readonly unknown[]).includes(value);
}

/**
 * The title of a round the app opens from a held visit: code "visitRound" with the visit's kind
 * and day (columns titleCode and titleParams of AssessmentRound); a typed title stays as typed.
 */
export type RoundTitle = { code: "visitRound"; kind: "ANNOUNCED" | "UNANNOUNCED"; date: string };

export function storeVisitRoundTitle(visit: { announced: boolean; date: string }): { titleCode: string; titleParams: string } {
  return { titleCode: "visitRound", titleParams: JSON.stringify({ kind: visit.announced ? "ANNOUNCED" : "UNANNOUNCED", date: visit.date }) };
}

/** The stored code read back; null for a typed title, an unknown code or parameters that do not fit. */
export function readRoundTitle(row: { titleCode: string | null; titleParams: string | null }): RoundTitle | null {
  const params = row.titleCode === "visitRound" ? readParams(row.titleParams) : null;
  if (!params) return null;
  const { kind, date } = params;
  if (typeof date !== "string" || !isIsoDate(date)) return null;
  if (kind !== "ANNOUNCED" && kind !== "UNANNOUNCED") return null;
  return { code: "visitRound", kind, date };
}

/** Stored parameters (a JSON object) read back; null when missing or damaged. */
function readParams(raw: string | null): Record<string, unknown> | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
