import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { isLocale } from "~/i18n";
import { rememberLocale } from "~/models/notification.server";
import { localeCookie } from "~/utils/locale.server";
import { getUser } from "~/utils/session.server";
import { assertSameOrigin, safeRedirect } from "~/utils/security.server";

export const loader = () => redirect("/");

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await request.formData();
  const locale = form.get("locale");
  const to = safeRedirect(form.get("redirectTo"), "/");
  if (!isLocale(locale)) return redirect(to);
  // Remembered for the signed-in user too: their e-mail is written in the language they use.
  const user = await getUser(request);
  if (user) await rememberLocale(user.id, locale);
  return redirect(to, { headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
}
