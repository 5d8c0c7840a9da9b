import { z } from "zod";
import { DATE_RANGES, isoDate, optionalIsoDate, optionalText, requiredText } from "./form-rules";

// The "new trajectory" form. Used by the action only (components import the type), so zod
// stays out of the browser. Team members arrive as checkboxes named "team.<userId>".
export const CreateTrajectorySchema = z
  .object({
    // Either an existing organisation from the search, or one by KvK number (new or registered).
    organisationId: optionalText(100),
    kvkNumber: optionalText(20),
    organisationName: optionalText(200),
    sector: optionalText(100),
    location: optionalText(100),
    frameworkVersionId: requiredText(100),
    reason: requiredText(5000),
    legalBasis: requiredText(500),
    leadInspectorId: requiredText(100),
    startDate: isoDate(DATE_RANGES.event),
    durationMonths: z
      .string({ error: "field.required" })
      .trim()
      .regex(/^\d{1,2}$/, "trajectories.durationInvalid")
      .transform(Number)
      .refine((months) => months >= 1 && months <= 36, "trajectories.durationInvalid"),
    deadlineOverride: optionalIsoDate(DATE_RANGES.due),
    deadlineOverrideReason: optionalText(1000),
  })
  .superRefine((form, ctx) => {
    const typedNew = Boolean(form.kvkNumber || form.organisationName || form.sector || form.location);
    if (form.organisationId && typedNew) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "trajectories.organisationEither" });
    }
    if (!form.organisationId && !/^\d{8}$/.test(form.kvkNumber)) {
      ctx.addIssue({ code: "custom", path: ["kvkNumber"], message: "trajectories.kvkInvalid" });
    }
    if (form.deadlineOverride && !form.deadlineOverrideReason) {
      ctx.addIssue({ code: "custom", path: ["deadlineOverrideReason"], message: "trajectories.overrideReasonRequired" });
    }
    if (form.deadlineOverride && form.deadlineOverride <= form.startDate) {
      ctx.addIssue({ code: "custom", path: ["deadlineOverride"], message: "trajectories.overrideBeforeStart" });
    }
  });
export type CreateTrajectoryForm = z.infer<typeof CreateTrajectorySchema>;

/** The user ids of the ticked "team.<userId>" checkboxes. */
export function teamFromForm(formData: FormData): string[] {
  return [...formData.keys()].filter((key) => key.startsWith("team.")).map((key) => key.slice("team.".length));
}
