// The enforcement ladder's forms: one schema each, used by the actions (the judges of validity).
import { z } from "zod";
import { CHECK_DECISIONS, CONSEQUENCES, FINDINGS, consequenceRefusal } from "./enforcement";
import { todayIso } from "./dates";
import { DATE_RANGES, choice, isoDate, optionalIsoDate, optionalText, recordId, requiredText, editVersion } from "./form-rules";

const id = recordId;

/**
 * What every step of the ladder posts first: its intent, the measure, and the measure's version
 * the form started from (every step moves it on, so a stale form answers 409).
 */
const onMeasure = <I extends string>(intent: I) => ({ intent: z.literal(intent), measureId: id(), version: editVersion() });

const notFuture = (field: string) => (form: Record<string, unknown>, ctx: z.RefinementCtx) => {
  const value = form[field];
  if (typeof value === "string" && value > todayIso()) ctx.addIssue({ code: "custom", path: [field], message: "closure.field.notFuture" });
};

export const PlanCheckSchema = z.object({
  ...onMeasure("planCheck"),
  checkDate: isoDate(DATE_RANGES.due),
});
export type PlanCheckInput = z.infer<typeof PlanCheckSchema>;

export const FindingSchema = z
  .object({
    ...onMeasure("finding"),
    checkDate: isoDate(DATE_RANGES.event),
    finding: choice(FINDINGS),
    evidence: requiredText(10_000),
    consequence: choice(CONSEQUENCES),
    nextTypeId: optionalText(100),
    nextDetails: optionalText(5_000),
    nextDueDate: optionalIsoDate(DATE_RANGES.due),
  })
  .superRefine(notFuture("checkDate"))
  .superRefine((form, ctx) => {
    if (consequenceRefusal(form.finding, form.consequence)) {
      ctx.addIssue({ code: "custom", path: ["consequence"], message: "enforcement.field.compliedNext" });
    }
    if (form.consequence !== "NEXT") return;
    if (!form.nextTypeId) ctx.addIssue({ code: "custom", path: ["nextTypeId"], message: "closure.field.choose" });
    if (!form.nextDetails) ctx.addIssue({ code: "custom", path: ["nextDetails"], message: "field.required" });
    if (!form.nextDueDate) ctx.addIssue({ code: "custom", path: ["nextDueDate"], message: "field.required" });
  })
  .transform(({ nextTypeId, nextDetails, nextDueDate, ...rest }) => ({
    ...rest,
    next: rest.consequence === "NEXT" ? { typeId: nextTypeId, details: nextDetails, dueDate: nextDueDate ?? null } : null,
  }));
export type FindingInput = z.infer<typeof FindingSchema>;

export const CheckDecisionSchema = z
  .object({
    ...onMeasure("decideCheck"),
    checkId: id(),
    decision: choice(CHECK_DECISIONS),
    decisionDate: isoDate(DATE_RANGES.event),
    comment: optionalText(10_000),
  })
  .superRefine(notFuture("decisionDate"))
  .superRefine((form, ctx) => {
    // Sending a finding back without saying why leaves the inspector guessing.
    if (form.decision === "RETURNED" && !form.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "closure.field.returnComment" });
  });
export type CheckDecisionInput = z.infer<typeof CheckDecisionSchema>;
