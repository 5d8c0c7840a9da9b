import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nProvider, readI18nData } from "~/utils/i18n";

// Remix's default browser entry, plus the reader's message catalogue: the server wrote it into
// the page (app/utils/i18n.tsx), so hydration renders the same text without shipping the catalogues.
const i18n = readI18nData(document);

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <I18nProvider value={i18n}>
        <RemixBrowser />
      </I18nProvider>
    </StrictMode>,
  );
});
