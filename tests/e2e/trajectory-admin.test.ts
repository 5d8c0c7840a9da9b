import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launch, newPage, visit } from "./support/browser";
import { journey } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The trajectory reference in the trajectory header ("Kenmerk VT-2026-001"). */
async function referenceOn(page: Page): Promise<string> {
  const text =
    (await page
      .getByText(/Kenmerk VT-\d{4}-\d{3}/)
      .first()
      .textContent()) ?? "";
  const reference = /VT-\d{4}-\d{3}/.exec(text)?.[0];
  if (!reference) throw new Error(`No reference in "${text}"`);
  return reference;
}

// The same flow with and without JavaScript: every step is a plain form or link.
describe.each([
  { javaScriptEnabled: true, kvk: "99000331", name: "Jeugdzorg Betuwe" },
  { javaScriptEnabled: false, kvk: "99000332", name: "Pleegzorg Lingewaard" },
])("an inspector creating a trajectory for a new organisation (JavaScript $javaScriptEnabled)", ({ javaScriptEnabled, kvk, name }) => {
  journey("searches, shows field errors keeping what was typed, creates it, and finds it on the timeline, deadlines and list", (step) => {
    let page: Page;
    let reference = "";
    step("the search says the organisation is not known yet", async () => {
      ({ page } = await newPage(browser, { javaScriptEnabled, as: "inspecteur2@igj.example" }));
      await visit(page, "/");
      await page.getByRole("link", { name: "Trajecten", exact: true }).first().click();
      await page.waitForURL(/\/trajecten$/);
      await page.getByRole("link", { name: "Nieuw traject" }).click();
      await page.waitForURL(/\/trajecten\/nieuw$/);
      await expectAccessible(page);

      // The organisation is not known yet: the search says so.
      await page.getByLabel("Bestaande organisatie zoeken").fill(name);
      await page.getByRole("button", { name: "Zoeken" }).click();
      await page.waitForURL(/organisatie=/);
      await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Geen organisatie gevonden");
      expect(await page.getByLabel("Bestaande organisatie", { exact: true }).count()).toBe(0);
      await expectAccessible(page);
    });

    step("a form with errors keeps what was typed", async () => {
      await page.getByLabel("KvK-nummer").fill(kvk);
      await page.getByLabel("Naam (nieuwe organisatie)").fill(name);
      await page.getByLabel("Sector (nieuwe organisatie)").selectOption("Jeugd – pleegzorg");
      await page.getByLabel("Vestigingsplaats (nieuwe organisatie)").fill("Tiel");
      expect(await page.getByLabel("Toetsingskader").locator("option:checked").textContent()).toContain("Toetsingskader Pleegzorg");
      await page.getByLabel("Wettelijke grondslag").fill("Jeugdwet");
      expect(await page.getByLabel("Leidend inspecteur").locator("option:checked").textContent()).toBe("Joris Bakker");
      await page.getByLabel("Sanne de Vries").check();
      await page.getByLabel("Start", { exact: true }).fill("2026-09-01");
      await page.getByLabel("Afwijkende termijn", { exact: true }).fill("2027-07-15");
      await page.getByRole("button", { name: "Traject aanmaken" }).click();
      await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Het formulier bevat fouten");
      expect(await page.getByLabel("Aanleiding").getAttribute("aria-invalid")).toBe("true");
      expect(await page.getByLabel("Reden voor de afwijkende termijn").getAttribute("aria-invalid")).toBe("true");
      expect(await page.getByLabel("Naam (nieuwe organisatie)").inputValue()).toBe(name);
      expect(await page.getByLabel("Sanne de Vries").isChecked()).toBe(true);
      await expectAccessible(page);
    });

    step("corrected, it creates the trajectory", async () => {
      await page.getByLabel("Aanleiding").fill("Meldingen over wachtlijsten en onveilige plaatsingen.");
      await page.getByLabel("Reden voor de afwijkende termijn").fill("Zomerreces 2027");
      await page.getByRole("button", { name: "Traject aanmaken" }).click();
      await page.waitForURL(/\/trajecten\/(?!nieuw)[^/?]+$/);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain(name);
      expect(await page.getByText("15 juli 2027").count()).toBeGreaterThan(0);
      expect(await page.getByText("Sanne de Vries").count()).toBeGreaterThan(0);
      reference = await referenceOn(page);
    });

    step("the timeline, the deadline list and the trajectory list show it", async () => {
      // The timeline's list (the accessible version of the picture), in date order.
      const timeline = page.locator("section", { has: page.getByRole("heading", { name: "Tijdlijn" }) }).getByRole("listitem");
      const events = await timeline.allTextContents();
      expect(events[0]).toBe("1 september 2026: Start verscherpt toezicht");
      expect(events).toContain("15 juli 2027: Einde toezichtstermijn");
      expect(events.some((e) => e.endsWith(": Vandaag"))).toBe(true);
      expect(events.some((e) => e.includes("Termijn gewijzigd naar 15 juli 2027"))).toBe(true);
      await expectAccessible(page);

      // Its deadlines, from the link on the overview.
      await page.getByRole("link", { name: "Alle termijnen van dit traject" }).click();
      await page.waitForURL(/\/termijnen\?traject=/);
      // With JavaScript the address changes before React has drawn the new page: poll.
      await expect.poll(() => page.getByLabel("Traject (kenmerk)").inputValue()).toBe(reference);
      const dueRows = page.getByRole("table", { name: "Termijnen" }).locator("tbody tr");
      await expect.poll(() => dueRows.count()).toBe(1);
      expect(await dueRows.first().textContent()).toContain("15 juli 2027");
      expect(await dueRows.first().textContent()).toContain("Einde toezichtstermijn");
      await expectAccessible(page);

      // The list finds it by search.
      await page.goto("/trajecten");
      await page.getByLabel("Zoeken op kenmerk of organisatie").fill(name);
      await page.getByRole("button", { name: "Toepassen" }).click();
      await page.waitForURL(/q=/);
      const rows = page.getByRole("table", { name: "Trajecten" }).locator("tbody tr");
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain(reference);
      await expectAccessible(page);
    });
  });
});

describe("an inspector creating a trajectory for an existing organisation without JavaScript", () => {
  it("finds the organisation by name and chooses it", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false, as: "inspecteur@igj.example" });
    await page.goto("/trajecten/nieuw?organisatie=Kustregio");
    const choice = page.getByLabel("Bestaande organisatie", { exact: true });
    expect(await choice.locator("option:checked").textContent()).toContain("Pleegzorg Kustregio, Middelburg");
    await expectAccessible(page);
    await page.getByLabel("Aanleiding").fill("Signalen uit het thematisch toezicht.");
    await page.getByLabel("Wettelijke grondslag").fill("Jeugdwet");
    await page.getByRole("button", { name: "Traject aanmaken" }).click();
    await page.waitForURL(/\/trajecten\/(?!nieuw)[^/?]+$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Pleegzorg Kustregio");
    await expectAccessible(page);
    await context.close();
  });
});

describe("an administrator versioning a framework", () => {
  it("cannot change the version in use, makes a new version and changes a norm there", async () => {
    const { context, page } = await newPage(browser, { as: "beheer@igj.example" });
    await visit(page, "/");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Toetsingskaders" }).click();
    await page.waitForURL(/\/toetsingskaders$/);
    await expectAccessible(page);
    await page.getByRole("link", { name: "versie 1" }).click();
    await page.waitForURL(/\/toetsingskaders\/[^/]+$/);
    await expect.poll(() => page.getByText("In gebruik – deze versie verandert niet meer").count()).toBe(1);
    expect(await page.getByRole("button", { name: /wijzigen|opslaan|toevoegen|verwijderen/i }).count()).toBe(0);
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

    // The list now shows both versions; the old one is unchanged.
    await page.getByRole("link", { name: "Terug naar de toetsingskaders" }).click();
    await page.waitForURL(/\/toetsingskaders$/);
    await expect.poll(() => page.getByRole("link", { name: /^versie \d$/ }).count()).toBe(2);
    await page.getByRole("link", { name: "versie 1" }).click();
    await expect.poll(() => page.getByRole("heading", { name: /^PZ-1 / }).textContent()).not.toContain("aangescherpt");
    await context.close();
  });
});
