import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../../app/generated/prisma/client";
import { applyPending, withEngine } from "../../../prisma/schema-engine";
import { seedDemo } from "../../../prisma/seed-data";
import { waitForServer } from "./app-server";
import { assertChromium } from "./chromium";
import { startHtmlChecker } from "./html-checker";
import { auditCounts } from "./page-audit";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TMP = path.join(ROOT, `tests/.tmp/e2e-${process.env.TEST_RUN_ID ?? "0"}`);
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BUILD = process.env.BUILD_DIR ?? "build";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseFile: string;
  }
}

/** The built app on its own fresh database with the demo data, as a user would run it. */
export default async function setup(project: TestProject) {
  assertChromium();
  if (!existsSync(path.join(ROOT, BUILD, "index.js"))) {
    throw new Error("No production build: run `npm run build` first (npm test does this).");
  }
  // The HTML checker's JVM starts while the database is prepared.
  const checker = startHtmlChecker();
  checker.catch(() => undefined); // reported where it is awaited below
  await rm(TMP, { recursive: true, force: true });
  await mkdir(TMP, { recursive: true });
  const databaseFile = path.join(TMP, "e2e.db");
  await withEngine(databaseFile, applyPending);
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${databaseFile}` }) });
  await seedDemo(client);
  await client.$disconnect();

  const server = spawn(process.execPath, [path.join(ROOT, "server/index.js"), `${BUILD}/index.js`], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      DATABASE_URL: `file:${databaseFile}`,
      SESSION_SECRET: "e2e-session-secret-0123456789abcdef",
      ATTACHMENTS_DIR: path.join(TMP, "attachments"),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseURL = `http://localhost:${PORT}`;
  await waitForServer(`${baseURL}/inloggen`, server);
  project.provide("baseURL", baseURL);
  project.provide("databaseFile", databaseFile);
  const { url: htmlCheckerURL, stop: stopChecker } = await checker;
  project.provide("htmlCheckerURL", htmlCheckerURL);

  return async () => {
    const { audited, repeats, seconds } = await auditCounts(TMP);
    console.info(`Accessibility: ${audited} distinct page states audited with axe in ${seconds} s; ${repeats} repeats of an audited state skipped.`);
    if (process.env.KEEP_AUDIT_LOG) await copyFile(path.join(TMP, "audited-page-states.txt"), process.env.KEEP_AUDIT_LOG);
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await stopChecker();
    await rm(TMP, { recursive: true, force: true });
  };
}
