import { z } from "zod";
import { DATE_RANGES, isoDate, optionalText, requiredText } from "./form-rules";

// Forms for assessment frameworks (toetsingskaders). Used by actions only.
export const NewFrameworkSchema = z.object({
  name: requiredText(200),
  sector: requiredText(100),
  effectiveDate: isoDate(DATE_RANGES.effective),
});

export const NormSchema = z.object({
  code: z.string({ error: "field.required" }).trim().min(1, "field.required").max(20, "field.tooLong|20"),
  title: requiredText(300),
  description: requiredText(5000),
  criteria: optionalText(5000),
  order: z
    .string({ error: "field.required" })
    .trim()
    .regex(/^\d{1,3}$/, "frameworks.orderInvalid")
    .transform(Number),
});
export type NormForm = z.infer<typeof NormSchema>;

export const NewVersionSchema = z.object({ effectiveDate: isoDate(DATE_RANGES.effective) });
