// Forms of the improvement plan, shared by the actions (the judge) and the components
// (which import only types from here). Constants the pages render live in ./plan.
import { z } from "zod";
import { DATE_RANGES, isoDate, optionalText, requiredText } from "./form-rules";
import { ACTION_STATUSES, PLAN_REVIEW_OUTCOMES } from "./plan";

/** The version a form started from; a stale one is refused (409), never silently applied. */
export const startVersion = () =>
  z
    .string({ error: "form.version" })
    .regex(/^\d{1,9}$/, "form.version")
    .transform(Number);

const optionalId = () =>
  z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => (value ? value : null));

export const PlanActionSchema = z.object({
  normId: optionalId(),
  measureId: optionalId(),
  description: requiredText(2_000),
  owner: requiredText(200),
  dueDate: isoDate(DATE_RANGES.due),
  status: z.enum(ACTION_STATUSES, { error: "form.choose" }),
  progress: optionalText(5_000),
  version: startVersion(),
});
export type PlanActionInput = z.infer<typeof PlanActionSchema>;

export const PlanSummarySchema = z.object({
  summary: optionalText(5_000),
  version: startVersion(),
});

export const PlanVersionOnlySchema = z.object({ version: startVersion() });

export const PlanReviewSchema = z
  .object({
    outcome: z.enum(PLAN_REVIEW_OUTCOMES, { error: "form.choose" }),
    comment: optionalText(5_000),
    version: startVersion(),
  })
  .refine((review) => review.outcome === "ACCEPTED" || review.comment.length > 0, {
    path: ["comment"],
    message: "plan.review.commentRequired",
  });
export type PlanReviewInput = z.infer<typeof PlanReviewSchema>;
