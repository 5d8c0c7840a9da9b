import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { addDays, todayIso } from "../../app/domain/dates";
import { expectAccessible, go, launch, newPage, visit } from "./support/browser";
import { journey } from "./support/journey";

// An unannounced visit stays unannounced, in the browser: Horizon's planned unannounced visit
// of 9 December 2026 (demo data) is on the lead inspector's pages and on none of Horizon's,
// until the inspector records it as held (here without JavaScript).

const HORIZON = "/trajecten/traj-horizon";
const VISIT_DATE = "9 december 2026";
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function visitRows(page: Page) {
  await visit(page, `${HORIZON}/bezoeken`);
  return page.getByRole("table", { name: "Bezoeken, nieuwste eerst" }).getByRole("row").allTextContents();
}

journey("an unannounced visit stays hidden from the organisation until it is held", (step) => {
  let ip: Page;
  let op: Page;

  step("the lead inspector sees the planned unannounced visit in the visits, the timeline and the deadlines", async () => {
    ({ page: ip } = await newPage(browser, { as: "inspecteur2@igj.example", javaScriptEnabled: false }));
    const rows = await visitRows(ip);
    expect(rows.some((row) => row.includes(VISIT_DATE) && row.includes("Onaangekondigd") && row.includes("gepland"))).toBe(true);
    await visit(ip, HORIZON);
    expect(await ip.getByRole("region", { name: "Tijdlijn" }).textContent()).toContain("Gepland onaangekondigd bezoek");
    await visit(ip, "/termijnen?kind=visit");
    expect(await ip.getByRole("table", { name: "Termijnen" }).textContent()).toContain(VISIT_DATE);
  });

  step("Horizon sees it on none of its pages: visits, their count, timeline, deadlines, start page", async () => {
    ({ page: op } = await newPage(browser, { as: "gebruiker@horizon.example" }));
    const rows = await visitRows(op);
    expect(rows.join(" ")).not.toContain(VISIT_DATE);
    expect(await op.getByText(/Aantal: 1\./).count()).toBe(1);
    await visit(op, HORIZON);
    expect(await op.getByRole("region", { name: "Tijdlijn" }).textContent()).not.toMatch(/Gepland onaangekondigd|Onaangekondigd bezoek/);
    await visit(op, "/termijnen");
    expect(await op.locator("main").textContent()).not.toContain(VISIT_DATE);
    await visit(op, "/");
    expect(await op.locator("main").textContent()).not.toContain(VISIT_DATE);
  });

  step("the inspector records it as held, without JavaScript", async () => {
    await visit(ip, `${HORIZON}/bezoeken`);
    await go(ip, () => ip.getByRole("link", { name: `Bezoek van ${VISIT_DATE} vastleggen als afgelegd` }).click(), /\/bezoeken\/(?!nieuw)[^/]+$/);
    // A day in the future is refused with a field error (a month ahead: within the plausible
    // range of dates, so this is the only error).
    await ip.getByLabel("Datum waarop het bezoek plaatsvond").fill(addDays(todayIso(), 30));
    await ip.getByRole("button", { name: "Vastleggen als afgelegd" }).click();
    await expect.poll(() => ip.locator(".field__error", { hasText: "Een afgelegd bezoek kan niet in de toekomst liggen" }).isVisible()).toBe(true);
    await expectAccessible(ip);
    await ip.getByLabel("Datum waarop het bezoek plaatsvond").fill("2026-11-24");
    await go(ip, () => ip.getByRole("button", { name: "Vastleggen als afgelegd" }).click(), /\/bezoeken$/);
  });

  step("now Horizon sees the visit, held, in its visits and on its timeline", async () => {
    const rows = await visitRows(op);
    expect(rows.some((row) => row.includes("24 november 2026") && row.includes("Onaangekondigd") && row.includes("afgelegd"))).toBe(true);
    await visit(op, HORIZON);
    expect(await op.getByRole("region", { name: "Tijdlijn" }).textContent()).toContain("Onaangekondigd bezoek");
  });
});
