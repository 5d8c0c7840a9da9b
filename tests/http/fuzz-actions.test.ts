import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startApp, signIn, type AppServer } from "./support/app-server";
import { namesFrom, payload, prng } from "./support/payloads";
import { ROOT } from "./support/paths";
import { fillPattern, resolveParams, routeFiles } from "./support/routes";

// Every action the route files export gets PER_ACTION generated bodies: empty, missing and
// oversized fields, wrong types, impossible dates, NUL and control characters, arrays for
// scalars, duplicate keys, wrong content types, odd multipart file names, foreign origins.
// None may be answered 5xx, and a refused one (4xx) may not change a row.
const PER_ACTION = 200;
const ACCOUNTS = ["inspecteur@igj.example", "enver@enver.example", "teamleider@igj.example", "beheer@igj.example", "inspecteur2@igj.example"];
// Sessions and sign-in failures are written by design on refused requests (a refused sign-in is
// counted); everything else is the application's data.
const NOT_COUNTED = new Set(["Session", "LoginFailure", "_prisma_migrations"]);

let app: AppServer;
beforeAll(async () => {
  app = await startApp("fuzz");
});
afterAll(async () => {
  await app?.stop();
});

function rowCounts(): Map<string, number> {
  const tables = app.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  const counts = new Map<string, number>();
  for (const { name } of tables) {
    if (NOT_COUNTED.has(name)) continue;
    counts.set(name, (app.sqlite.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n);
  }
  return counts;
}

function changed(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([name, n]) => before.get(name) !== n).map(([name, n]) => `${name} ${before.get(name)}→${n}`);
}

const routes = routeFiles().filter((r) => r.hasAction);
// Signing in is fuzzed last: its refused attempts count against this client's address.
routes.sort((a, b) => Number(a.file.startsWith("inloggen")) - Number(b.file.startsWith("inloggen")));
const figures: { route: string; payloads: number; fiveHundreds: number; refused: number; accepted: number; refusedThatWrote: number; statuses: Record<number, number> }[] = [];
const sessions = new Map<string, string>();
const random = prng(20261202);

/** A live session for the account: signed in once, again only after a request ended it. */
async function session(email: string): Promise<string> {
  const cookie = sessions.get(email);
  if (cookie) {
    const check = await fetch(`${app.baseURL}/`, { redirect: "manual", headers: { Cookie: cookie } });
    await check.arrayBuffer();
    if (!(check.headers.get("Location") ?? "").startsWith("/inloggen")) return cookie;
  }
  const fresh = await signIn(app.baseURL, email);
  sessions.set(email, fresh);
  return fresh;
}

it("finds the actions in the route files", () => {
  expect(routes.length).toBeGreaterThan(10);
});

for (const route of routes) {
  it(`${route.file}: ${PER_ACTION} generated payloads, no 5xx, a refused one writes nothing`, async () => {
    const trajectories = (app.sqlite.prepare("SELECT id FROM Trajectory ORDER BY id").all() as { id: string }[]).map((r) => r.id);
    const ids = [
      ...trajectories,
      ...(app.sqlite.prepare("SELECT id FROM Norm ORDER BY id LIMIT 5").all() as { id: string }[]).map((r) => r.id),
      ...(app.sqlite.prepare("SELECT id FROM User ORDER BY id LIMIT 3").all() as { id: string }[]).map((r) => r.id),
    ];
    const params = resolveParams(app.sqlite, route, trajectories);
    if (!params) throw new Error(`${route.file}: the demo data has no record for its parameters`);
    const url = `${app.baseURL}${fillPattern(route.pattern, params)}`;
    // Any domain words the route's forms use, from the route and the form modules it imports.
    let source = route.source;
    for (const match of route.source.matchAll(/from "~\/(domain\/[\w-]+|components\/[\w-]+)"/g)) {
      for (const ext of [".ts", ".tsx"]) {
        const file = path.join(ROOT, "app", `${match[1]}${ext}`);
        if (existsSync(file)) source += readFileSync(file, "utf8");
      }
    }
    const names = namesFrom(source);

    // Whichever accounts get past the permission check (an empty form is not refused with
    // 401/403/404 or sent to sign in) are the ones the payloads are sent as; otherwise anonymous.
    const senders: string[] = [];
    for (const email of ACCOUNTS) {
      const probe = await fetch(url, { method: "POST", redirect: "manual", headers: { Origin: app.baseURL, Cookie: await session(email) }, body: new URLSearchParams() });
      await probe.arrayBuffer();
      const location = probe.headers.get("Location") ?? "";
      if (![401, 403, 404, 405].includes(probe.status) && !location.startsWith("/inloggen")) senders.push(email);
    }

    const figure = { route: route.file, payloads: 0, fiveHundreds: 0, refused: 0, accepted: 0, refusedThatWrote: 0, statuses: {} as Record<number, number> };
    const failures: string[] = [];
    let before = rowCounts();
    for (let i = 0; i < PER_ACTION; i++) {
      const email = senders.length ? senders[i % senders.length] : undefined;
      const cookie = email ? await sessionCookieOrRefresh(email) : undefined;
      const p = payload(random, names, ids, app.baseURL);
      const response = await fetch(url, {
        method: "POST",
        redirect: "manual",
        headers: { ...p.headers, ...(cookie ? { Cookie: cookie } : {}) },
        body: p.body,
      });
      await response.arrayBuffer();
      figure.payloads++;
      figure.statuses[response.status] = (figure.statuses[response.status] ?? 0) + 1;
      const after = rowCounts();
      if (response.status >= 500) {
        figure.fiveHundreds++;
        failures.push(`#${i} (${p.label}): ${response.status}`);
      } else if (response.status >= 400) {
        figure.refused++;
        const diff = changed(before, after);
        if (diff.length) {
          figure.refusedThatWrote++;
          failures.push(`#${i} (${p.label}): refused ${response.status} but changed ${diff.join(", ")}`);
        }
      } else {
        figure.accepted++;
        // A request that ended its own session (signing out) needs a new one for the next.
        if (email && response.headers.getSetCookie().some((c) => c.startsWith("__session=;") || /__session=[^;]*;.*Max-Age=0/i.test(c))) sessions.delete(email);
      }
      before = after;
    }
    figures.push(figure);
    await reactivateAccounts();
    expect(failures).toEqual([]);
    expect(figure.payloads).toBeGreaterThanOrEqual(PER_ACTION);
  });
}

/**
 * An accepted payload may deactivate an account the next routes are fuzzed as (the users page
 * is fuzzed on Enver's user): the administrator reactivates it through the same page, so which
 * payloads the generator happens to draw never decides whether later routes can sign in.
 */
async function reactivateAccounts(): Promise<void> {
  const inactive = app.sqlite.prepare(`SELECT id, email FROM User WHERE active = 0 AND email IN (${ACCOUNTS.map(() => "?").join(", ")})`).all(...ACCOUNTS) as { id: string; email: string }[];
  for (const user of inactive) {
    const response = await fetch(`${app.baseURL}/beheer/gebruikers/${user.id}`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.baseURL, Cookie: await session("beheer@igj.example") },
      body: new URLSearchParams({ intent: "reactivate" }),
    });
    await response.arrayBuffer();
    if (response.status !== 302) throw new Error(`Reactivating ${user.email} answered ${response.status}`);
    sessions.delete(user.email);
  }
}

async function sessionCookieOrRefresh(email: string): Promise<string> {
  const cookie = sessions.get(email);
  return cookie ?? session(email);
}

afterAll(() => {
  const total = figures.reduce(
    (sum, f) => ({ payloads: sum.payloads + f.payloads, fiveHundreds: sum.fiveHundreds + f.fiveHundreds, refused: sum.refused + f.refused, refusedThatWrote: sum.refusedThatWrote + f.refusedThatWrote, accepted: sum.accepted + f.accepted }),
    { payloads: 0, fiveHundreds: 0, refused: 0, refusedThatWrote: 0, accepted: 0 },
  );
  console.info(
    `fuzz: ${figures.length} actions, ${total.payloads} payloads, ${total.fiveHundreds} answered 5xx, ${total.refused} refused, ` +
      `${total.refusedThatWrote} refused requests that changed rows, ${total.accepted} accepted\n` +
      figures.map((f) => `  ${f.route}: ${f.payloads} payloads, ${f.refused} refused, ${f.accepted} accepted, ${f.fiveHundreds} 5xx (${Object.entries(f.statuses).map(([k, n]) => `${k}×${n}`).join(" ")})`).join("\n"),
  );
});
