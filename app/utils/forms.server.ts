import { data } from "@remix-run/node";
import type { z } from "zod";
import type { MessageKey, Translate } from "~/i18n";
import { catalogues } from "~/i18n";

export type FieldErrors = Record<string, string[]>;

export interface FormFailure {
  ok: false;
  errors: FieldErrors;
  values: Record<string, string>;
  formError?: string;
}

function isMessageKey(message: string): message is MessageKey {
  return message in catalogues.nl;
}

/** Field errors keyed by the form field's name ("norms.0" for arrays), translated for the user. */
export function fieldErrors(error: z.ZodError, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const name = issue.path.join(".") || "_form";
    const [key, param] = issue.message.split("|");
    const message = key && isMessageKey(key) ? t(key, param ? { max: param } : undefined) : issue.message;
    (errors[name] ??= []).push(message);
  }
  return errors;
}

/** The submitted text values, so a failed form re-renders with what the user typed. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

export function formFailure(formData: FormData, errors: FieldErrors, formError?: string, status = 400) {
  const body: FormFailure = { ok: false, errors, values: submittedValues(formData), formError };
  return data(body, { status });
}

/** Parses the form with its schema: the data, or a 400 response with field errors and the values. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  t: Translate,
): { ok: true; data: z.infer<S> } | { ok: false; response: ReturnType<typeof formFailure> } {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    input[key] = all.length > 1 || key.endsWith("[]") ? all : all[0];
  }
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, response: formFailure(formData, fieldErrors(result.error, t)) };
}
