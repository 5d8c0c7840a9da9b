import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { applyPending, withEngine } from "../../../prisma/schema-engine";
import { HTTP_BASE_DB, HTTP_TMP, ROOT } from "./paths";

// The HTTP tests run the production server (server/index.js) on the build: one migrated base
// database per run, which each test file copies, seeds and serves on a port of its own.
export default async function setup() {
  if (!existsSync(path.join(ROOT, process.env.BUILD_DIR ?? "build", "index.js"))) {
    throw new Error("No production build: run `npx remix build` first (npm test does this).");
  }
  await rm(HTTP_TMP, { recursive: true, force: true });
  await mkdir(HTTP_TMP, { recursive: true });
  await withEngine(HTTP_BASE_DB, applyPending);
  return async () => {
    await rm(HTTP_TMP, { recursive: true, force: true });
  };
}
