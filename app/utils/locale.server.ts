import { createCookie } from "@remix-run/node";
import { isLocale, translator, type Locale } from "~/i18n";

// Not secret and not signed: it only picks a language. Dutch unless the user chose English.
export const localeCookie = createCookie("lang", { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });

export async function getLocale(request: Request): Promise<Locale> {
  const value: unknown = await localeCookie.parse(request.headers.get("Cookie"));
  return isLocale(value) ? value : "nl";
}

export async function getTranslator(request: Request) {
  const locale = await getLocale(request);
  return { locale, t: translator(locale) };
}
