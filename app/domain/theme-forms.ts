import { z } from "zod";
import { DATE_RANGES, isoDate, optionalText, requiredText } from "./form-rules";
import { QUESTION_KINDS, RISK_MAX, RISK_MIN, choiceOptions } from "./theme";

// The forms of thematic supervision (issue 15). Messages are message keys, translated by the action.

const version = z.coerce.number({ error: "field.required" }).int().min(0);

/** Create or edit a theme. Team members arrive as checkboxes named "team.<userId>". */
export const ThemeSchema = z
  .object({
    title: requiredText(200),
    purpose: requiredText(5000),
    legalBasis: requiredText(500),
    frameworkVersionId: requiredText(100),
    leadInspectorId: requiredText(100),
    sector: requiredText(100),
    startDate: isoDate(DATE_RANGES.event),
    endDate: isoDate(DATE_RANGES.due),
    version: version.optional(),
  })
  .refine((form) => form.endDate > form.startDate, { path: ["endDate"], message: "themes.endBeforeStart" });
export type ThemeForm = z.infer<typeof ThemeSchema>;

export const QuestionSchema = z
  .object({
    text: requiredText(2000),
    kind: z.enum(QUESTION_KINDS, { error: "themes.question.kindInvalid" }),
    choices: optionalText(2000),
    normId: optionalText(100),
    version,
  })
  .refine((q) => q.kind !== "CHOICE" || choiceOptions(q.choices).length >= 2, { path: ["choices"], message: "themes.question.choicesNeeded" });
export type QuestionForm = z.infer<typeof QuestionSchema>;

export const RemoveQuestionSchema = z.object({ questionId: requiredText(100), version });

/**
 * Sending: the deadline, everyone in the sector or the ticked organisations ("org.<id>"),
 * and the confirmation. Without `confirmed` the action answers with the count to confirm.
 */
export const SendSchema = z.object({
  requestDeadline: isoDate(DATE_RANGES.due),
  recipients: z.enum(["SECTOR", "CHOSEN"], { error: "themes.send.recipientsRequired" }),
  confirmed: z.literal("yes").optional(),
  version,
});
export type SendForm = z.infer<typeof SendSchema>;

export function chosenOrganisations(formData: FormData): string[] {
  return [...formData.keys()].filter((key) => key.startsWith("org.")).map((key) => key.slice("org.".length));
}

export const AdvanceSchema = z.object({ version });


export const ExtensionRequestSchema = z.object({
  requestedDate: isoDate(DATE_RANGES.due),
  reason: requiredText(2000),
});

export const ExtensionDecisionSchema = z.object({
  extensionId: requiredText(100),
  decision: z.enum(["GRANTED", "REFUSED"], { error: "themes.extension.decisionRequired" }),
  comment: optionalText(2000),
});

const riskValue = z.coerce
  .number({ error: "themes.score.invalid" })
  .int("themes.score.invalid")
  .min(RISK_MIN, "themes.score.invalid")
  .max(RISK_MAX, "themes.score.invalid");

export const optionalRisk = z
  .string()
  .trim()
  .transform((v) => (v ? Number(v) : undefined))
  .pipe(z.number({ error: "themes.score.invalid" }).int("themes.score.invalid").min(RISK_MIN, "themes.score.invalid").max(RISK_MAX, "themes.score.invalid").optional());

export const SignalSchema = z.object({
  description: requiredText(1000),
  source: requiredText(300),
  date: isoDate(DATE_RANGES.event),
  weight: riskValue,
});

export const ReportSchema = z.object({
  reportSummary: requiredText(10000),
  publishNames: z.literal("on").optional(),
  version,
});

export const PublishSchema = z.object({ publishedOn: isoDate(DATE_RANGES.event), version });
