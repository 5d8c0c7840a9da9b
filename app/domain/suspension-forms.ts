import { z } from "zod";
import { DATE_RANGES, isoDate, requiredText, editVersion } from "./form-rules";

export const SuspensionSchema = z
  .object({
    intent: z.literal("suspend"),
    version: editVersion(),
    reason: requiredText(2_000),
    startDate: isoDate(DATE_RANGES.event),
    endDate: isoDate(DATE_RANGES.due),
  })
  .superRefine((form, ctx) => {
    if (form.endDate < form.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "suspension.field.endBeforeStart" });
  });
export type SuspensionInput = z.infer<typeof SuspensionSchema>;
