import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, go, launch, newPage, visit } from "./support/browser";
import { journey } from "./support/journey";

// The management journey on the demo data, as people would go through it: the lead inspector
// of Stichting Horizon Pleegzorg (Joris Bakker, inspecteur2) proposes to lift the supervision,
// the manager (Mirjam Jansen, teamleider) returns it, he revises it, she approves it — without
// JavaScript — and publishes the decision, which then appears on the public page.
const HORIZON = "/trajecten/traj-horizon";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

journey("closing a trajectory: propose, four eyes, return, revise, approve, publish", (step) => {
  let ip: Page;
  let mp: Page;
  let np: Page;

  step("the lead inspector's proposal without a rationale is refused, field by field", async () => {
    ({ page: ip } = await newPage(browser, { as: "inspecteur2@igj.example" }));
    await visit(ip, HORIZON);
    await go(ip, () => ip.getByRole("navigation", { name: "Onderdelen van het traject" }).getByRole("link", { name: "Afsluiting" }).click(), /\/afsluiting$/);
    await go(ip, () => ip.getByRole("link", { name: "Afsluiting voorstellen" }).click(), /\/afsluiting\/voorstel$/);
    await ip.getByRole("radio", { name: "Verscherpt toezicht opheffen" }).check();
    await go(ip, () => ip.getByRole("button", { name: "Voorstel indienen" }).click(), /\/afsluiting\/voorstel$/);
    await expect.poll(() => ip.getByRole("alert").first().textContent()).toContain("Het formulier bevat fouten");
    expect(await ip.getByLabel("Onderbouwing").getAttribute("aria-invalid")).toBe("true");
  });

  step("the lead inspector proposes to lift, with two obligations after closure", async () => {
    await ip.getByLabel("Onderbouwing").fill("Vier van de vijf normen voldoen nu grotendeels; de screening is op orde.");
    const first = ip.getByRole("group", { name: "Verplichting 1" });
    await first.getByLabel("Omschrijving").fill("Aangescherpt verbeterplan Horizon");
    await first.getByLabel("Soort").selectOption({ label: "Verbeterplan" });
    await first.getByLabel("Uiterste datum").fill("2027-02-01");
    const second = ip.getByRole("group", { name: "Verplichting 2" });
    await second.getByLabel("Omschrijving").fill("Rapportage na een half jaar");
    await second.getByLabel("Soort").selectOption({ label: "Rapportage" });
    await second.getByLabel("Uiterste datum").fill("2027-06-30");
    await go(ip, () => ip.getByRole("button", { name: "Voorstel indienen" }).click(), /gedaan=proposed/);
    await expect.poll(() => ip.getByRole("status").textContent()).toContain("Het voorstel is ingediend");
    expect(await ip.locator(".trajectory-header").textContent()).toContain("afsluiting voorgesteld");
    // Four eyes: the proposer sees no decision form, and is told why.
    expect(await ip.getByRole("button", { name: "Voorstel goedkeuren" }).count()).toBe(0);
    expect(await ip.getByText("Volgens het vier-ogenprincipe besluit een andere teamleider erover.").isVisible()).toBe(true);
  });

  step("the manager finds it on the portfolio and sends it back with a comment", async () => {
    ({ page: mp } = await newPage(browser, { as: "teamleider@igj.example" }));
    await visit(mp, "/portefeuille");
    const waiting = mp.getByRole("table", { name: "Voorstellen die op een besluit wachten, oudste eerst" });
    await go(mp, () => waiting.getByRole("link", { name: /Stichting Horizon Pleegzorg/ }).click(), /traj-horizon\/afsluiting$/);
    expect(await mp.getByRole("table", { name: "Normen bij het voorstel: nulmeting en laatste oordeel" }).getByRole("row").count()).toBe(10);
    // The decision date reads as the app writes dates ("2 december 2026"), not in the browser's format.
    expect(await mp.getByLabel("Besluitdatum").inputValue()).toMatch(/^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/);
    await mp.getByLabel("Toelichting").fill("Onderbouw waarom PZ-9 (sturing) voldoende is verbeterd.");
    await go(mp, () => mp.getByRole("button", { name: "Voorstel terugsturen" }).click(), /gedaan=returned/);
    expect(await mp.locator(".trajectory-header").textContent()).toContain("actief");
  });

  step("the inspector revises it, starting from the returned proposal with the comment in view", async () => {
    await visit(ip, `${HORIZON}/afsluiting`);
    await go(ip, () => ip.getByRole("link", { name: "Voorstel herzien" }).click(), /\/afsluiting\/voorstel$/);
    expect(await ip.getByRole("heading", { name: "Teruggestuurd door Mirjam Jansen" }).isVisible()).toBe(true);
    expect(await ip.getByText("Onderbouw waarom PZ-9 (sturing) voldoende is verbeterd.").isVisible()).toBe(true);
    expect(await ip.getByRole("group", { name: "Verplichting 2" }).getByLabel("Omschrijving").inputValue()).toBe("Rapportage na een half jaar");
    await ip.getByLabel("Onderbouwing").fill("Vier van de vijf normen voldoen nu grotendeels. PZ-9: het bestuur heeft sinds juni stuurinformatie over veiligheid.");
    await go(ip, () => ip.getByRole("button", { name: "Voorstel indienen" }).click(), /gedaan=proposed/);
  });

  step("the manager approves it without JavaScript", async () => {
    ({ page: np } = await newPage(browser, { javaScriptEnabled: false, as: "teamleider@igj.example" }));
    await visit(np, `${HORIZON}/afsluiting`);
    expect(await np.getByText("PZ-9: het bestuur heeft sinds juni stuurinformatie over veiligheid.").isVisible()).toBe(true);
    // The history keeps the returned proposal and its comment.
    expect(await np.getByRole("region", { name: "Eerdere voorstellen en besluiten" }).getByText("Teruggestuurd door Mirjam Jansen").isVisible()).toBe(true);
    await np.getByLabel("Toelichting").fill("Akkoord met opheffen; nazorg zoals voorgesteld.");
    await go(np, () => np.getByRole("button", { name: "Voorstel goedkeuren" }).click(), /gedaan=approved/);
    expect(await np.locator(".trajectory-header").textContent()).toContain("nazorg");
    const followUps = np.getByRole("table", { name: "Verplichtingen na afsluiting (nazorg)" });
    expect(await followUps.getByRole("row", { name: /Aangescherpt verbeterplan Horizon/ }).textContent()).toContain("1 februari 2027");
    expect(await followUps.getByRole("row", { name: /Rapportage na een half jaar/ }).textContent()).toContain("open");
  });

  step("the portfolio counts Horizon in follow-up now, next to Enver", async () => {
    await visit(np, "/portefeuille");
    const byStatus = np.getByRole("table", { name: "Trajecten per status" });
    expect(
      await byStatus
        .getByRole("row", { name: /nazorg/ })
        .getByRole("cell")
        .textContent()
    ).toBe("2");
    expect(await np.getByText("Er wachten geen voorstellen op een besluit.").count()).toBe(0);
  });

  step("marked for publication without JavaScript, the decision appears on the public page", async () => {
    await visit(np, `${HORIZON}/afsluiting`);
    const history = np.getByRole("region", { name: "Eerdere voorstellen en besluiten" });
    await go(np, () => history.getByRole("link", { name: "Publieksamenvatting bewerken" }).first().click(), /\/afsluiting\/besluit\//);
    const summary = np.getByLabel("Publieksamenvatting");
    expect(await summary.inputValue()).toContain("Stichting Horizon Pleegzorg");
    await np.getByLabel("Klaar voor publicatie").check();
    await go(np, () => np.getByRole("button", { name: "Samenvatting opslaan" }).click(), /gedaan=published/);

    const { page: pp } = await newPage(browser);
    await visit(pp, "/besluiten");
    await go(pp, () => pp.getByRole("link", { name: "Stichting Horizon Pleegzorg: Verscherpt toezicht opheffen" }).click(), /\/besluiten\/[^/]+$/);
    expect(await pp.getByRole("heading", { level: 1 }).textContent()).toBe("Stichting Horizon Pleegzorg: Verscherpt toezicht opheffen");
    expect(await pp.locator("main").textContent()).not.toContain("Akkoord met opheffen");
  });

  step("the printable report has it all, with a print button once JavaScript runs", async () => {
    await visit(mp, `${HORIZON}/rapport`);
    expect(await mp.getByRole("button", { name: "Afdrukken of opslaan als pdf" }).isVisible()).toBe(true);
    expect(await mp.getByRole("region", { name: "Voorstellen, besluiten en wat volgde" }).textContent()).toContain("Goedgekeurd door Mirjam Jansen");
  });
});

describe("other closure decisions", () => {
  it("lets a manager without JavaScript return De Linde's proposal only with a comment", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false, as: "teamleider@igj.example" });
    try {
      await visit(page, "/trajecten/traj-de-linde/afsluiting");
      await go(page, () => page.getByRole("button", { name: "Voorstel terugsturen" }).click(), /\/afsluiting$/);
      expect(await page.locator(".field__error", { hasText: "Zeg bij het terugsturen wat er moet veranderen." }).isVisible()).toBe(true);
      await page.getByLabel("Toelichting").fill("Eerst de werkdruk (PZ-8) op orde brengen.");
      await go(page, () => page.getByRole("button", { name: "Voorstel terugsturen" }).click(), /gedaan=returned/);
      // Back to where it was before the proposal: extended.
      expect(await page.locator(".trajectory-header").textContent()).toContain("verlengd");
    } finally {
      await context.close();
    }
  });

  it("shows the demo's real sequence: Enver lifted on 9 March 2026, Kustregio escalated", async () => {
    const { context, page } = await newPage(browser, { as: "teamleider@igj.example" });
    try {
      await visit(page, "/trajecten/traj-enver/afsluiting");
      const history = page.getByRole("region", { name: "Eerdere voorstellen en besluiten" });
      expect(await history.textContent()).toContain("Goedgekeurd door Mirjam Jansen");
      expect(await history.textContent()).toContain("op 9 maart 2026");
      const followUps = page.getByRole("table", { name: "Verplichtingen na afsluiting (nazorg)" });
      expect(await followUps.getByRole("row").count()).toBe(3);
      await visit(page, "/trajecten/traj-enver/rapport");
      expect(await page.getByRole("table", { name: "Oordeel per norm (rijen) per beoordelingsronde (kolommen)" }).getByRole("row").count()).toBe(10);
      await visit(page, "/trajecten/traj-kustregio/afsluiting");
      expect(await page.getByRole("table", { name: "Handhavingsmaatregelen" }).textContent()).toContain("Aanwijzing");
      // The public page, in English too.
      await visit(page, "/besluiten");
      // The address stays the same, so wait for what the page says rather than for the address.
      await page.getByRole("button", { name: "Switch to English" }).click();
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Decisions on enhanced supervision");
      await expectAccessible(page);
      await visit(page, "/portefeuille");
    } finally {
      await context.close();
    }
  });

  it("lets an administrator without JavaScript add a measure type", async () => {
    const admin = await newPage(browser, { javaScriptEnabled: false, as: "beheer@igj.example" });
    try {
      await visit(admin.page, "/");
      await go(admin.page, () => admin.page.getByRole("link", { name: "Maatregeltypen" }).click(), /\/beheer\/maatregeltypen$/);
      await admin.page.getByLabel("Code").fill("BESTUURLIJKE_BOETE");
      await admin.page.getByLabel("Naam (Nederlands)").fill("Bestuurlijke boete");
      await admin.page.getByLabel("Naam (Engels)").fill("Administrative fine");
      await go(admin.page, () => admin.page.getByRole("button", { name: "Type toevoegen" }).click(), /toegevoegd=1/);
      expect(await admin.page.getByRole("row", { name: /BESTUURLIJKE_BOETE/ }).isVisible()).toBe(true);
    } finally {
      await admin.context.close();
    }
  });
});
