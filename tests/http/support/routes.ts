import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { ROOT } from "./paths";

const ROUTES = path.join(ROOT, "app/routes");

export interface RouteFile {
  file: string;
  /** The URL pattern Remix's flat routes give this file, e.g. "/trajecten/:id/bezoeken". */
  pattern: string;
  params: string[];
  hasAction: boolean;
  hasLoader: boolean;
  source: string;
}

/** Every route file, read the way Remix's flat-route convention reads its name. */
export function routeFiles(): RouteFile[] {
  return readdirSync(ROUTES)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .sort()
    .map((file) => {
      const source = readFileSync(path.join(ROUTES, file), "utf8");
      const name = file.replace(/\.tsx?$/, "").replace(/\[\.\]/g, "\u0001");
      const segments = name
        .split(".")
        .filter((s) => s !== "_index" && !s.startsWith("_"))
        .map((s) => s.replace(/\u0001/g, ".").replace(/_$/, ""));
      const params = segments.filter((s) => s.startsWith("$")).map((s) => s.slice(1));
      return {
        file,
        pattern: `/${segments.map((s) => (s.startsWith("$") ? `:${s.slice(1)}` : s)).join("/")}`,
        params,
        hasAction: /export\s+(async\s+)?(function|const)\s+action\b/.test(source),
        hasLoader: /export\s+(async\s+)?(function|const)\s+loader\b/.test(source),
        source,
      };
    });
}

function one(sqlite: Database.Database, sql: string, ...args: unknown[]): string | undefined {
  const row = sqlite.prepare(sql).get(...args) as { id: string } | undefined;
  return row?.id;
}

/**
 * Real ids for a route's parameters, from the demo data, all in one trajectory (the first
 * of `trajectoryIds` that has them all). A parameter this does not know fails the caller:
 * a new route parameter needs a line here.
 */
export function resolveParams(sqlite: Database.Database, route: RouteFile, trajectoryIds: string[]): Record<string, string> | null {
  if (route.params.length === 0) return {};
  if (route.pattern.startsWith("/toetsingskaders/")) {
    const versionId = one(sqlite, "SELECT id FROM FrameworkVersion ORDER BY id LIMIT 1");
    return versionId ? { versionId } : null;
  }
  if (route.pattern.startsWith("/besluiten/")) {
    for (const trajectoryId of trajectoryIds) {
      const id = one(sqlite, "SELECT d.id FROM ClosureDecision d JOIN ClosureProposal p ON p.id = d.proposalId WHERE p.trajectoryId = ? AND d.publishedAt IS NOT NULL LIMIT 1", trajectoryId);
      if (id) return { id };
    }
    return null;
  }
  if (route.pattern.startsWith("/bijlagen/")) {
    for (const trajectoryId of trajectoryIds) {
      const id = one(sqlite, "SELECT id FROM Attachment WHERE trajectoryId = ? ORDER BY id LIMIT 1", trajectoryId);
      if (id) return { id };
    }
    return null;
  }
  // Administration: Enver's organisation and its user, the pages an administrator edits them on.
  if (route.pattern.startsWith("/beheer/organisaties/")) return { id: "org-enver" };
  if (route.pattern.startsWith("/beheer/gebruikers/")) {
    const id = one(sqlite, "SELECT id FROM User WHERE email = 'enver@enver.example'");
    return id ? { id } : null;
  }
  // A message with a link exists only after an invitation; the demo has none, so an unknown id
  // (every role: 404) unless one was written.
  // The administrator's message view: the server's own reminder run may or may not have written
  // messages by the time this runs, so an unknown id (403 for non-administrators, 404 for them).
  if (route.pattern.startsWith("/beheer/berichten/")) return { id: "geen-bericht" };
  if (route.pattern.startsWith("/berichten/")) return { id: one(sqlite, "SELECT id FROM OutboxMessage ORDER BY id LIMIT 1") ?? "geen-bericht" };
  // Thematic supervision (issue 15): the demo's foster-care theme and Enver's answers to it.
  const themeValues: Record<string, string | undefined> = {
    themeId: "theme-pleegzorg-2025",
    recipientId: one(sqlite, "SELECT id FROM ThemeRecipient WHERE organisationId = 'org-enver' AND themeId = 'theme-pleegzorg-2025'"),
  };
  if (route.pattern.startsWith("/themas/") || route.pattern.startsWith("/themarapporten/") || route.pattern.startsWith("/uitvragen/")) {
    const values = Object.fromEntries(route.params.map((p) => [p, themeValues[p]]));
    return route.params.every((p) => values[p]) ? (values as Record<string, string>) : null;
  }
  if (route.pattern.startsWith("/thema-bijlagen/")) {
    return { id: one(sqlite, "SELECT a.id FROM ThemeAttachment a WHERE a.recipientId = ? ORDER BY a.id LIMIT 1", themeValues.recipientId) ?? "geen-bijlage" };
  }
  // An unknown calendar token: not found, whoever asks.
  if (route.pattern.startsWith("/agenda/")) return { token: "onbekende-agenda-sleutel-0000" };
  // An unknown link: the page says so to everyone.
  if (route.pattern.startsWith("/wachtwoord/instellen/")) return { token: "onbekende-link" };
  if (!route.pattern.startsWith("/trajecten/")) throw new Error(`Route ${route.file}: no way to find values for its parameters (add it in tests/http/support/routes.ts)`);
  for (const id of trajectoryIds) {
    const values: Record<string, string | undefined> = { id };
    const round = one(sqlite, "SELECT id FROM AssessmentRound WHERE trajectoryId = ? ORDER BY date, id LIMIT 1", id);
    const plan = one(sqlite, "SELECT id FROM ImprovementPlanVersion WHERE trajectoryId = ? ORDER BY number DESC LIMIT 1", id);
    const known: Record<string, () => string | undefined> = {
      id: () => id,
      roundId: () => round,
      normId: () => one(sqlite, "SELECT normId AS id FROM NormAssessment WHERE roundId = ? ORDER BY normId LIMIT 1", round),
      measureId: () => one(sqlite, "SELECT id FROM RequiredMeasure WHERE trajectoryId = ? ORDER BY id LIMIT 1", id),
      requestId: () => one(sqlite, "SELECT id FROM ProgressReportRequest WHERE trajectoryId = ? ORDER BY id LIMIT 1", id),
      versionId: () => plan,
      actionId: () => one(sqlite, "SELECT id FROM PlanAction WHERE planVersionId = ? ORDER BY id LIMIT 1", plan),
      decisionId: () =>
        one(
          sqlite,
          "SELECT d.id FROM ClosureDecision d JOIN ClosureProposal p ON p.id = d.proposalId WHERE p.trajectoryId = ? ORDER BY d.id LIMIT 1",
          id,
        ),
    };
    for (const param of route.params) {
      const resolve = known[param];
      if (!resolve) throw new Error(`Route ${route.file}: no way to find a value for parameter "${param}" (add it in tests/http/support/routes.ts)`);
      values[param] = resolve();
    }
    if (route.params.every((p) => values[p])) return values as Record<string, string>;
  }
  return null;
}

export function fillPattern(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
}
