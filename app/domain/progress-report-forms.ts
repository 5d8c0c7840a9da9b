// Forms of progress reports, shared by the actions (the judge) and the components (which import
// only types from here). Constants live in ./progress-report.
import { z } from "zod";
import { DATE_RANGES, isoDate, optionalIsoDate, optionalText, requiredText } from "./form-rules";
import { PROGRESS_REPORT_REVIEW_OUTCOMES } from "./progress-report";
import { startVersion } from "./plan-forms";

export const ProgressReportRequestSchema = z.object({
  title: requiredText(200),
  dueDate: isoDate(DATE_RANGES.due),
  instructions: optionalText(10_000),
  // Checkboxes: one value per ticked norm (a single tick arrives as a string); at least one.
  normIds: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.string().trim().min(1).max(100), { error: "progressReport.field.norms" }).min(1, "progressReport.field.norms"),
  ),
});
export type ProgressReportRequestInput = z.infer<typeof ProgressReportRequestSchema>;

/** The field name of one norm's progress in the submission form. */
export const progressField = (normId: string) => `progress-${normId}`;

/**
 * The submission form depends on the request's norms in scope. Saving a draft accepts empty
 * progress; submitting needs progress for every norm in scope.
 */
export function submissionSchema(normIds: readonly string[], submitting: boolean) {
  const progress = Object.fromEntries(normIds.map((id) => [progressField(id), submitting ? requiredText(20_000) : optionalText(20_000)]));
  return z.object({
    summary: submitting ? requiredText(5_000) : optionalText(5_000),
    version: startVersion(),
    ...progress,
  });
}

export const RemoveAttachmentSchema = z.object({
  attachmentId: requiredText(100),
  version: startVersion(),
});

export const ProgressReportReviewSchema = z
  .object({
    outcome: z.enum(PROGRESS_REPORT_REVIEW_OUTCOMES, { error: "form.choose" }),
    comment: optionalText(5_000),
    newDueDate: optionalIsoDate(DATE_RANGES.due),
    version: startVersion(),
  })
  .superRefine((review, ctx) => {
    if (review.outcome !== "MORE_INFO_NEEDED") return;
    if (!review.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "progressReport.review.commentRequired" });
    if (!review.newDueDate) ctx.addIssue({ code: "custom", path: ["newDueDate"], message: "progressReport.review.dueDateRequired" });
  });
export type ProgressReportReviewInput = z.infer<typeof ProgressReportReviewSchema>;
