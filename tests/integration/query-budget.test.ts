import Database from "better-sqlite3";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { sqlStatementCount } from "~/utils/query-counter.server";
import { hashPassword } from "../../prisma/password";
import { populate } from "../../bench/populate";
import { databaseEngine, databaseFile } from "../../prisma/database-file";
import { seedDemoData } from "../support/database";
import { get, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;

interface Page {
  name: string;
  email: string | null;
  path: string;
  params?: Record<string, string>;
  loader: () => Promise<Loader>;
}

// The pages the performance issue names. Each must cost the same number of SQL statements
// on the demo data as on the demo plus a synthetic inspectorate (200 organisations, 60
// trajectories with rounds, revisions, reports and an audit trail): no query per row.
const PAGES: Page[] = [
  { name: "sign-in page", email: null, path: "/inloggen", loader: async () => (await import("~/routes/inloggen")).loader },
  ...(["inspecteur@igj.example", "enver@enver.example", "teamleider@igj.example", "beheer@igj.example"] as const).map((email) => ({
    name: `start page of ${email}`,
    email,
    path: "/",
    loader: async () => (await import("~/routes/_index")).loader as Loader,
  })),
  {
    name: "trajectory layout",
    email: "inspecteur@igj.example",
    path: "/trajecten/traj-enver",
    params: { id: "traj-enver" },
    loader: async () => (await import("~/routes/trajecten.$id")).loader,
  },
  {
    name: "trajectory overview",
    email: "inspecteur@igj.example",
    path: "/trajecten/traj-enver",
    params: { id: "traj-enver" },
    loader: async () => (await import("~/routes/trajecten.$id._index")).loader,
  },
  // Thematic supervision (issue 15): the demo's foster-care theme.
  {
    name: "theme overview",
    email: "inspecteur@igj.example",
    path: "/themas/theme-pleegzorg-2025",
    params: { themeId: "theme-pleegzorg-2025" },
    loader: async () => (await import("~/routes/themas.$themeId._index")).loader as Loader,
  },
  {
    name: "theme ranking",
    email: "inspecteur@igj.example",
    path: "/themas/theme-pleegzorg-2025/selectie",
    params: { themeId: "theme-pleegzorg-2025" },
    loader: async () => (await import("~/routes/themas.$themeId.selectie")).loader as Loader,
  },
  {
    name: "theme report",
    email: "inspecteur@igj.example",
    path: "/themas/theme-pleegzorg-2025/rapport",
    params: { themeId: "theme-pleegzorg-2025" },
    loader: async () => (await import("~/routes/themas.$themeId.rapport")).loader as Loader,
  },
  {
    name: "trajectory list, first page",
    email: "teamleider@igj.example",
    path: "/trajecten",
    loader: async () => (await import("~/routes/trajecten._index")).loader,
  },
  {
    name: "trajectory list, a page by key",
    email: "teamleider@igj.example",
    // The rows after a key (app/domain/keyset.ts), latest deadline first: rows to show on either data set.
    path: `/trajecten?na=${encodeURIComponent("2099-12-31~VT")}&volgorde=deadline-desc`,
    loader: async () => (await import("~/routes/trajecten._index")).loader,
  },
  {
    name: "norms matrix",
    email: "inspecteur@igj.example",
    path: "/trajecten/traj-enver/beoordelingen",
    params: { id: "traj-enver" },
    loader: async () => (await import("~/routes/trajecten.$id.beoordelingen._index")).loader,
  },
  {
    name: "norm revision history",
    email: "inspecteur@igj.example",
    path: "/trajecten/traj-enver/beoordelingen/ROUND/norm-pz-8",
    params: { id: "traj-enver", roundId: "ROUND", normId: "norm-pz-8" },
    loader: async () => (await import("~/routes/trajecten.$id.beoordelingen.$roundId.$normId")).loader,
  },
  { name: "deadlines of an inspector", email: "inspecteur@igj.example", path: "/termijnen", loader: async () => (await import("~/routes/termijnen")).loader },
  { name: "deadlines of a manager", email: "teamleider@igj.example", path: "/termijnen", loader: async () => (await import("~/routes/termijnen")).loader },
  {
    name: "audit trail",
    email: "inspecteur@igj.example",
    path: "/trajecten/traj-enver/historie",
    params: { id: "traj-enver" },
    loader: async () => (await import("~/routes/trajecten.$id.historie")).loader,
  },
];

/** Real ids the demo gives a page (the final round of Enver for the revision history). */
async function resolveIds() {
  const { db } = await import("../support/database");
  const final = await db.assessmentRound.findFirstOrThrow({ where: { trajectoryId: "traj-enver", kind: "FINAL" }, select: { id: true } });
  for (const page of PAGES) {
    page.path = page.path.replace("ROUND", final.id);
    if (page.params?.roundId === "ROUND") page.params.roundId = final.id;
  }
}

async function statementsFor(page: Page, cookies: Map<string, string>): Promise<number> {
  const loader = await page.loader();
  const request = get(page.path, page.email ? cookies.get(page.email) : undefined);
  const before = sqlStatementCount();
  const response = await responseOf(() => loader(routeArgs(request, page.params ?? {})));
  const statements = sqlStatementCount() - before;
  expect(response.status, page.name).toBeLessThan(400);
  return statements;
}

describe("queries per page do not grow with the data", () => {
  // The 60 trajectories are written by the benchmark's SQLite generator: SQLite only.
  it.skipIf(databaseEngine() === "postgresql")("costs every page the same number of SQL statements on 60 more trajectories", async () => {
    await seedDemoData();
    await resolveIds();
    const cookies = new Map<string, string>();
    for (const page of PAGES) if (page.email && !cookies.has(page.email)) cookies.set(page.email, await sessionCookieFor(page.email));

    const small = new Map<string, number>();
    for (const page of PAGES) small.set(page.name, await statementsFor(page, cookies));

    const sqlite = new Database(databaseFile());
    try {
      populate(sqlite, 1, await hashPassword("bench"));
    } finally {
      sqlite.close();
    }

    for (const page of PAGES) {
      const statements = await statementsFor(page, cookies);
      expect(statements, `${page.name}: ${small.get(page.name)} statements on the demo, ${statements} with more data`).toBe(small.get(page.name));
      // A guard against a page quietly growing a query per section; the equality above is the real test.
      expect(statements, page.name).toBeLessThanOrEqual(25);
    }
    console.info(PAGES.map((page) => `${page.name}: ${small.get(page.name)} SQL statements`).join("\n"));
  });
});
