// `npm run screenshots`: pictures of the main pages for the README, taken from the demo as it
// runs now, so they stay current. The built app runs on a port of its own, on a fresh database
// with the demo data in a scratch folder (never data/), and Debian's Chromium takes the shots.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { chromium, type Browser } from "playwright-core";
import { PrismaClient } from "../app/generated/prisma/client";
import { applyPending, withEngine } from "../prisma/schema-engine";
import { seedDemo } from "../prisma/seed-data";
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from "../tests/e2e/support/chromium";
import { freePort } from "../tests/e2e/support/html-checker";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "docs/screenshots");
const TMP = path.join(ROOT, `tests/.tmp/screenshots-${process.pid}`);
const PASSWORD = "toezicht-demo";

const SHOTS: { file: string; email: string; path: string; height?: number }[] = [
  // Tall enough to show the timeline under the key facts.
  { file: "trajectory-overview.png", email: "inspecteur@igj.example", path: "/trajecten/traj-enver", height: 1180 },
  { file: "norm-matrix.png", email: "inspecteur@igj.example", path: "/trajecten/traj-enver/beoordelingen" },
  { file: "organisation-start.png", email: "enver@enver.example", path: "/" },
  { file: "portfolio.png", email: "teamleider@igj.example", path: "/portefeuille" },
];

async function waitFor(url: string, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The demo did not answer at ${url} within ${seconds}s`);
}

async function shoot(browser: Browser, baseURL: string): Promise<void> {
  const contexts = new Map<string, Awaited<ReturnType<Browser["newContext"]>>>();
  for (const shot of SHOTS) {
    let context = contexts.get(shot.email);
    if (!context) {
      context = await browser.newContext({ baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam", viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto("/inloggen");
      await page.getByLabel("E-mailadres").fill(shot.email);
      await page.getByLabel("Wachtwoord").fill(PASSWORD);
      await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/inloggen")), page.getByRole("button", { name: "Inloggen" }).click()]);
      await page.close();
      contexts.set(shot.email, context);
    }
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: shot.height ?? 900 });
    await page.goto(shot.path, { waitUntil: "networkidle" });
    await page.screenshot({ path: path.join(OUT, shot.file) });
    await page.close();
    console.info(`docs/screenshots/${shot.file}  ${shot.path} as ${shot.email}`);
  }
}

async function main(): Promise<void> {
  assertChromium();
  if (!existsSync(path.join(ROOT, "build/index.js"))) throw new Error("No production build: run `npx remix build` first.");
  await rm(TMP, { recursive: true, force: true });
  await mkdir(TMP, { recursive: true });
  await mkdir(OUT, { recursive: true });
  const databaseFile = path.join(TMP, "demo.db");
  await withEngine(databaseFile, applyPending);
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${databaseFile}` }) });
  await seedDemo(client);
  await client.$disconnect();

  const port = Number(process.env.SCREENSHOTS_PORT ?? (await freePort()));
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules/@remix-run/serve/dist/cli.js"), "build/index.js"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: `file:${databaseFile}`,
      SESSION_SECRET: "screenshots-session-secret-0123456789",
      ATTACHMENTS_DIR: path.join(TMP, "attachments"),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let browser: Browser | undefined;
  try {
    const baseURL = `http://localhost:${port}`;
    await waitFor(`${baseURL}/inloggen`);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    await shoot(browser, baseURL);
  } finally {
    await browser?.close();
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
    await rm(TMP, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
