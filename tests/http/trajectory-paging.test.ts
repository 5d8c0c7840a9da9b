import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startApp, type AppServer } from "./support/app-server";

// The trajectory list paged by key (issue 16), as a browser without JavaScript meets it: the
// pages are reached only through the links the server renders, and together they show every
// trajectory once, in order, whichever way one walks.
let app: AppServer;
let cookie: string;

/** 64 trajectories beside the demo's, four to a deadline, so the reference breaks the ties. */
function addTrajectories(file: string) {
  const sqlite = new Database(file);
  const columns = (sqlite.prepare("SELECT name FROM pragma_table_info('Trajectory')").all() as { name: string }[]).map((c) => `"${c.name}"`);
  const copy = sqlite.prepare(
    `INSERT INTO Trajectory (${columns.join(", ")}) SELECT ${columns
      .map((c) => (c === '"id"' ? "?" : c === '"reference"' ? "?" : c === '"deadline"' ? "?" : c))
      .join(", ")} FROM Trajectory WHERE reference = 'VT-2025-001'`,
  );
  for (let i = 0; i < 64; i++) copy.run(`paging-${i}`, `VT-2028-${String(500 - i).padStart(3, "0")}`, `2028-01-${10 + Math.floor(i / 4)}`);
  sqlite.close();
}

beforeAll(async () => {
  app = await startApp("trajectory-paging", {}, addTrajectories);
  cookie = await signIn(app.baseURL, "teamleider@igj.example");
});
afterAll(async () => {
  await app?.stop();
});

interface Shown {
  status: number;
  references: string[];
  links: Map<string, string>;
  says: string;
}

async function show(address: string): Promise<Shown> {
  const response = await fetch(app.baseURL + address, { headers: { Cookie: cookie }, redirect: "manual" });
  const html = await response.text();
  const table = html.match(/<table[\s\S]*?<\/table>/)?.[0] ?? "";
  const nav = html.match(/<nav aria-label="Paginering"[\s\S]*?<\/nav>/)?.[0] ?? "";
  const links = new Map([...nav.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[2] as string, (m[1] as string).replaceAll("&amp;", "&")]));
  return {
    status: response.status,
    references: [...new Set(table.match(/VT-\d{4}-\d+/g) ?? [])],
    links,
    says: nav.match(/aria-current="page">([^<]+)</)?.[1] ?? "",
  };
}

function listOrder(descending: boolean): string[] {
  const direction = descending ? "DESC" : "ASC";
  return (app.sqlite.prepare(`SELECT reference FROM Trajectory ORDER BY deadline ${direction}, reference ${direction}`).all() as { reference: string }[]).map((r) => r.reference);
}

async function walk(start: string, link: "Volgende" | "Vorige"): Promise<Shown[]> {
  const pages = [await show(start)];
  for (let next = pages[0]?.links.get(link); next; next = pages.at(-1)?.links.get(link)) {
    pages.push(await show(next));
    expect(pages.length).toBeLessThan(10);
  }
  return pages;
}

describe("the trajectory list without JavaScript", () => {
  for (const descending of [false, true]) {
    const sort = descending ? "?volgorde=deadline-desc" : "";
    it(`reaches every trajectory once through Volgende and through Laatste then Vorige${descending ? ", latest deadline first" : ""}`, async () => {
      const expected = listOrder(descending);
      expect(expected.length).toBeGreaterThan(50);

      const forwards = await walk(`/trajecten${sort}`, "Volgende");
      expect(forwards.every((p) => p.status === 200)).toBe(true);
      expect(forwards.flatMap((p) => p.references)).toEqual(expected);
      expect(forwards[0]?.says).toBe(`1–25 van ${expected.length}`);
      expect(forwards[1]?.says).toBe(`26–50 van ${expected.length}`);
      expect(forwards[0]?.links.has("Vorige")).toBe(false);
      expect(forwards.at(-1)?.links.has("Volgende")).toBe(false);
      // Each neighbour link keeps the sort order chosen in the filter form.
      if (descending) expect(forwards[1]?.links.get("Vorige")).toContain("volgorde=deadline-desc");

      const last = forwards[0]?.links.get("Laatste") ?? "";
      const backwards = await walk(last, "Vorige");
      expect(backwards[0]?.says).toBe(`${expected.length - 24}–${expected.length} van ${expected.length}`);
      const seen = backwards.reverse().flatMap((p) => p.references);
      expect([...new Set(seen)]).toEqual(expected);
      expect(backwards[0]?.links.get("Eerste")).toBeUndefined();
      expect((await show(backwards.at(-1)?.links.get("Eerste") ?? "")).references).toEqual(forwards[0]?.references);
    });
  }

  it("answers a hand-made or broken position with a page, never an error", async () => {
    for (const query of ["?na=", "?na=%E0%A4%A", "?voor=2028-01-01~", "?na=2028-02-01~VT-2028-400&voor=x", `?na=${"x".repeat(3000)}`, "?pagina=laatste&na=zz~"]) {
      expect((await show(`/trajecten${query}`)).status, query).toBe(200);
    }
    const first = await show("/trajecten");
    expect((await show("/trajecten?na=onzin")).references).toEqual(first.references);
  });
});
