import { createContext, useContext } from "react";
import { useNonce } from "~/utils/nonce";
import { translatorFor, type Locale, type MessageKey, type Messages, type Translate } from "~/i18n";

// The reader's language and its message catalogue. The server fills it per request
// (entry.server.tsx, from the language cookie) and writes the catalogue into the page
// (<I18nData/>); the browser reads it back from there before hydrating (entry.client.tsx).
// So the browser downloads one language, as data in the page, instead of both catalogues as
// JavaScript in every route's bundle (tests/e2e/bundle.test.ts keeps it that way). Changing
// language therefore loads a new document (the switch in app-shell.tsx posts without fetch).
export interface I18nValue {
  locale: Locale;
  messages: Messages;
}

const I18nContext = createContext<I18nValue | null>(null);

export const I18nProvider = I18nContext.Provider;

const DATA_ID = "i18n-data";

/** A message whose key is made at run time (an audit action, a stored code): its text, or `otherwise` when there is none. */
export type TranslateIfKnown = (key: string, otherwise: string) => string;

export function useI18n(): { locale: Locale; t: Translate; tOr: TranslateIfKnown } {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n needs an I18nProvider (entry.server.tsx / entry.client.tsx)");
  const { locale, messages } = value;
  const t = translatorFor(messages);
  return { locale, t, tOr: (key, otherwise) => (key in messages ? t(key as MessageKey) : otherwise) };
}

// JSON inside a script element: "<" is escaped so no text in a message can close the element.
function serialise(value: I18nValue): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * The reader's catalogue as inert data in the page (type application/json: never executed). It
 * carries the nonce all the same, so that every script element in a page has one (the CSP check).
 */
export function I18nData() {
  const value = useContext(I18nContext);
  const nonce = useNonce();
  if (!value) return null;
  return <script id={DATA_ID} type="application/json" nonce={nonce} dangerouslySetInnerHTML={{ __html: serialise(value) }} />;
}

/** In the browser, before hydration: what the server wrote with <I18nData/>. */
export function readI18nData(document: Document): I18nValue {
  const text = document.getElementById(DATA_ID)?.textContent;
  if (!text) throw new Error(`The page has no #${DATA_ID}: it was not rendered by entry.server.tsx`);
  return JSON.parse(text) as I18nValue;
}
