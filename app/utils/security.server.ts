/** Only same-site paths: anything else (other hosts, "//evil", "/\\evil") falls back. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (!to || typeof to !== "string") return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(to)) return fallback;
  return to;
}

/**
 * Refuses cross-site POSTs: browsers send Origin on every POST, so a mismatch is a forged
 * request. A request without Origin or Referer is not from a browser form and is not a CSRF risk.
 */
export function assertSameOrigin(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  const expected = new URL(request.url);
  const origin = request.headers.get("Origin") ?? request.headers.get("Referer");
  if (!origin) return;
  let actual: URL;
  try {
    actual = new URL(origin);
  } catch {
    throw new Response("Forbidden: bad origin", { status: 403 });
  }
  const expectedHost = request.headers.get("X-Forwarded-Host") ?? request.headers.get("Host") ?? expected.host;
  if (actual.host !== expectedHost) {
    throw new Response("Forbidden: cross-origin request", { status: 403 });
  }
}
