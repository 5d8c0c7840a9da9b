// The gzipped JavaScript a first visit to each route downloads (its chain of parent routes, the
// entry and the manifest), largest first: `npx remix build && npx tsx bench/route-sizes.ts [n]`.
// tests/e2e/bundle.test.ts holds every route to its budget; this shows where each one stands.
import path from "node:path";
import { readManifest, shippedJsBytes } from "./js-size.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const BUILD = process.env.BUILD_DIR ?? "build";
const manifest = readManifest(ROOT, BUILD);

function routeChain(id: string): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = id; current; current = manifest.routes[current]?.parentId) chain.unshift(current);
  return chain;
}

const sizes = Object.keys(manifest.routes)
  .map((id) => ({ id, bytes: shippedJsBytes(ROOT, manifest, routeChain(id), BUILD) }))
  .sort((a, b) => b.bytes - a.bytes);
for (const { id, bytes } of sizes.slice(0, Number(process.argv[2] ?? 10))) console.info(`${(bytes / 1024).toFixed(1).padStart(6)} KB  ${id}`);
