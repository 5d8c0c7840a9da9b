import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startApp, signIn, type AppServer } from "./support/app-server";
import { fillPattern, resolveParams, routeFiles } from "./support/routes";

// Every route file × every kind of user × GET and POST, against the running app, on the Enver
// trajectory. The expected statuses are written out below, one line per route: a route added
// without a line fails this test, which prints what it observed for review.
const ROLES = {
  anonymous: null,
  orgOwn: "enver@enver.example",
  orgOther: "gebruiker@horizon.example",
  inspectorOn: "inspecteur@igj.example",
  inspectorOff: "inspecteur3@igj.example",
  manager: "teamleider@igj.example",
  admin: "beheer@igj.example",
} as const;
type Role = keyof typeof ROLES;
const ORDER = Object.keys(ROLES) as Role[];

// Per route: GET statuses, then POST statuses (an empty form), in the order of ROLES:
// anonymous, own organisation, other organisation, inspector on it, inspector not on it, manager, administrator.
// "login" is a redirect to the sign-in page. An empty POST shows the checks every intent of an
// action passes first: 400 means "allowed this far, but the form is empty"; the per-intent
// permissions behind it are proved by the integration tests of each feature.
const EXPECTED: Record<string, { GET: string; POST: string }> = {
  "account.wachtwoord.tsx": { GET: "login 200 200 200 200 200 200", POST: "login 400 400 400 400 400 400" },
  "beheer.activiteit.tsx": { GET: "login 403 403 403 403 403 200", POST: "405 405 405 405 405 405 405" },
  "beheer.gebruikers.$id.tsx": { GET: "login 403 403 403 403 403 200", POST: "login 403 403 403 403 403 400" },
  "beheer.gebruikers._index.tsx": { GET: "login 403 403 403 403 403 200", POST: "405 405 405 405 405 405 405" },
  "beheer.gebruikers.nieuw.tsx": { GET: "login 403 403 403 403 403 200", POST: "login 403 403 403 403 403 400" },
  "beheer.organisaties.$id.tsx": { GET: "login 403 403 403 403 403 200", POST: "login 403 403 403 403 403 400" },
  "beheer.organisaties._index.tsx": { GET: "login 403 403 403 403 403 200", POST: "405 405 405 405 405 405 405" },
  "beheer.organisaties.nieuw.tsx": { GET: "login 403 403 403 403 403 200", POST: "login 403 403 403 403 403 400" },
  "beheer.sectoren.tsx": { GET: "login 403 403 403 403 403 200", POST: "login 403 403 403 403 403 400" },
  "berichten.$id.tsx": { GET: "login 404 404 404 404 404 404", POST: "405 405 405 405 405 405 405" },
  "beheer.berichten._index.tsx": { GET: "login 403 403 403 403 403 200", POST: "login 403 403 403 403 403 400" },
  "beheer.berichten.$id.tsx": { GET: "login 403 403 403 403 403 404", POST: "405 405 405 405 405 405 405" },
  "agenda.$token.tsx": { GET: "404 404 404 404 404 404 404", POST: "405 405 405 405 405 405 405" },
  "meldingen._index.tsx": { GET: "login 200 200 200 200 200 200", POST: "login 400 400 400 400 400 400" },
  "meldingen.instellingen.tsx": { GET: "login 200 200 200 200 200 200", POST: "login 400 400 400 400 400 400" },
  "wachtwoord.instellen.$token.tsx": { GET: "200 200 200 200 200 200 200", POST: "400 400 400 400 400 400 400" },
  "wachtwoord.vergeten.tsx": { GET: "200 302 302 302 302 302 302", POST: "400 302 302 302 302 302 302" },
  "_index.tsx": { GET: "login 200 200 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "beheer.maatregeltypen.tsx": { GET: "login 403 403 403 403 403 200", POST: "login 403 403 403 403 403 400" },
  "bench.floor.tsx": { GET: "404 404 404 404 404 404 404", POST: "405 405 405 405 405 405 405" },
  "bench.stats.tsx": { GET: "404 404 404 404 404 404 404", POST: "405 405 405 405 405 405 405" },
  "besluiten.$id.tsx": { GET: "200 200 200 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "besluiten._index.tsx": { GET: "200 200 200 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "bijlagen.$id.tsx": { GET: "login 200 404 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "favicon[.]ico.tsx": { GET: "301 301 301 301 301 301 301", POST: "405 405 405 405 405 405 405" },
  "inloggen.tsx": { GET: "200 302 302 302 302 302 302", POST: "400 302 302 302 302 302 302" },
  "portefeuille.tsx": { GET: "login 403 403 403 403 200 200", POST: "405 405 405 405 405 405 405" },
  "portefeuille[.]csv.tsx": { GET: "login 403 403 403 403 200 200", POST: "405 405 405 405 405 405 405" },
  "taal.tsx": { GET: "302 302 302 302 302 302 302", POST: "302 302 302 302 302 302 302" },
  "termijnen.tsx": { GET: "login 200 200 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "toetsingskaders.$versionId.tsx": { GET: "login 403 403 200 200 200 200", POST: "login 403 403 403 403 403 400" },
  "toetsingskaders._index.tsx": { GET: "login 403 403 200 200 200 200", POST: "login 403 403 403 403 403 400" },
  "trajecten.$id._index.tsx": { GET: "login 200 404 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "trajecten.$id.afsluiting._index.tsx": { GET: "login 403 404 200 200 200 200", POST: "login 403 404 400 400 400 400" },
  "trajecten.$id.afsluiting.besluit.$decisionId.tsx": { GET: "login 403 404 403 403 200 403", POST: "login 403 404 403 403 400 403" },
  "trajecten.$id.afsluiting.voorstel.tsx": { GET: "login 403 404 403 403 403 403", POST: "login 403 404 403 403 403 403" },
  "trajecten.$id.handhaving.tsx": { GET: "login 403 404 200 200 200 200", POST: "login 403 404 400 400 400 400" },
  "trajecten.$id.beoordelingen.$roundId.$normId.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 403 404 400 403 403 403" },
  "trajecten.$id.beoordelingen._index.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 403 404 400 403 403 403" },
  "trajecten.$id.beoordelingen.nieuw.tsx": { GET: "login 403 404 200 403 403 403", POST: "login 403 404 400 403 403 403" },
  "trajecten.$id.bezoeken._index.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 405 405 405 405 405 405" },
  "trajecten.$id.bezoeken.nieuw.tsx": { GET: "login 403 404 200 403 403 403", POST: "login 403 404 400 403 403 403" },
  "trajecten.$id.historie.tsx": { GET: "login 403 404 200 200 200 200", POST: "login 405 405 405 405 405 405" },
  "trajecten.$id.maatregelen.$measureId.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 403 404 400 403 403 403" },
  "trajecten.$id.maatregelen._index.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 405 405 405 405 405 405" },
  "trajecten.$id.maatregelen.nieuw.tsx": { GET: "login 403 404 200 403 403 403", POST: "login 403 404 400 403 403 403" },
  "trajecten.$id.rapport.tsx": { GET: "login 403 404 200 200 200 200", POST: "login 405 405 405 405 405 405" },
  "trajecten.$id.rapportages.$requestId.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 400 404 400 403 403 403" },
  "trajecten.$id.rapportages._index.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 405 405 405 405 405 405" },
  "trajecten.$id.rapportages.nieuw.tsx": { GET: "login 403 404 200 403 403 403", POST: "login 403 404 400 403 403 403" },
  "trajecten.$id.tsx": { GET: "login 200 404 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "trajecten.$id.verbeterplan.$versionId._index.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 400 404 403 403 403 403" },
  "trajecten.$id.verbeterplan.$versionId.acties.$actionId.tsx": { GET: "login 200 404 403 403 403 403", POST: "login 400 404 403 403 403 403" },
  "trajecten.$id.verbeterplan._index.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 409 404 403 403 403 403" },
  "trajecten.$id.verbeterplan.vergelijk.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 405 405 405 405 405 405" },
  "trajecten.$id.zienswijze.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 400 404 400 400 400 400" },
  "trajecten._index.tsx": { GET: "login 200 200 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  // Thematic supervision (issue 15): the demo theme, led by the inspector "on" (inspecteur3 is not on its team),
  // and Enver's answers to it. Organisations reach only their own answers (another's: 404), never the theme pages.
  "themas._index.tsx": { GET: "login 403 403 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "themas.nieuw.tsx": { GET: "login 403 403 200 200 403 403", POST: "login 403 403 400 400 403 403" },
  "themas.$themeId._index.tsx": { GET: "login 403 403 200 200 200 200", POST: "login 403 403 400 403 403 403" },
  "themas.$themeId.bewerken.tsx": { GET: "login 403 403 200 403 403 403", POST: "login 403 403 400 403 403 403" },
  "themas.$themeId.vragen.tsx": { GET: "login 403 403 200 200 200 200", POST: "login 403 403 400 403 403 403" },
  "themas.$themeId.verzenden.tsx": { GET: "login 403 403 200 403 403 403", POST: "login 403 403 400 403 403 403" },
  "themas.$themeId.selectie.tsx": { GET: "login 403 403 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "themas.$themeId.selectie_.$recipientId.tsx": { GET: "login 403 403 200 403 403 403", POST: "login 403 403 400 403 403 403" },
  "themas.$themeId.rapport.tsx": { GET: "login 403 403 200 200 200 200", POST: "login 403 403 400 403 403 403" },
  "themas.$themeId.rapport[.]csv.tsx": { GET: "login 403 403 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "themarapporten._index.tsx": { GET: "200 200 200 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "themarapporten.$themeId.tsx": { GET: "200 200 200 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "thema-bijlagen.$id.tsx": { GET: "login 200 404 200 200 200 200", POST: "405 405 405 405 405 405 405" },
  "uitvragen.$recipientId.tsx": { GET: "login 200 404 200 200 200 200", POST: "login 400 404 400 403 403 403" },
  "trajecten.nieuw.tsx": { GET: "login 403 403 200 200 403 403", POST: "login 403 403 400 400 403 403" },
  "uitloggen.tsx": { GET: "302 302 302 302 302 302 302", POST: "login login login login login login login" },
};

let app: AppServer;
beforeAll(async () => {
  // An inspector on no trajectory at all, beside the demo's two (both on Enver).
  app = await startApp("route-access", {}, (file) => {
    const sqlite = new Database(file);
    sqlite
      .prepare(
        "INSERT INTO User (id, email, name, role, organisationId, passwordHash, active, createdAt) SELECT 'user-kees', 'inspecteur3@igj.example', 'Kees Inspecteur', 'INSPECTOR', NULL, passwordHash, 1, createdAt FROM User WHERE email = 'inspecteur@igj.example'",
      )
      .run();
    // An attachment to Enver's first progress report, stored as the app stores one.
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const sha256 = createHash("sha256").update(pdf).digest("hex");
    mkdirSync(path.join(path.dirname(file), "attachments"), { recursive: true });
    writeFileSync(path.join(path.dirname(file), "attachments", sha256), pdf);
    sqlite
      .prepare(
        "INSERT INTO Attachment (id, trajectoryId, submissionId, fileName, mimeType, size, sha256, uploadedById, createdAt) SELECT 'att-enver', 'traj-enver', s.id, 'voortgang.pdf', 'application/pdf', ?, ?, 'user-lotte', s.createdAt FROM ProgressReportSubmission s JOIN ProgressReportRequest r ON r.id = s.requestId WHERE r.trajectoryId = 'traj-enver' ORDER BY s.id LIMIT 1",
      )
      .run(pdf.length, sha256);
    // The same file as an attachment to Enver's (submitted) answers to the demo theme.
    sqlite
      .prepare(
        "INSERT INTO ThemeAttachment (id, recipientId, questionId, fileName, mimeType, size, sha256, uploadedById, createdAt) SELECT 'tatt-enver', id, 'tq-pz25-1', 'werkwijze.pdf', 'application/pdf', ?, ?, 'user-lotte', createdAt FROM ThemeRecipient WHERE organisationId = 'org-enver' AND themeId = 'theme-pleegzorg-2025'",
      )
      .run(pdf.length, sha256);
    sqlite.close();
  });
});
afterAll(async () => {
  await app?.stop();
});

it("answers every route, for every kind of user, with the status written down for it", async () => {
  const cookies = new Map<Role, string>();
  const cookie = async (role: Role): Promise<string | undefined> => {
    const email = ROLES[role];
    if (!email) return undefined;
    if (!cookies.has(role)) cookies.set(role, await signIn(app.baseURL, email));
    return cookies.get(role);
  };
  const observed: Record<string, { GET: string; POST: string }> = {};
  const routes = routeFiles();
  for (const route of routes) {
    const params = resolveParams(app.sqlite, route, ["traj-enver"]);
    if (!params) throw new Error(`${route.file}: no record of Enver for its parameters`);
    const url = `${app.baseURL}${fillPattern(route.pattern, params)}`;
    const row = { GET: [] as number[], POST: [] as number[] };
    for (const method of ["GET", "POST"] as const) {
      for (const role of ORDER) {
        const session = await cookie(role);
        const response = await fetch(url, {
          method,
          redirect: "manual",
          headers: { Origin: app.baseURL, ...(session ? { Cookie: session } : {}) },
          body: method === "POST" ? new URLSearchParams() : undefined,
        });
        await response.arrayBuffer();
        // A redirect to sign in is its own outcome, apart from other redirects.
        const location = response.headers.get("Location") ?? "";
        row[method].push(response.status === 302 && location.startsWith("/inloggen") ? 0 : response.status);
        // Signing out ends the session it was sent with: sign in again for the next route.
        if (response.headers.getSetCookie().some((c) => /^__session=;/.test(c) || /^__session=[^;]*;.*Max-Age=0/i.test(c))) cookies.delete(role);
      }
    }
    observed[route.file] = { GET: row.GET.map(code).join(" "), POST: row.POST.map(code).join(" ") };
  }
  const missing = routes.map((r) => r.file).filter((file) => !(file in EXPECTED));
  const stale = Object.keys(EXPECTED).filter((file) => !routes.some((r) => r.file === file));
  expect(missing, `Routes without an expected line (observed:\n${missing.map((f) => `  "${f}": ${JSON.stringify(observed[f])},`).join("\n")})`).toEqual([]);
  expect(stale, "Expected lines for routes that no longer exist").toEqual([]);
  expect(observed).toEqual(EXPECTED);
});

/** "login" for a redirect to the sign-in page, the status otherwise. */
function code(status: number): string {
  return status === 0 ? "login" : String(status);
}
