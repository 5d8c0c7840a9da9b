import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

export const DEMO_PASSWORD = "toezicht-demo";

export function baseURL(): string {
  return inject("baseURL");
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

// Contexts with JavaScript off: axe cannot run inside them (it is a script), see expectAccessible.
const withoutJs = new WeakSet<BrowserContext>();

export async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseURL(), locale: "nl-NL", timezoneId: "Europe/Amsterdam", ...options });
  if (options.javaScriptEnabled === false) withoutJs.add(context);
  // Fail fast with the step that broke instead of hanging until the test's own timeout.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page };
}

/**
 * axe-core with the WCAG 2.1 A and AA rules; fails with the violations listed. On a page
 * without JavaScript, axe audits the very HTML that page received, scripts removed, in a
 * scratch page that may run axe — the same document a user without JavaScript has.
 */
export async function expectAccessible(page: Page): Promise<void> {
  if (!withoutJs.has(page.context())) return audit(page);
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const browser = page.context().browser();
  if (!browser) throw new Error("No browser for the accessibility audit");
  const scratch = await browser.newContext({ baseURL: baseURL(), locale: "nl-NL" });
  try {
    const copy = await scratch.newPage();
    const url = page.url();
    await copy.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    await copy.goto(url);
    await audit(copy);
  } finally {
    await scratch.close();
  }
}

async function audit(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Signs in through the real form, as a person would, and checks the page that follows. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/inloggen");
  await expectAccessible(page);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/inloggen")), page.getByRole("button", { name: "Inloggen" }).click()]);
}
