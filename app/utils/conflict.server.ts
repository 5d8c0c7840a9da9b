import { data } from "@remix-run/node";
import { submittedValues } from "./forms.server";

/**
 * A save refused because someone else saved first: 409 with the newer content beside the
 * user's own input, so nothing is overwritten silently and nothing typed is lost.
 */
export function conflictResponse<T>(formData: FormData, formError: string, conflict: T) {
  return data({ ok: false as const, errors: {}, values: submittedValues(formData), formError, conflict }, { status: 409 });
}
