import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { addDays, todayIso } from "~/domain/dates";
import { expectAccessible, go, launch, newPage, visit } from "./support/browser";
import { journey } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Without JavaScript: a requested report reaches the organisation's inbox, which counts it in the
// header, opens it (marking it read) and lets the user choose what reaches them by e-mail; the
// administrator sees the message the embedded outbox kept.
journey("a notification from request to inbox, settings and the administrator's outbox, without JavaScript", (step) => {
  let page: Page;
  const title = `Rapportage meldingen ${Date.now()}`;

  step("the inspector requests a progress report", async () => {
    ({ page } = await newPage(browser, { javaScriptEnabled: false, as: "inspecteur@igj.example" }));
    await visit(page, "/trajecten/traj-enver/rapportages/nieuw");
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Termijn").fill(addDays(todayIso(), 21));
    await page.locator('input[name="normIds"]').first().check();
    // Not "nieuw": the form's own address matches /rapportages/[^/]+, so the wait would end at
    // once and the audit would read the next document while it was still arriving.
    await go(page, () => page.getByRole("button", { name: "Rapportage opvragen bij de organisatie" }).click(), /\/rapportages\/(?!nieuw)[^/]+$/);
  });

  step("the organisation sees it in the header, the inbox, and opens it", async () => {
    ({ page } = await newPage(browser, { javaScriptEnabled: false, as: "enver@enver.example" }));
    await visit(page, "/");
    const header = page.getByRole("link", { name: /Meldingen \(\d+ ongelezen\)/ });
    await go(page, () => header.click(), /\/meldingen$/);
    const item = page.getByRole("button", { name: /Voortgangsrapportage gevraagd/ }).first();
    expect(await item.count()).toBe(1);
    await go(page, () => item.click(), /\/trajecten\/traj-enver\/rapportages\/[^/]+$/);
    expect(await page.getByText(title).count()).toBeGreaterThan(0);
    await visit(page, "/meldingen");
    expect(await page.getByText("gelezen", { exact: true }).count()).toBeGreaterThan(0);
  });

  step("the organisation chooses a daily digest and makes a calendar address", async () => {
    await go(page, () => page.getByRole("link", { name: "Instellingen voor meldingen" }).click(), /\/meldingen\/instellingen$/);
    await page.getByLabel("Eén overzicht per dag").check();
    await go(page, () => page.getByRole("button", { name: "Opslaan" }).click(), /opgeslagen=1/);
    expect(await page.getByLabel("Eén overzicht per dag").isChecked()).toBe(true);
    await page.getByRole("button", { name: "Nieuw agenda-adres maken" }).click();
    await expect.poll(() => page.locator(".handover-link").textContent()).toMatch(/\/agenda\/[\w-]{40,}$/);
    await expectAccessible(page);
  });

  step("the administrator sees the message as it was kept, and the empty failed list", async () => {
    ({ page } = await newPage(browser, { javaScriptEnabled: false, as: "beheer@igj.example" }));
    await visit(page, "/beheer/berichten?status=PENDING");
    await visit(page, "/beheer/berichten?status=FAILED");
    // The server's worker delivers to the embedded outbox within seconds.
    await expect.poll(async () => {
      await page.goto("/beheer/berichten?status=SENT");
      return page.getByRole("cell", { name: "enver@enver.example" }).count();
    }, { timeout: 60_000, interval: 1_000 }).toBeGreaterThan(0);
    await expectAccessible(page);
    const view = page.getByRole("link", { name: /^Bekijken: enver@enver\.example/ }).first();
    await go(page, () => view.click(), /\/beheer\/berichten\/[^/]+$/);
    expect(await page.getByText(title).count()).toBeGreaterThan(0);
  });
});
