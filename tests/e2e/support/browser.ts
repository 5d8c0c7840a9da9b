import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { auditPageState } from "./page-audit";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { expectNoCspViolations, watchCsp } from "./csp";
import { checkPageQuality, expectOneDateFormat } from "./page-quality";

export const DEMO_PASSWORD = "toezicht-demo";

/**
 * Limit for one Playwright action or navigation. Idle, a click or a page load takes well under
 * a second; this leaves room for a machine whose other core is busy, while a step that hangs
 * still fails with the action that broke instead of the test's own time-out.
 */
export const ACTION_TIMEOUT = 20_000;

export function baseURL(): string {
  return inject("baseURL");
}

/** This run's scratch folder (beside the e2e database): stored sign-ins, audit bookkeeping. */
export function runDir(): string {
  return path.dirname(inject("databaseFile"));
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

// Contexts with JavaScript off: axe cannot run inside them (it is a script), see expectAccessible.
const withoutJs = new WeakSet<BrowserContext>();

interface PageOptions {
  javaScriptEnabled?: boolean;
  /** Start signed in as this demo user (the real sign-in form is used once per role and run). */
  as?: string;
  /** Another instance of the app than the run's demo instance (see first-run.test.ts). */
  baseURL?: string;
  /** The browser's own locale (nl-NL unless a test is about another one). */
  locale?: string;
}

export async function newPage(browser: Browser, options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const { as, ...contextOptions } = options;
  const storageState = as ? await storedSignIn(browser, as) : undefined;
  const context = await browser.newContext({ baseURL: baseURL(), locale: "nl-NL", timezoneId: "Europe/Amsterdam", storageState, ...contextOptions });
  if (options.javaScriptEnabled === false) withoutJs.add(context);
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const page = await context.newPage();
  watchCsp(page);
  return { context, page };
}

/**
 * The session cookie of one sign-in per demo user and test run, kept as Playwright storage
 * state in the run folder so that every test file reuses it: signing in through the form
 * (with its axe scan) for every test made up a large share of the browser suite's time.
 * Tests that are about signing in use signIn() itself.
 */
async function storedSignIn(browser: Browser, email: string): Promise<string> {
  const dir = path.join(runDir(), "sign-ins");
  const file = path.join(dir, `${email}.json`);
  if (existsSync(file)) return file;
  await mkdir(dir, { recursive: true });
  const { context, page } = await newPage(browser);
  try {
    await signIn(page, email);
    await context.storageState({ path: file });
  } finally {
    await context.close();
  }
  return file;
}

/**
 * axe-core with the WCAG 2.1 A and AA rules; fails with the violations listed. A page state
 * that this run has already audited (same elements and attributes, whatever the data: see
 * page-audit.ts) is not audited again. On a page without JavaScript, axe audits the very HTML
 * that page received, scripts removed, in a scratch page that may run axe — the same document
 * a user without JavaScript has.
 */
export async function expectAccessible(page: Page): Promise<void> {
  expectNoCspViolations(page);
  const javaScript = !withoutJs.has(page.context());
  const html = await page.content();
  // Cheap, and about data rather than structure: checked on every visit, not once per state.
  expectOneDateFormat(page.url(), html);
  await auditPageState(runDir(), page.url(), html, javaScript, async () => {
    // Valid HTML and reflow at 320 px, once per distinct page state like axe (page-quality.ts).
    await checkPageQuality(page);
    if (javaScript) return audit(page);
    const browser = page.context().browser();
    if (!browser) throw new Error("No browser for the accessibility audit");
    const scratch = await browser.newContext({ locale: "nl-NL" });
    try {
      const copy = await scratch.newPage();
      const url = page.url();
      const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, "");
      await copy.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: withoutScripts }));
      await copy.goto(url);
      await audit(copy);
    } finally {
      await scratch.close();
    }
  });
}

async function audit(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Signs in through the real form, as a person would, and waits for the page that follows. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/inloggen");
  await expectAccessible(page);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/inloggen")), page.getByRole("button", { name: "Inloggen" }).click()]);
}

/**
 * Follows a link or button that leads to another page, waits for that page and audits it.
 * When the page is already at an address that matches `url` (a form that answers on its own
 * address), the wait ends at once: poll for what the new page shows before asserting on it.
 */
export async function go(page: Page, click: () => Promise<void>, url: string | RegExp | ((url: URL) => boolean)): Promise<void> {
  await Promise.all([page.waitForURL(url), click()]);
  await settled(page);
  await expectAccessible(page);
}

/**
 * With JavaScript, Remix changes the address before React has drawn the new page: wait until
 * its router is idle and two frames have been painted, so what follows sees the new page.
 * (Without JavaScript the address changes with the new document, and there is nothing to wait for.)
 */
export async function settled(page: Page): Promise<void> {
  if (withoutJs.has(page.context())) return;
  await page.waitForFunction(() => {
    const router = (window as { __remixRouter?: { state: { navigation: { state: string } } } }).__remixRouter;
    return !router || router.state.navigation.state === "idle";
  });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Opens a page by its address and audits it. */
export async function visit(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await expectAccessible(page);
}
