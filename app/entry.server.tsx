import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { catalogues } from "~/i18n";
import { I18nProvider } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { NonceProvider } from "~/utils/nonce";

// Remix's default Node entry, plus the CSP nonce the server made for this response
// (server/index.js): every inline script Remix writes carries it; and the reader's language
// with its catalogue, which the page carries to the browser (app/utils/i18n.tsx).
//
// The abort is a safety net for a render that never ends, not a deadline. No route streams
// deferred data (there is no `defer`), so a render waits only for React itself; with the
// template's 5 s, a machine under heavy load (40 sign-ins at once beside other work) aborted
// renders that were merely slow and answered 500 without a word in the log.
const ABORT_DELAY = 60_000;

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    /** The client's address (from the proxy header only when TRUST_PROXY is set). */
    clientAddress?: string;
  }
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  // Bots and no-JS readers get the whole document at once; browsers get the shell first.
  const whole = isbot(request.headers.get("user-agent") ?? "");
  const locale = await getLocale(request);
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const respond = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html");
      resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nProvider value={{ locale, messages: catalogues[locale] }}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nProvider>
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          if (!whole) respond();
        },
        onAllReady() {
          clearTimeout(timer);
          if (whole) respond();
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Before the shell, the error reaches Remix through onShellError, which logs it.
          if (shellRendered) console.error(error);
        },
      },
    );
    const timer = setTimeout(abort, ABORT_DELAY);
  });
}

// The server process (server/index.js) starts the notifications' background work from here,
// so it runs the same bundled code as the pages.
export { startBackgroundJobs } from "~/models/background-jobs.server";
