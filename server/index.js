// The production server: Express serving the Remix build, with the boundary checks and
// security headers from ./guard.js in front of it (see docs/decisions/008-own-http-server.md).
// Usage: node server/index.js [build/index.js]
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { newNonce, refusal, securityHeaders, withClientErrors } from "./guard.js";

const production = process.env.NODE_ENV === "production";
const trustProxy = process.env.TRUST_PROXY === "1" || process.env.TRUST_PROXY === "true";
const uploadMb = Number(process.env.MAX_UPLOAD_MB ?? 20);
// The upload form takes up to five files; every file is also capped on its own while it streams.
const multipartLimitBytes = Math.ceil((Number.isFinite(uploadMb) && uploadMb > 0 ? uploadMb : 20) * 5 * 1024 * 1024) + 1024 * 1024;

const buildPath = path.resolve(process.argv[2] ?? "build/index.js");
const build = await import(pathToFileURL(buildPath).href);
installGlobals({ nativeFetch: build.future.v3_singleFetch });

/** A short page for a refused request: no stack, no internals. */
function refuse(res, status, message) {
  res.status(status).set({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).send(message);
}

const app = express();
app.disable("x-powered-by");
// One proxy hop: req.ip is then the address that proxy saw, not whatever a client wrote.
if (trustProxy) app.set("trust proxy", 1);

/**
 * Sets the headers just before they are sent, each only where the response has none of its own
 * (the Remix adapter appends, so a header set earlier would appear twice beside the route's).
 */
function beforeHeaders(res, headers) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    for (const [name, value] of Object.entries(headers())) if (!res.hasHeader(name)) res.setHeader(name, value);
    return writeHead.apply(this, args);
  };
}

app.use((req, res, next) => {
  const nonce = newNonce();
  res.locals.cspNonce = nonce;
  beforeHeaders(res, () => securityHeaders({ nonce, https: req.secure, production }));
  if (!trustProxy) {
    // Nobody declared a proxy, so these came from the client: Remix must not believe them.
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-for"];
  }
  const refused = refusal(req, { trustProxy, multipartLimitBytes });
  // Node discards the unread body after the answer, so a kept-alive connection stays usable.
  if (refused) return refuse(res, refused.status, refused.message);
  next();
});

app.use(compression());
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));

// Everything the app renders may be personal: no cache keeps it unless a route says otherwise.
app.use((_req, res, next) => {
  beforeHeaders(res, () => ({ "Cache-Control": "no-store" }));
  next();
});

app.all(
  "*",
  createRequestHandler({
    build: withClientErrors(build),
    mode: process.env.NODE_ENV,
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientAddress: req.ip }),
  }),
);

// Last resort: log it, answer without details.
app.use((error, _req, res, _next) => {
  console.error(error);
  if (res.headersSent) return res.end();
  refuse(res, typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500, "Something went wrong.");
});

const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port, process.env.HOST ?? undefined, () => {
  // With PORT=0 the system picks a free port; tests read it from this line.
  console.info(`[toezichtspoor] http://localhost:${server.address().port}`);
});
// Notification delivery (and reminders) in this process unless NOTIFICATIONS=off: see
// docs/decisions/012-notifications.md; `npm run worker` runs them alone.
const stopJobs = build.entry.module.startBackgroundJobs?.() ?? null;
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close();
    stopJobs?.().catch((error) => console.error(error));
  });
}
