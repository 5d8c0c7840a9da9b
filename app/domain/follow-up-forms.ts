// Forms for follow-up outcomes and the decision on what follows. One schema each, used by the actions.
import { z } from "zod";
import { FOLLOW_UP_DECISIONS, FOLLOW_UP_OUTCOMES } from "./follow-up";
import { todayIso } from "./dates";
import { DATE_RANGES, choice, isoDate, optionalIsoDate, optionalText, recordId, requiredText, editVersion } from "./form-rules";

const id = recordId;

export const FollowUpOutcomeSchema = z.object({
  intent: z.literal("followUpOutcome"),
  followUpId: id(),
  outcome: choice(FOLLOW_UP_OUTCOMES),
  judgement: requiredText(10_000),
});
export type FollowUpOutcomeInput = z.infer<typeof FollowUpOutcomeSchema>;

export const FollowUpDecisionSchema = z
  .object({
    intent: z.literal("followUpDecide"),
    outcomeId: id(),
    version: editVersion(),
    decision: choice(FOLLOW_UP_DECISIONS),
    decisionDate: isoDate(DATE_RANGES.event),
    newDeadline: optionalIsoDate(DATE_RANGES.due),
    durationMonths: optionalText(3),
    comment: optionalText(10_000),
  })
  .superRefine((form, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (form.decisionDate > todayIso()) issue("decisionDate", "closure.field.notFuture");
    if (form.decision === "RESUME_SUPERVISION") {
      if (!form.newDeadline) issue("newDeadline", "field.required");
      else if (form.newDeadline <= form.decisionDate) issue("newDeadline", "followUp.field.resumeAfterDeadline");
    }
    if (form.decision === "NEW_TRAJECTORY") {
      const months = Number(form.durationMonths);
      if (!form.durationMonths) issue("durationMonths", "field.required");
      else if (!/^\d{1,2}$/.test(form.durationMonths) || months < 1 || months > 36) issue("durationMonths", "trajectories.durationInvalid");
    }
  })
  .transform(({ newDeadline, durationMonths, ...rest }) => ({
    ...rest,
    newDeadline: rest.decision === "RESUME_SUPERVISION" ? (newDeadline ?? null) : null,
    durationMonths: rest.decision === "NEW_TRAJECTORY" ? Number(durationMonths) : null,
  }));
export type FollowUpDecisionInput = z.infer<typeof FollowUpDecisionSchema>;
