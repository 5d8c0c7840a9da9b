// The management journey's forms: one schema each, used by the actions (the judges of
// validity). Components import only types from here; the constants they render live in
// ./closure, so zod never reaches the browser bundle.
import { z } from "zod";
import { CLOSURE_OUTCOMES, DECISIONS, FOLLOW_UP_KINDS, FOLLOW_UP_ROWS, followUpField, type FollowUpPlan } from "./closure";
import { isIsoDate, parseDateInput, todayIso } from "./dates";
import { DATE_RANGES, choice, dateBounds, inRange, isoDate, optionalIsoDate, optionalText, recordId, requiredText, editVersion } from "./form-rules";

const id = recordId;

const rowShape = Object.fromEntries(
  Array.from({ length: FOLLOW_UP_ROWS }, (_, i) => [
    [followUpField(i, "title"), optionalText(300)],
    [followUpField(i, "kind"), optionalText(40)],
    [followUpField(i, "dueDate"), optionalText(40)],
  ]).flat(),
) as Record<string, ReturnType<typeof optionalText>>;

/** A checkbox list arrives as one string, several, or nothing. */
const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean));

export const ProposalSchema = z
  .object({
    outcome: choice(CLOSURE_OUTCOMES),
    rationale: requiredText(20_000),
    coAuthorIds: idList,
    newDeadline: optionalIsoDate(DATE_RANGES.due),
    measureTypeId: optionalText(100),
    measureDetails: optionalText(5_000),
    version: editVersion(),
    ...rowShape,
  })
  .superRefine((form, ctx) => {
    const need = (path: string, message = "field.required") => ctx.addIssue({ code: "custom", path: [path], message });
    if (form.outcome === "EXTEND") {
      if (!form.newDeadline) need("newDeadline");
    }
    if (form.outcome === "ESCALATE") {
      if (!form.measureTypeId) need("measureTypeId", "closure.field.choose");
      if (!form.measureDetails) need("measureDetails");
    }
    if (form.outcome !== "LIFT") return;
    // A row counts once any of its fields is filled; then all of them must be.
    for (let i = 0; i < FOLLOW_UP_ROWS; i += 1) {
      const row = followUpRow(form, i);
      if (!row.title && !row.kind && !row.dueDate) continue;
      if (!row.title) need(followUpField(i, "title"));
      if (!(FOLLOW_UP_KINDS as readonly string[]).includes(row.kind)) need(followUpField(i, "kind"), "closure.field.choose");
      if (!row.dueDate) need(followUpField(i, "dueDate"));
      else if (!isIsoDate(row.dueDate)) need(followUpField(i, "dueDate"), "field.date");
      else if (!inRange(DATE_RANGES.due)(row.dueDate)) {
        const { min, max } = dateBounds(DATE_RANGES.due);
        need(followUpField(i, "dueDate"), `security.field.dateRange|${min} – ${max}`);
      }
    }
  })
  .transform(({ outcome, rationale, coAuthorIds, newDeadline, measureTypeId, measureDetails, version, ...rest }) => ({
    outcome,
    rationale,
    coAuthorIds: [...new Set(coAuthorIds)],
    version,
    extension: outcome === "EXTEND" && newDeadline ? { newDeadline } : null,
    escalation: outcome === "ESCALATE" ? { measureTypeId, details: measureDetails } : null,
    followUps:
      outcome === "LIFT"
        ? Array.from({ length: FOLLOW_UP_ROWS }, (_, i) => followUpRow(rest, i))
            .filter((row) => row.title)
            .map((row) => ({ title: row.title, kind: row.kind, dueDate: row.dueDate }) as FollowUpPlan)
        : [],
  }));
export type ProposalInput = z.infer<typeof ProposalSchema>;

function followUpRow(form: Record<string, unknown>, i: number) {
  const text = (part: "title" | "kind" | "dueDate") => {
    const value = form[followUpField(i, part)];
    return typeof value === "string" ? value : "";
  };
  // A due date as typed ("30 september 2026", "30-9-2026"), as an ISO day when it reads as one.
  const dueDate = text("dueDate");
  return { title: text("title"), kind: text("kind"), dueDate: parseDateInput(dueDate) ?? dueDate };
}

export const DecisionSchema = z
  .object({
    intent: z.literal("decide"),
    proposalId: id(),
    version: editVersion(),
    decision: choice(DECISIONS),
    comment: optionalText(10_000),
    decisionDate: isoDate(DATE_RANGES.event),
    measureDueDate: optionalIsoDate(DATE_RANGES.due),
  })
  .superRefine((form, ctx) => {
    // Sending a proposal back without saying why leaves the proposer guessing.
    if (form.decision === "RETURNED" && !form.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "closure.field.returnComment" });
    }
    // A decision is recorded on or after the day it is taken, never ahead (today in the Netherlands).
    if (form.decisionDate > todayIso()) {
      ctx.addIssue({ code: "custom", path: ["decisionDate"], message: "closure.field.notFuture" });
    }
  });
export type DecisionInput = z.infer<typeof DecisionSchema>;

export const FollowUpMetSchema = z.object({ intent: z.literal("followUpMet"), followUpId: id() });

export const ArchiveSchema = z.object({ intent: z.literal("archive"), version: editVersion() });

export const PublicationSchema = z.object({
  publicSummary: requiredText(5_000),
  // A checkbox sends "on" when ticked and nothing otherwise.
  publish: z
    .literal("on", { error: "closure.field.choose" })
    .optional()
    .transform((value) => value === "on"),
  // What the form started from: the save only applies if nobody changed it in between.
  previousSummary: z.string().default(""),
  previousPublishedAt: z.string().default(""),
});
export type PublicationInput = z.infer<typeof PublicationSchema>;

export const MeasureTypeSchema = z.object({
  code: z
    .string({ error: "field.required" })
    .trim()
    .toUpperCase()
    .min(1, "field.required")
    .regex(/^[A-Z][A-Z0-9_]{1,39}$/, "management.field.code"),
  nameNl: requiredText(100),
  nameEn: requiredText(100),
});
export type MeasureTypeInput = z.infer<typeof MeasureTypeSchema>;
