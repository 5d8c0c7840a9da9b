import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

interface ManifestRoute {
  module: string;
  imports?: string[];
  parentId?: string;
}
export interface Manifest {
  entry: ManifestRoute;
  routes: Record<string, ManifestRoute>;
}

/** Reads the client build's manifest (window.__remixManifest=…) from public/<build>/. */
export function readManifest(root: string, buildDir = "build"): Manifest {
  const dir = path.join(root, "public", buildDir);
  const file = readdirSync(dir).find((name) => /^manifest-.*\.js$/.test(name));
  if (!file) throw new Error(`No manifest in ${dir}: build the app first`);
  const text = readFileSync(path.join(dir, file), "utf8");
  return JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as Manifest;
}

/** Gzip bytes of every script a first visit to a page with these routes downloads (the manifest included). */
export function shippedJsBytes(root: string, manifest: Manifest, routeIds: string[], buildDir = "build"): number {
  const files = new Set<string>([manifest.entry.module, ...(manifest.entry.imports ?? [])]);
  for (const id of routeIds) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`Route ${id} is not in the build`);
    files.add(route.module);
    for (const imported of route.imports ?? []) files.add(imported);
  }
  const manifestFile = readdirSync(path.join(root, "public", buildDir)).find((n) => n.startsWith("manifest-"));
  if (manifestFile) files.add(`/${buildDir}/${manifestFile}`);
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(path.join(root, "public", file))).length;
  return bytes;
}
