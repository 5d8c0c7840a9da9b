// Renders the texts the system stored as codes (app/domain/system-texts.ts) in the reader's language.
import { isInstructionsCode, readDeadlineReason } from "~/domain/system-texts";
import { formatDate, type Locale, type Translate } from "./index";

/** A deadline change's reason: the typed text, or the coded reason as a sentence in `locale`. */
export function deadlineReasonText(row: { reason: string; reasonCode: string | null; reasonParams: string | null }, t: Translate, locale: Locale): string {
  const coded = readDeadlineReason(row);
  if (!coded) return row.reason;
  const key = coded.code === "RESUMED_AFTER_FOLLOW_UP" ? "followUp.decision.resumeReason" : "closure.deadlineChange.reason";
  return t(key, { date: formatDate(coded.decisionDate, locale) });
}

/** A progress report's instructions: the inspector's text, or the standard instructions in the reader's language. */
export function instructionsText(row: { instructions: string; instructionsCode: string | null }, t: Translate): string {
  return isInstructionsCode(row.instructionsCode) ? t("followUp.reportInstructions") : row.instructions;
}
