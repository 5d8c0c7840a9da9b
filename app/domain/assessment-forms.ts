// The forms of rounds, norm assessments, required measures and visits: one schema each,
// shared by the action (which is the judge) and the component (which names the fields).
// Components import only types from here; constants they render live in ./assessment, so
// zod never reaches the browser bundle.
import { z } from "zod";
import { DATE_RANGES, editVersion, isoDate, optionalText, requiredText } from "./form-rules";
import { REQUIRED_MEASURE_STATUSES, ROUND_KINDS, VISIT_KINDS } from "./assessment";
import { RATINGS } from "./rating";

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "assessment.field.choose" });

const startVersion = editVersion;

export const RoundSchema = z.object({
  title: requiredText(200),
  kind: choice(ROUND_KINDS),
  date: isoDate(DATE_RANGES.event),
});
export type RoundInput = z.infer<typeof RoundSchema>;

export const PublishRoundSchema = z.object({
  intent: z.literal("publish"),
  roundId: requiredText(100),
});

export const AssessmentSchema = z.object({
  rating: choice(RATINGS),
  findings: requiredText(20_000),
  evidence: optionalText(5_000),
  version: startVersion(),
});
export type AssessmentInput = z.infer<typeof AssessmentSchema>;

export const RequiredMeasureSchema = z.object({
  normId: z.string({ error: "assessment.field.choose" }).trim().min(1, "assessment.field.choose"),
  description: requiredText(5_000),
  dueDate: isoDate(DATE_RANGES.due),
  status: choice(REQUIRED_MEASURE_STATUSES),
});
export type RequiredMeasureInput = z.infer<typeof RequiredMeasureSchema>;

export const RequiredMeasureEditSchema = RequiredMeasureSchema.extend({ version: startVersion() });


export const VisitSchema = z.object({
  date: isoDate(DATE_RANGES.event),
  kind: choice(VISIT_KINDS),
  participants: requiredText(2_000),
  notes: optionalText(20_000),
  // A checkbox sends "on" when ticked and nothing otherwise.
  openRound: z
    .literal("on", { error: "assessment.field.choose" })
    .optional()
    .transform((value) => value === "on"),
});
export type VisitInput = z.infer<typeof VisitSchema>;
