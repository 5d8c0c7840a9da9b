// The HTTP boundary's own checks, run before Remix sees a request, and the security headers
// every response carries. Plain JavaScript: the server runs it as is, without a build.
import { randomBytes } from "node:crypto";

/** URL-encoded form bodies above this are refused before they are read. */
export const FORM_LIMIT_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// RFC 2046: 1 to 70 characters from this set, not ending in a space.
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;

/**
 * @typedef {{ method?: string; headers: Record<string, string | string[] | undefined>; secure?: boolean }} IncomingLike
 * @typedef {{ trustProxy: boolean; multipartLimitBytes: number }} GuardOptions
 * @typedef {{ status: number; message: string }} Refusal
 */

/** @param {string | string[] | undefined} value */
function first(value) {
  const one = Array.isArray(value) ? value[0] : value;
  return one?.split(",")[0]?.trim() || undefined;
}

/**
 * The origin a same-site browser form would send: this server's scheme, host and port.
 * Forwarded headers count only when a proxy is declared to set them (TRUST_PROXY).
 * @param {IncomingLike} req
 * @param {boolean} trustProxy
 */
export function expectedOrigin(req, trustProxy) {
  const proto = (trustProxy && first(req.headers["x-forwarded-proto"])) || (req.secure ? "https" : "http");
  const host = (trustProxy && first(req.headers["x-forwarded-host"])) || first(req.headers.host) || "";
  return `${proto}://${host}`.toLowerCase();
}

/** @param {string} value */
function originOf(value) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Why this request is refused before the application reads it, or null to let it through:
 * 403 for another origin, 415 for a body that is not a form, 411/413 for a body of unknown
 * or excessive length.
 * @param {IncomingLike} req
 * @param {GuardOptions} options
 * @returns {Refusal | null}
 */
export function refusal(req, options) {
  const method = (req.method ?? "GET").toUpperCase();
  if (SAFE_METHODS.has(method)) return null;

  const expected = expectedOrigin(req, options.trustProxy);
  const origin = req.headers.origin;
  const referer = req.headers.referer;
  if (origin !== undefined) {
    if (typeof origin !== "string" || originOf(origin) !== expected) return { status: 403, message: "This form was sent from another site." };
  } else if (referer !== undefined) {
    if (typeof referer !== "string" || originOf(referer) !== expected) return { status: 403, message: "This form was sent from another site." };
  }

  const type = typeof req.headers["content-type"] === "string" ? req.headers["content-type"] : "";
  const [mime = "", ...params] = type.split(";").map((part) => part.trim());
  let limit;
  if (mime.toLowerCase() === "application/x-www-form-urlencoded") {
    limit = FORM_LIMIT_BYTES;
  } else if (mime.toLowerCase() === "multipart/form-data") {
    const boundary = params.find((p) => p.toLowerCase().startsWith("boundary="))?.slice("boundary=".length).replace(/^"(.*)"$/, "$1");
    if (!boundary || !BOUNDARY.test(boundary)) return { status: 400, message: "The multipart body has no valid boundary." };
    limit = options.multipartLimitBytes;
  } else {
    return { status: 415, message: "Only form submissions are accepted." };
  }

  const length = req.headers["content-length"];
  if (length === undefined) {
    // Chunked: its size is unknown until it has been read, so it is not read at all.
    if (req.headers["transfer-encoding"] !== undefined) return { status: 411, message: "A form body needs a Content-Length." };
    return null;
  }
  if (typeof length !== "string" || !/^\d+$/.test(length)) return { status: 400, message: "Bad Content-Length." };
  if (Number(length) > limit) return { status: 413, message: "The form is too large." };
  return null;
}

export function newNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * Headers for every response. Scripts run only from this origin or with the response's nonce
 * (Remix's inline scripts get it through entry.server), never inline otherwise.
 * @param {{ nonce: string; https: boolean; production: boolean }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({ nonce, https, production }) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // react-aria positions and hides elements with style attributes and inserts a <style> at
    // run time; styles cannot run code, so inline styles stay allowed. Scripts do not.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ];
  if (production && https) csp.push("upgrade-insecure-requests");
  /** @type {Record<string, string>} */
  const headers = {
    "Content-Security-Policy": csp.join("; "),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  if (production && https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

/**
 * Errors that are the client's doing and must not become a 500: a body that cannot be parsed
 * as the form it claims to be, a record that does not exist, a malformed escape in a URL.
 * @param {unknown} error
 * @returns {number | null} the status to answer with, or null for a genuine server error
 */
export function clientErrorStatus(error) {
  if (!error || typeof error !== "object" || error instanceof Response) return null;
  const { name, message, code } = /** @type {{ name?: unknown; message?: unknown; code?: unknown }} */ (error);
  const text = typeof message === "string" ? message : "";
  if (name === "TypeError" && /parse body as FormData|Content-Type was not one of|multipart|boundary|Unexpected end of form|Malformed part header/i.test(text)) return 400;
  if (name === "URIError") return 400;
  if (code === "P2025" || name === "NotFoundError") return 404;
  return null;
}

/**
 * The server build with every loader and action wrapped so a client error (see above) is
 * answered as a 4xx Response instead of escaping as a 500.
 * @template {{ routes: Record<string, { module: Record<string, unknown> }> }} B
 * @param {B} build
 * @returns {B}
 */
export function withClientErrors(build) {
  /** @param {unknown} fn */
  const wrap = (fn) =>
    typeof fn !== "function"
      ? fn
      : /** @param {unknown[]} args */ async (...args) => {
          try {
            return await fn(...args);
          } catch (error) {
            const status = clientErrorStatus(error);
            if (status === null) throw error;
            throw new Response(status === 404 ? "Not found" : "Bad request", { status });
          }
        };
  /** @type {Record<string, { module: Record<string, unknown> }>} */
  const routes = {};
  for (const [id, route] of Object.entries(build.routes)) {
    routes[id] = { ...route, module: { ...route.module, loader: wrap(route.module.loader), action: wrap(route.module.action) } };
  }
  return { ...build, routes };
}
