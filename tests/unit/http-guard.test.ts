import { describe, expect, it } from "vitest";
import { clientErrorStatus, expectedOrigin, refusal, securityHeaders, withClientErrors } from "../../server/guard.js";

const options = { trustProxy: false, multipartLimitBytes: 10_000 };
const form = { host: "app.example:8443", "content-type": "application/x-www-form-urlencoded", "content-length": "10" };

describe("refusal", () => {
  it("lets reads and a same-origin form through", () => {
    expect(refusal({ method: "GET", headers: { origin: "https://evil.example" } }, options)).toBeNull();
    expect(refusal({ method: "POST", headers: { ...form, origin: "http://app.example:8443" } }, options)).toBeNull();
    expect(refusal({ method: "POST", headers: { ...form, origin: "https://app.example:8443" }, secure: true }, options)).toBeNull();
  });

  it("refuses another origin, scheme or port, a null or malformed Origin and a foreign Referer with 403", () => {
    for (const origin of ["https://evil.example", "https://app.example:8443", "http://app.example", "null", "::", "javascript:alert(1)"]) {
      expect(refusal({ method: "POST", headers: { ...form, origin } }, options)?.status, origin).toBe(403);
    }
    expect(refusal({ method: "POST", headers: { ...form, referer: "https://evil.example/x" } }, options)?.status).toBe(403);
  });

  it("believes X-Forwarded-Host and -Proto only when a proxy is declared", () => {
    const headers = { ...form, origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    expect(refusal({ method: "POST", headers }, options)?.status).toBe(403);
    expect(refusal({ method: "POST", headers }, { ...options, trustProxy: true })).toBeNull();
    expect(expectedOrigin({ headers: { host: "a.example", "x-forwarded-host": "b.example, c" } }, true)).toBe("http://b.example");
  });

  it("refuses a body that is not a form with 415, multipart without a boundary with 400", () => {
    for (const type of ["application/json", "text/plain", "", "application/xml"]) {
      expect(refusal({ method: "POST", headers: { ...form, "content-type": type } }, options)?.status, type).toBe(415);
    }
    expect(refusal({ method: "POST", headers: { ...form, "content-type": "multipart/form-data" } }, options)?.status).toBe(400);
    expect(refusal({ method: "POST", headers: { ...form, "content-type": "multipart/form-data; boundary=----x1" } }, options)).toBeNull();
  });

  it("refuses an oversized form (413) and a chunked one of unknown length (411) before reading it", () => {
    expect(refusal({ method: "POST", headers: { ...form, "content-length": String(2 * 1024 * 1024) } }, options)?.status).toBe(413);
    expect(refusal({ method: "POST", headers: { ...form, "content-type": "multipart/form-data; boundary=b", "content-length": "10001" } }, options)?.status).toBe(413);
    const { "content-length": _, ...chunked } = form;
    expect(refusal({ method: "POST", headers: { ...chunked, "transfer-encoding": "chunked" } }, options)?.status).toBe(411);
  });
});

describe("securityHeaders", () => {
  it("sets a nonce-based CSP without unsafe-inline scripts, and HSTS only over HTTPS in production", () => {
    const headers = securityHeaders({ nonce: "abc", https: false, production: true });
    const csp = headers["Content-Security-Policy"] ?? "";
    expect(csp).toContain("script-src 'self' 'nonce-abc'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const part of ["frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'", "object-src 'none'"]) expect(csp).toContain(part);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("same-origin");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ nonce: "abc", https: true, production: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });
});

describe("client errors", () => {
  it("maps unparseable bodies and missing records to 4xx, leaves real faults alone", async () => {
    expect(clientErrorStatus(new TypeError("Failed to parse body as FormData."))).toBe(400);
    expect(clientErrorStatus(Object.assign(new Error("No record"), { code: "P2025" }))).toBe(404);
    expect(clientErrorStatus(new Error("disk full"))).toBeNull();
    const build = withClientErrors({
      routes: {
        a: { module: { action: async () => { throw new TypeError("Failed to parse body as FormData."); } } },
        b: { module: { loader: async () => { throw new Error("disk full"); } } },
      },
    });
    const thrown = await (build.routes.a?.module.action as () => Promise<unknown>)().catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(400);
    await expect((build.routes.b?.module.loader as () => Promise<unknown>)()).rejects.toThrow("disk full");
  });
});
