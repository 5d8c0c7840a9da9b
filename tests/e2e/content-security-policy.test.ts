import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { expectAccessible, launch, newPage, signIn } from "./support/browser";
import { takeCspViolations } from "./support/csp";

// The strict CSP (scripts only from this origin or with the response's nonce) must not break
// the app, with JavaScript or without; and it must really be enforced.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it("with JavaScript, Remix hydrates under the CSP and navigates client-side without a violation", async () => {
  const { context, page } = await newPage(browser);
  await signIn(page, "inspecteur@igj.example");
  // Hydrated: Remix's router exists in the page, so the nonce'd inline scripts ran.
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { __remixRouter?: unknown }).__remixRouter), { timeout: 20_000 }).toBe("object");
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  await page.getByRole("link", { name: "VT-2025-001" }).first().click();
  await page.waitForURL("**/trajecten/traj-enver");
  // The marker survives: the navigation was the client router's, not a full page load.
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  await expectAccessible(page);
  await context.close();
});

it("an injected inline script without the nonce is refused and reported", async () => {
  const { context, page } = await newPage(browser);
  await page.goto("/inloggen");
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => takeCspViolations(page).length, { timeout: 20_000 }).toBeGreaterThan(0);
  await context.close();
});

it("without JavaScript, signing in and opening a trajectory work under the same policy", async () => {
  const { context, page } = await newPage(browser, { javaScriptEnabled: false });
  await signIn(page, "inspecteur@igj.example");
  await page.goto("/trajecten/traj-enver");
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Enver");
  await expectAccessible(page);
  await context.close();
});
