// The forms of rounds, norm assessments, required measures and visits: one schema each,
// shared by the action (which is the judge) and the component (which names the fields).
// Components import only types from here; constants they render live in ./assessment, so
// zod never reaches the browser bundle.
import { z } from "zod";
import { DATE_RANGES, editVersion, isoDate, optionalText, requiredText } from "./form-rules";
import { REQUIRED_MEASURE_STATUSES, ROUND_KINDS, VISIT_KINDS, VISIT_STATES } from "./assessment";
import { todayIso } from "./dates";
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


// A checkbox sends "on" when ticked and nothing otherwise.
const checkbox = () =>
  z
    .literal("on", { error: "assessment.field.choose" })
    .optional()
    .transform((value) => value === "on");

/**
 * A visit that happened cannot lie in the future, and a round is opened for what was seen, so
 * only for a held visit. `today` is passed in so the rule does not read the clock in tests.
 */
function heldRules(input: { date: string; openRound: boolean; held: boolean }, ctx: z.RefinementCtx, today: string) {
  if (input.held && input.date > today) ctx.addIssue({ code: "custom", path: ["date"], message: "assessment.visit.heldInFuture" });
  if (input.openRound && !input.held) ctx.addIssue({ code: "custom", path: ["openRound"], message: "assessment.visit.roundNeedsHeld" });
}

export const visitSchema = (today: string = todayIso()) =>
  z
    .object({
      date: isoDate(DATE_RANGES.event),
      kind: choice(VISIT_KINDS),
      state: choice(VISIT_STATES),
      participants: requiredText(2_000),
      notes: optionalText(20_000),
      openRound: checkbox(),
    })
    .superRefine((input, ctx) => heldRules({ ...input, held: input.state === "HELD" }, ctx, today));

/** Recording a planned visit as held: the day it took place, notes, and whether to open a round. */
export const visitHeldSchema = (today: string = todayIso()) =>
  z
    .object({
      date: isoDate(DATE_RANGES.event),
      notes: optionalText(20_000),
      openRound: checkbox(),
    })
    .superRefine((input, ctx) => heldRules({ ...input, held: true }, ctx, today));
export type VisitHeldInput = z.infer<ReturnType<typeof visitHeldSchema>>;

export type VisitInput = z.infer<ReturnType<typeof visitSchema>>;
