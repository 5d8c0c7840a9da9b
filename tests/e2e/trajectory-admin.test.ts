import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launch, newPage, signIn } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("creating a trajectory without JavaScript", () => {
  it("shows field errors, keeps what was typed, then creates it and finds it in the list", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, "inspecteur2@igj.example");
    await page.goto("/trajecten/nieuw");
    await expectAccessible(page);
    await page.getByLabel("KvK-nummer").fill("99000333");
    await page.getByLabel("Naam (nieuwe organisatie)").fill("Jeugdzorg Betuwe");
    await page.getByLabel("Sector (nieuwe organisatie)").fill("Jeugd – pleegzorg");
    await page.getByLabel("Vestigingsplaats (nieuwe organisatie)").fill("Tiel");
    await page.getByLabel("Wettelijke grondslag").fill("Jeugdwet");
    await page.getByLabel("Start", { exact: true }).fill("2026-09-01");
    await page.getByLabel("Afwijkende termijn", { exact: true }).fill("2027-07-15");
    await page.getByRole("button", { name: "Traject aanmaken" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Het formulier bevat fouten");
    expect(await page.getByLabel("Aanleiding").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Reden voor de afwijkende termijn").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Naam (nieuwe organisatie)").inputValue()).toBe("Jeugdzorg Betuwe");
    await expectAccessible(page);

    await page.getByLabel("Aanleiding").fill("Meldingen over wachtlijsten en onveilige plaatsingen.");
    await page.getByLabel("Reden voor de afwijkende termijn").fill("Zomerreces 2027");
    await page.getByRole("button", { name: "Traject aanmaken" }).click();
    await page.waitForURL(/\/trajecten\/(?!nieuw)[^/]+$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Jeugdzorg Betuwe");
    expect(await page.getByText("15 juli 2027").count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await page.goto("/trajecten");
    await page.getByLabel("Zoeken op kenmerk of organisatie").fill("Betuwe");
    await page.getByRole("button", { name: "Toepassen" }).click();
    await page.waitForURL(/q=Betuwe/);
    const rows = page.getByRole("table", { name: "Trajecten" }).locator("tbody tr");
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Jeugdzorg Betuwe");
    await expectAccessible(page);
    await context.close();
  });
});

describe("an administrator versioning a framework", () => {
  it("cannot change the version in use, makes a new version and changes a norm there", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "beheer@igj.example");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Toetsingskaders" }).click();
    await page.waitForURL(/\/toetsingskaders$/);
    await expectAccessible(page);
    await page.getByRole("link", { name: "versie 1" }).click();
    await page.waitForURL(/\/toetsingskaders\/[^/]+$/);
    await expect.poll(() => page.getByText("In gebruik – deze versie verandert niet meer").count()).toBe(1);
    expect(await page.getByRole("button", { name: /wijzigen|opslaan/i }).count()).toBe(0);
    await expectAccessible(page);

    await page.getByLabel("Ingangsdatum").fill("2027-01-01");
    await page.getByRole("button", { name: "Nieuwe versie maken" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("versie 2");
    await page.getByText("Norm PZ-1 wijzigen").click();
    const title = page.getByLabel("Titel").first();
    await title.fill("Veiligheid van het pleegkind (aangescherpt)");
    await page.getByRole("button", { name: "Norm opslaan" }).first().click();
    await expect.poll(() => page.getByRole("heading", { name: /PZ-1 Veiligheid van het pleegkind \(aangescherpt\)/ }).count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });
});
