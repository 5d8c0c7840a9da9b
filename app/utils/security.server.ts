const BASE = "http://same-origin.invalid";

/**
 * Only same-site paths: anything else (other hosts, "//evil", "/\\evil", control characters)
 * falls back. The answer is the path as the URL parser normalised it, percent-encoded ASCII,
 * so an odd target ("/。evil.example") can neither leave the site nor break the Location header.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (!to || typeof to !== "string") return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.includes("\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Refuses cross-site POSTs: browsers send Origin on every POST, so a mismatch is a forged
 * request. A request without Origin or Referer is not from a browser form and is not a CSRF risk.
 * Scheme, host and port must all match the request's own URL, which the server builds from the
 * Host header (and from X-Forwarded-* only when TRUST_PROXY says a proxy sets them).
 */
export function assertSameOrigin(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  const origin = request.headers.get("Origin") ?? request.headers.get("Referer");
  if (origin === null) return;
  let actual: string | null = null;
  try {
    actual = new URL(origin).origin;
  } catch {
    actual = null;
  }
  if (actual !== new URL(request.url).origin) {
    throw new Response("Forbidden: cross-origin request", { status: 403 });
  }
}
