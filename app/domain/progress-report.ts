// Rules of progress reports (voortgangsrapportages) and draft-report responses, without I/O.
// Constants the pages render live here, not in report-forms.ts, so zod stays out of the browser.
import { isOverdue, todayIso } from "./dates";

export const PROGRESS_REPORT_STATUSES = ["REQUESTED", "SUBMITTED", "MORE_INFO_NEEDED", "ACCEPTED"] as const;
export type ProgressReportStatus = (typeof PROGRESS_REPORT_STATUSES)[number];

export const PROGRESS_REPORT_REVIEW_OUTCOMES = ["ACCEPTED", "MORE_INFO_NEEDED"] as const;
export type ProgressReportReviewOutcome = (typeof PROGRESS_REPORT_REVIEW_OUTCOMES)[number];

export function isProgressReportStatus(value: string): value is ProgressReportStatus {
  return (PROGRESS_REPORT_STATUSES as readonly string[]).includes(value);
}

/** The organisation still owes something while the request is open or sent back. */
export function awaitsOrganisation(status: string): boolean {
  return status === "REQUESTED" || status === "MORE_INFO_NEEDED";
}

/** Overdue is computed, never stored: only while the organisation still owes the report. */
export function isProgressReportOverdue(request: { status: string; dueDate: string }, today: string = todayIso()): boolean {
  return awaitsOrganisation(request.status) && isOverdue(request.dueDate, today);
}
