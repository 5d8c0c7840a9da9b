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
  if (!code || !row.reasonParams) return null;
  let params: unknown;
  try {
    params = JSON.parse(row.reasonParams);
  } catch {
    return null;
  }
  const date = params && typeof params === "object" ? (params as { decisionDate?: unknown }).decisionDate : undefined;
  return typeof date === "string" && isIsoDate(date) ? { code, decisionDate: date } : null;
}

/** Standard instructions of a progress report the system requests (the report after closure). */
export const INSTRUCTIONS_CODES = ["FOLLOW_UP_REPORT"] as const;
export type InstructionsCode = (typeof INSTRUCTIONS_CODES)[number];

export function isInstructionsCode(value: unknown): value is InstructionsCode {
  return (INSTRUCTIONS_CODES as readonly unknown[]).includes(value);
}
