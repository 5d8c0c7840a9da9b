import type { z } from "zod";
import { parseForm } from "./forms.server";
import { getTranslator } from "./locale.server";
import { requireActionUser } from "./session.server";

/**
 * The start of every administration form's action: only an administrator may post (checked
 * before the body is read), then the form parsed with its schema, answered in the user's language.
 */
export async function parseAdminForm<S extends z.ZodType>(request: Request, schema: S) {
  const user = await requireActionUser(request, "admin:manage");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  return { user, t, formData, parsed: parseForm(schema, formData, t) };
}
