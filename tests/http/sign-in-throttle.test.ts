import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from "~/domain/login-throttle";
import { DEMO_PASSWORD, startApp, type AppServer } from "./support/app-server";

// Sign-in throttling over real HTTP. `proxied` declares a proxy (TRUST_PROXY=1), so each test
// can play several clients through X-Forwarded-For; `direct` declares none, so that header is
// a client's own claim and must change nothing.
let proxied: AppServer;
let direct: AppServer;
beforeAll(async () => {
  proxied = await startApp("throttle-proxied", { TRUST_PROXY: "1" });
  direct = await startApp("throttle-direct");
});
afterAll(async () => {
  await proxied?.stop();
  await direct?.stop();
});

async function attempt(app: AppServer, email: string, password: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.baseURL}/inloggen`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: app.baseURL, ...headers },
    body: new URLSearchParams({ email, password, redirectTo: "/" }),
  });
  await response.arrayBuffer();
  return { status: response.status, cookies: response.headers.getSetCookie() };
}

const tally = (statuses: number[]) => statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});

describe("sign-in throttling", () => {
  it(`40 simultaneous wrong passwords for one account: only ${ACCOUNT_LIMIT} are checked, the rest 429`, async () => {
    const statuses = (
      await Promise.all(Array.from({ length: 40 }, () => attempt(proxied, "teamleider@igj.example", "wrong", { "X-Forwarded-For": "192.0.2.10" })))
    ).map((r) => r.status);
    console.info(`throttle, parallel: 40 simultaneous wrong passwords → ${JSON.stringify(tally(statuses))}`);
    expect(statuses.filter((s) => s === 401)).toHaveLength(ACCOUNT_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - ACCOUNT_LIMIT);
  });

  it(`30 accounts sprayed from one client: slowed after ${ADDRESS_LIMIT} failures`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await attempt(proxied, `spray-${i}@igj.example`, "Welkom01!", { "X-Forwarded-For": "192.0.2.20" })).status);
    console.info(`throttle, spray: 30 addresses from one client → ${JSON.stringify(tally(statuses))}`);
    expect(statuses.slice(0, ADDRESS_LIMIT).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(ADDRESS_LIMIT).every((s) => s === 429)).toBe(true);
    // Another client is not slowed by it.
    expect((await attempt(proxied, "spray-x@igj.example", "x", { "X-Forwarded-For": "192.0.2.21" })).status).toBe(401);
  });

  it("an attacker cannot keep the owner out: on a device they signed in with before, the right password still works", async () => {
    const owner = { "X-Forwarded-For": "198.51.100.7" };
    const first = await attempt(proxied, "inspecteur@igj.example", DEMO_PASSWORD, owner);
    expect(first.status).toBe(302);
    const device = first.cookies.find((c) => c.startsWith("__device="))?.split(";")[0];
    expect(device).toBeTruthy();

    const attacker = await Promise.all(Array.from({ length: 15 }, (_, i) => attempt(proxied, "inspecteur@igj.example", `guess-${i}`, { "X-Forwarded-For": `203.0.113.${i}` })));
    expect(attacker.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    // A client the account does not know is refused while the attack lasts, even with the right password …
    expect((await attempt(proxied, "inspecteur@igj.example", DEMO_PASSWORD, { "X-Forwarded-For": "203.0.113.200" })).status).toBe(429);
    // … but the owner's own device is counted apart, and gets in.
    expect((await attempt(proxied, "inspecteur@igj.example", DEMO_PASSWORD, { ...owner, Cookie: device ?? "" })).status).toBe(302);
    // The device cookie is bound to its account: it buys nothing for another one.
    const other = await Promise.all(Array.from({ length: ACCOUNT_LIMIT + 2 }, () => attempt(proxied, "teamleider@igj.example", "wrong", { Cookie: device ?? "", "X-Forwarded-For": "198.51.100.8" })));
    expect(other.every((r) => r.status === 429)).toBe(true);
  });

  it("without TRUST_PROXY a client cannot dodge the address limit by writing its own X-Forwarded-For", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ADDRESS_LIMIT + 5; i++) statuses.push((await attempt(direct, `dodge-${i}@igj.example`, "x", { "X-Forwarded-For": `10.9.${i}.1` })).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(ADDRESS_LIMIT);
    expect(statuses.slice(ADDRESS_LIMIT).every((s) => s === 429)).toBe(true);
  });
});
