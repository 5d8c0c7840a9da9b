import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../app/i18n/en";
import { nl } from "../../app/i18n/nl";
import { readManifest, shippedJsBytes } from "../../bench/js-size";

// What the browser downloads is part of the product: every page stays within its budget of
// gzipped JavaScript, and server-side validation code (zod) never reaches it.
// The message catalogues are not JavaScript: the page carries the reader's language as data
// (app/utils/i18n.tsx), so they count against no route.
const ROOT = path.resolve(import.meta.dirname, "../..");
const BUILD = process.env.BUILD_DIR ?? "build";
const LIMIT = 150 * 1024;

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

  const shipped = (text: string) => {
    const files = new Set<string>([manifest.entry.module, ...(manifest.entry.imports ?? [])]);
    for (const route of Object.values(manifest.routes)) for (const file of [route.module, ...(route.imports ?? [])]) files.add(file);
    return [...files].filter((file) => readFileSync(path.join(ROOT, "public", file), "utf8").includes(text));
  };

  it("contains no zod", () => {
    expect(shipped("ZodCUID2")).toEqual([]);
  });

  it("contains neither message catalogue (the page carries the reader's one as data)", () => {
    expect(shipped(nl["app.tagline"])).toEqual([]);
    expect(shipped(en["app.tagline"])).toEqual([]);
  });
});
