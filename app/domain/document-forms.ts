// The forms of trajectory documents, shared by the action and the page.
import { z } from "zod";
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, statusesOf } from "./documents";
import { DATE_RANGES, isoDate, optionalText, requiredText } from "./form-rules";

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "assessment.field.choose" });

/** An https address, or nothing; no other scheme ever becomes a link. */
const optionalUrl = optionalText(2_000).refine((value) => value === "" || /^https:\/\/[^\s<>"]+$/.test(value), "document.field.url");

export const DocumentSchema = z
  .object({
    kind: choice(DOCUMENT_KINDS),
    title: requiredText(300),
    date: isoDate(DATE_RANGES.event),
    status: choice(DOCUMENT_STATUSES),
    url: optionalUrl,
  })
  .superRefine((input, ctx) => {
    if (!statusesOf(input.kind).includes(input.status)) ctx.addIssue({ code: "custom", path: ["status"], message: "document.field.statusForKind" });
    if (input.kind === "EXTERNAL" && !input.url) ctx.addIssue({ code: "custom", path: ["url"], message: "document.field.urlRequired" });
  });
export type DocumentInput = z.infer<typeof DocumentSchema>;

/** Moving a report to its next status (final, published) from the version the page showed. */
export const AdvanceDocumentSchema = z.object({
  documentId: requiredText(100),
  version: z.string({ error: "assessment.field.version" }).regex(/^\d{1,9}$/, "assessment.field.version").transform(Number),
  publishedOn: isoDate(DATE_RANGES.event).optional(),
});
