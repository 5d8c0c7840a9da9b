import { useRouteLoaderData } from "@remix-run/react";
import { translator, type Locale, type Translate } from "~/i18n";

interface RootData {
  locale: Locale;
}

/** The current locale and translator, from the root loader (works on server and client). */
export function useI18n(): { locale: Locale; t: Translate } {
  const data = useRouteLoaderData<RootData>("root");
  const locale = data?.locale ?? "nl";
  return { locale, t: translator(locale) };
}
