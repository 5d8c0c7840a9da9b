import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, go, launch, newPage, signIn } from "./support/browser";

let browser: Browser;
const TRAJECTORIES_EN = "Trajectories";
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("signing in as each role", () => {
  const cases = [
    { email: "inspecteur@igj.example", heading: "Mijn trajecten" },
    { email: "teamleider@igj.example", heading: "Portefeuille" },
    { email: "beheer@igj.example", heading: "Beheer" },
    { email: "enver@enver.example", heading: "Ons traject" },
  ];
  for (const { email, heading } of cases) {
    it(`${email} lands on their own start page`, async () => {
      const { context, page } = await newPage(browser);
      await signIn(page, email);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
      await expectAccessible(page);
      await context.close();
    });
  }
});

describe("the inspector's view of Enver", () => {
  it("shows the trajectory with its nine norms, and can switch to English", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "inspecteur@igj.example");
    await page.getByRole("link", { name: "VT-2025-001" }).first().click();
    await page.waitForURL("**/trajecten/traj-enver");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Enver");
    const rows = page.getByRole("table", { name: "Normen en laatste oordeel" }).locator("tbody tr");
    expect(await rows.count()).toBe(9);
    expect(await page.getByText("31 januari 2026").count()).toBeGreaterThan(0);
    await expectAccessible(page);

    // The page carries only its own language (app/utils/i18n.tsx): after the switch, hydration
    // and pages drawn in the browser use the English catalogue, without a mismatch.
    const reactErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /React error|hydrat/i.test(message.text())) reactErrors.push(message.text());
    });
    page.on("pageerror", (error) => reactErrors.push(error.message));
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect.poll(() => page.getByRole("table", { name: "Norms and latest rating" }).count()).toBe(1);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expectAccessible(page);
    await go(page, () => page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Trajectories" }).click(), "**/trajecten");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(TRAJECTORIES_EN);
    expect(reactErrors).toEqual([]);
    await context.close();
  });
});

describe("organisation isolation", () => {
  it("gives another organisation's user a 404 on Enver's trajectory", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "gebruiker@horizon.example");
    const response = await page.goto("/trajecten/traj-enver");
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Pagina niet gevonden");
    await expectAccessible(page);
    await context.close();
  });
});

describe("without JavaScript", () => {
  it("switches the language with a plain form", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false, as: "inspecteur@igj.example" });
    await page.goto("/trajecten");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(TRAJECTORIES_EN);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Schakel over naar Nederlands" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Trajecten");
    await context.close();
  });

  it("signs in, navigates and signs out with plain HTML forms and links", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto("/trajecten/traj-enver");
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    await page.getByLabel("E-mailadres").fill("enver@enver.example");
    await page.getByLabel("Wachtwoord").fill("verkeerd");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("onbekend");
    await expectAccessible(page);

    await page.getByLabel("Wachtwoord").fill("toezicht-demo");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL("**/trajecten/traj-enver");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Enver");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Start" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Ons traject");
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("U bent uitgelogd.");
    await context.close();
  });
});
