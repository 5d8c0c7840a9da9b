import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, signIn, type AppServer } from "./support/app-server";

// The HTTP boundary as a client meets it: refusals are 4xx with a short answer, never a 500,
// and the headers every page needs are there.
let app: AppServer;
beforeAll(async () => {
  app = await startApp("boundary");
});
afterAll(async () => {
  await app?.stop();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const signInFields = { email: "inspecteur@igj.example", password: "wrong-password", redirectTo: "/" };

async function post(path: string, init: { headers?: Record<string, string>; body?: BodyInit | null } = {}) {
  const response = await fetch(`${app.baseURL}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: app.baseURL, ...init.headers },
    body: init.body === undefined ? form(signInFields) : init.body,
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe("refused before the app reads the request", () => {
  it("a form from another origin, scheme or port: 403 with a short page", async () => {
    for (const origin of ["https://evil.example", "null", app.baseURL.replace("http:", "https:"), app.baseURL.replace(/:\d+$/, ":1"), "garbage"]) {
      const response = await post("/inloggen", { headers: { Origin: origin } });
      expect(response.status, origin).toBe(403);
      expect(response.text).not.toMatch(/at .*\(.*:\d+:\d+\)/);
    }
  });

  it("X-Forwarded-Host is not believed without TRUST_PROXY", async () => {
    const response = await post("/inloggen", { headers: { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" } });
    expect(response.status).toBe(403);
  });

  it("a body that is not a form: 415, multipart without a boundary: 400", async () => {
    expect((await post("/inloggen", { headers: { "Content-Type": "application/json" }, body: "{}" })).status).toBe(415);
    expect((await post("/inloggen", { headers: { "Content-Type": "text/plain" }, body: "email=a" })).status).toBe(415);
    expect((await post("/inloggen", { body: null })).status).toBe(415);
    expect((await post("/inloggen", { headers: { "Content-Type": "multipart/form-data" }, body: "--x\r\n" })).status).toBe(400);
    expect((await post("/inloggen", { headers: { "Content-Type": "multipart/form-data; boundary=abc" }, body: "garbage" })).status).toBe(400);
  });

  it("a form over 1 MB: 413, and the kept-alive connection still serves the next request", async () => {
    const { port } = new URL(app.baseURL);
    const body = `text=${"a".repeat(2 * 1024 * 1024)}`;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "localhost");
      let received = "";
      socket.on("data", (chunk) => {
        received += chunk.toString();
        if ((received.match(/HTTP\/1\.1 /g) ?? []).length >= 2 && /<\/html>\s*$/.test(received)) socket.end();
      });
      socket.on("end", () => resolve(received));
      socket.on("error", reject);
      socket.write(
        `POST /inloggen HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: ${app.baseURL}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
          `Content-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n${body}` +
          `GET /inloggen HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: keep-alive\r\n\r\n`,
      );
      setTimeout(() => resolve(received), 20_000);
    });
    const statuses = [...raw.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
    expect(statuses).toEqual([413, 200]);
  });

  it("a 200 MB body is refused with 413 from its declared length, before any of it is sent", async () => {
    const { port } = new URL(app.baseURL);
    for (const type of ["application/x-www-form-urlencoded", "multipart/form-data; boundary=abc"]) {
      const status = await new Promise<number>((resolve, reject) => {
        const request = httpRequest({
          host: "localhost",
          port: Number(port),
          method: "POST",
          path: "/inloggen",
          headers: { Origin: app.baseURL, "Content-Type": type, "Content-Length": String(200 * 1024 * 1024) },
        });
        request.on("response", (response) => {
          resolve(response.statusCode ?? 0);
          request.destroy();
        });
        request.on("error", reject);
        request.flushHeaders();
      });
      expect(status, type).toBe(413);
    }
  });
});

describe("odd input answered without a 500", () => {
  it("a redirect target with a full-width dot stays on this site", async () => {
    const signedIn = await post("/inloggen", { body: form({ ...signInFields, password: "toezicht-demo", redirectTo: "/。evil.example" }) });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("Location")).toBe("/%E3%80%82evil.example");
    const language = await post("/taal", { body: form({ locale: "en", redirectTo: "/。evil.example" }) });
    expect(language.status).toBe(302);
    expect(new URL(language.headers.get("Location") ?? "", app.baseURL).origin).toBe(app.baseURL);
  });

  it("deleting a norm that does not exist: 404", async () => {
    const cookie = await signIn(app.baseURL, "beheer@igj.example");
    const versionId = (app.sqlite.prepare("SELECT id FROM FrameworkVersion ORDER BY version DESC LIMIT 1").get() as { id: string }).id;
    const created = await post(`/toetsingskaders/${versionId}`, { headers: { Cookie: cookie }, body: form({ intent: "new-version", effectiveDate: "2027-01-01" }) });
    expect(created.status).toBe(302);
    const draft = created.headers.get("Location") ?? "";
    const response = await post(draft, { headers: { Cookie: cookie }, body: form({ intent: "delete-norm", normId: "no-such-norm" }) });
    expect(response.status).toBe(404);
  });
});

describe("security headers", () => {
  it("every page: CSP with a nonce and no unsafe-inline script, framing refused, nosniff, referrer policy", async () => {
    const response = await fetch(`${app.baseURL}/inloggen`);
    const html = await response.text();
    const csp = response.headers.get("Content-Security-Policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const directive of ["frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'", "object-src 'none'"]) expect(csp).toContain(directive);
    // Every inline script Remix wrote carries this response's nonce.
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
    expect(response.headers.get("X-Frame-Options")).toBe("DENY");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Referrer-Policy")).toBe("same-origin");
    expect(response.headers.get("Permissions-Policy")).toContain("camera=()");
    // A new nonce per response.
    const again = (await fetch(`${app.baseURL}/inloggen`)).headers.get("Content-Security-Policy");
    expect(again).not.toBe(csp);
  });

  it("pages behind sign-in and the CSV export are not stored; the export is not sniffed", async () => {
    const cookie = await signIn(app.baseURL, "teamleider@igj.example");
    for (const path of ["/trajecten", "/portefeuille", "/trajecten/traj-enver"]) {
      const response = await fetch(`${app.baseURL}${path}`, { headers: { Cookie: cookie } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Cache-Control"), path).toContain("no-store");
    }
    const csv = await fetch(`${app.baseURL}/portefeuille.csv`, { headers: { Cookie: cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(csv.headers.get("Cache-Control")).toContain("no-store");
  });
});
