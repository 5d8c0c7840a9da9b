import { z } from "zod";
import { isIsoDate } from "./dates";

// Building blocks for form schemas shared by actions and components. Messages are message
// keys ("field.required"), translated when the action returns them; "key|n" passes a number.
export const requiredText = (max = 5000) =>
  z
    .string({ error: "field.required" })
    .trim()
    .min(1, "field.required")
    .max(max, `field.tooLong|${max}`);

export const optionalText = (max = 5000) => z.string().trim().max(max, `field.tooLong|${max}`).default("");

export const isoDate = () =>
  z
    .string({ error: "field.required" })
    .trim()
    .min(1, "field.required")
    .refine(isIsoDate, "field.date");

export const optionalIsoDate = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || isIsoDate(value), "field.date");
