import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "../../app/generated/prisma/client";
import { DEMO_PASSWORD, expectAccessible, go, launch, newPage, signIn, visit } from "./support/browser";
import { checkPageQuality } from "./support/page-quality";

// What a first-time user ran into (issue 17), in a real browser.

let browser: Browser;

// A trajectory of its own for the refused-save case, so no other test's data is touched.
const CONFLICT = "traj-e2e-conflict";
const ORGANISATION_USER = "e2e@zeeuws-vlaanderen.example";
const FIRST_REPORT = "report-e2e-first";

beforeAll(async () => {
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${inject("databaseFile")}` }) });
  const enver = await db.trajectory.findUniqueOrThrow({ where: { id: "traj-enver" }, select: { frameworkVersionId: true } });
  const lead = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" }, select: { id: true } });
  const colleague = await db.user.findUniqueOrThrow({ where: { email: "inspecteur2@igj.example" }, select: { id: true } });
  await db.organisation.create({
    data: {
      id: "org-e2e-conflict",
      name: "Pleegzorg Zeeuws-Vlaanderen",
      kvkNumber: "99000333",
      sector: "Pleegzorg",
      location: "Terneuzen",
      trajectories: {
        create: {
          id: CONFLICT,
          reference: "VT-2026-E3C",
          frameworkVersionId: enver.frameworkVersionId,
          reason: "Signalen over dossiers.",
          legalBasis: "Jeugdwet",
          leadInspectorId: lead.id,
          startDate: "2026-02-02",
          durationMonths: 9,
          deadline: "2026-11-02",
          status: "ACTIVE",
          members: { create: { userId: colleague.id } },
          rounds: { create: { kind: "BASELINE", title: "Nulmeting", date: "2026-02-10", createdById: lead.id } },
        },
      },
    },
  });
  // Obligations after closure: one past its due date and open, one met, one not yet due.
  await db.followUpObligation.createMany({
    data: [
      { trajectoryId: CONFLICT, kind: "IMPROVEMENT_PLAN", title: "Aangescherpt verbeterplan E3C", dueDate: "2025-06-30", status: "OPEN" },
      { trajectoryId: CONFLICT, kind: "REPORT", title: "Eerdere rapportage E3C", dueDate: "2025-05-31", status: "MET" },
      { trajectoryId: CONFLICT, kind: "REPORT", title: "Latere rapportage E3C", dueDate: "2099-12-31", status: "OPEN" },
    ],
  });
  // A user of the organisation (the demo password) and a report asked of it, never submitted.
  const enverUser = await db.user.findUniqueOrThrow({ where: { email: "enver@enver.example" }, select: { passwordHash: true } });
  await db.user.create({ data: { email: ORGANISATION_USER, name: "Zeeuws-Vlaanderen Gebruiker", role: "ORGANISATION", organisationId: "org-e2e-conflict", passwordHash: enverUser.passwordHash } });
  const norm = await db.norm.findFirstOrThrow({ where: { frameworkVersionId: enver.frameworkVersionId }, orderBy: { order: "asc" }, select: { id: true } });
  await db.progressReportRequest.create({
    data: { id: FIRST_REPORT, trajectoryId: CONFLICT, title: "Eerste rapportage E3C", instructions: "", dueDate: "2099-06-30", status: "REQUESTED", requestedById: lead.id, norms: { create: [{ normId: norm.id }] } },
  });
  await db.$disconnect();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe("a form with a field error", () => {
  it("keeps the error in place when the field is corrected and left, so one click on the button submits", async () => {
    const { context, page } = await newPage(browser);
    await page.goto("/inloggen", { waitUntil: "networkidle" });
    await page.getByLabel("E-mailadres").fill("inspecteur@igj.example");
    const button = page.getByRole("button", { name: "Inloggen" });
    await button.click();
    const error = page.locator(".field").filter({ hasText: "Wachtwoord" }).getByText("Vul dit veld in.");
    await expect.poll(() => error.isVisible()).toBe(true);

    // The summary at the top links to the field with the error.
    const link = page.getByRole("alert").getByRole("link", { name: "Vul dit veld in." });
    const password = page.getByLabel("Wachtwoord");
    expect(await link.getAttribute("href")).toBe(`#${await password.getAttribute("id")}`);

    await password.fill(DEMO_PASSWORD);
    await password.blur();
    // Still there: errors change on the next submit, not when a field loses focus.
    expect(await error.isVisible()).toBe(true);
    const before = await button.boundingBox();
    if (!before) throw new Error("The sign-in button is not on screen");
    // Exactly one press and release where the button is: nothing may move under the pointer.
    await Promise.all([
      page.waitForURL((url) => !url.pathname.startsWith("/inloggen"), { timeout: 20_000 }),
      page.mouse.click(before.x + before.width / 2, before.y + before.height / 2),
    ]);
    await context.close();
  });
});

describe("the page checks every browser test runs", () => {
  async function serve(path: string, body: string) {
    const { context, page } = await newPage(browser);
    await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body }));
    await page.goto(path);
    return { context, page };
  }
  const doc = (body: string) => `<!DOCTYPE html><html lang="nl"><head><title>Proef</title></head><body><main>${body}</main></body></html>`;
  const wideTable = `<table><caption id="c">Tabel</caption><tr><td style="min-width:40rem">breed</td></tr></table>`;

  it("reject invalid HTML", async () => {
    const { context, page } = await serve("/proef/ongeldig", doc(`<p><div>blok in alinea</div></p><span id="x"></span><span id="x"></span>`));
    await expect(checkPageQuality(page)).rejects.toThrow(/HTML errors on \/proef\/ongeldig[\s\S]*Duplicate ID/);
    await context.close();
  });

  it("reject a page that scrolls sideways at 320 px, or a table scrolling in an unlabelled box", async () => {
    const wide = await serve("/proef/breed", doc(`<div style="width:30rem">te breed</div>`));
    await expect(checkPageQuality(wide.page)).rejects.toThrow(/sideways scrolling at 320 px on \/proef\/breed[\s\S]*page scrolls/);
    await wide.context.close();
    const unlabelled = await serve("/proef/tabel-zonder-naam", doc(`<div style="overflow-x:auto">${wideTable}</div>`));
    await expect(checkPageQuality(unlabelled.page)).rejects.toThrow(/has no visible label/);
    await unlabelled.context.close();
  });

  it("accept a wide data table in its own labelled, focusable scroll region", async () => {
    const { context, page } = await serve(
      "/proef/tabel",
      doc(`<div style="overflow-x:auto" role="region" aria-labelledby="c" tabindex="0">${wideTable}</div>`),
    );
    await checkPageQuality(page);
    await context.close();
  });
});

describe("the history page", () => {
  it("shows labelled, translated and formatted changes that fit the window", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "inspecteur@igj.example");
    await page.goto("/trajecten/traj-enver/historie");
    await expectAccessible(page);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/); // codes such as LARGELY_MEETS
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}/); // raw instants
    expect(text).not.toMatch(/\b(status|rating|dueDate): /); // field names
    expect(text).toContain("Oordeel: ");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await context.close();
  });
});

describe("a refused save with JavaScript", () => {
  it("shows the revision that won beside the inspector's own kept text", async () => {
    const mine = (await newPage(browser, { as: "inspecteur@igj.example" })).page;
    const theirs = (await newPage(browser, { as: "inspecteur2@igj.example" })).page;
    await mine.goto(`/trajecten/${CONFLICT}/beoordelingen`, { waitUntil: "networkidle" });
    const cell = mine.getByRole("table", { name: "Normen per beoordelingsronde" }).getByRole("link", { name: "nog niet beoordeeld – PZ-1, Nulmeting" });
    await Promise.all([mine.waitForURL(/\/beoordelingen\/[^/]+\/[^/?]+$/), cell.click()]);
    await mine.waitForLoadState("networkidle");
    await theirs.goto(mine.url(), { waitUntil: "networkidle" });

    await theirs.getByLabel("Oordeel", { exact: true }).selectOption({ label: "voldoet deels" });
    await theirs.getByLabel("Bevindingen", { exact: true }).fill("Joris: dossiers zijn deels bijgewerkt.");
    await theirs.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await expect.poll(() => theirs.getByRole("status").textContent()).toMatch(/opgeslagen als revisie 1/);

    const myText = "Sanne: dossiers zijn op orde.";
    await mine.getByLabel("Oordeel", { exact: true }).selectOption({ label: "voldoet" });
    await mine.getByLabel("Bevindingen", { exact: true }).fill(myText);
    await mine.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await expect.poll(() => mine.getByRole("alert").first().textContent()).toContain("Een andere inspecteur heeft deze beoordeling opgeslagen");
    // The page itself now says revision 1 exists, by Joris, and lists it; her text is kept.
    await expect.poll(() => mine.getByText(/^Revisie 1, opgeslagen door Joris Bakker/).count()).toBe(1);
    expect(await mine.getByRole("table", { name: "Alle opgeslagen versies, nieuwste eerst" }).textContent()).toContain("Joris Bakker");
    expect(await mine.getByLabel("Bevindingen", { exact: true }).inputValue()).toBe(myText);
    await expectAccessible(mine);
    await mine.context().close();
    await theirs.context().close();
  });
});

describe("one way of saying things", () => {
  it("says a follow-up past its due date is overdue, and only that one", async () => {
    const { context, page } = await newPage(browser, { as: "inspecteur@igj.example" });
    await visit(page, `/trajecten/${CONFLICT}/afsluiting`);
    const rows = page.getByRole("table", { name: "Verplichtingen na afsluiting (nazorg)" }).getByRole("row");
    expect(await rows.filter({ hasText: "Aangescherpt verbeterplan E3C" }).textContent()).toContain("(te laat)");
    expect(await rows.filter({ hasText: "Eerdere rapportage E3C" }).textContent()).not.toContain("te laat");
    expect(await rows.filter({ hasText: "Latere rapportage E3C" }).textContent()).not.toContain("te laat");
    await context.close();
  });

  it("shows and reads a date field in the app's own format, whatever the browser's locale", async () => {
    // An American browser: a native date field would show 02/12/2026 here.
    const { context, page } = await newPage(browser, { as: "inspecteur@igj.example", locale: "en-US" });
    await visit(page, `/trajecten/${CONFLICT}/bezoeken/nieuw`);
    const date = page.getByLabel("Datum van het bezoek");
    expect(await date.getAttribute("type")).toBe("text");
    expect(await date.inputValue()).toMatch(/^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/);
    await date.fill("12-2-2026");
    await page.getByRole("radio", { name: "Aangekondigd", exact: true }).check();
    await page.getByRole("radio", { name: "Afgelegd (heeft plaatsgevonden)" }).check();
    await page.getByLabel("Deelnemers").fill("Sanne de Vries");
    await go(page, () => page.getByRole("button", { name: "Bezoek opslaan" }).click(), /\/bezoeken$/);
    expect(await page.getByRole("table").first().textContent()).toContain("12 februari 2026");
    await context.close();
  });

  it("says once on the portfolio how fresh its figures are", async () => {
    const { context, page } = await newPage(browser, { as: "teamleider@igj.example" });
    await visit(page, "/portefeuille");
    expect(await page.getByText(/hoogstens eens per minuut/).count()).toBe(1);
    await context.close();
  });

  it("does not speak of additions on a first submission", async () => {
    const { context, page } = await newPage(browser, { as: ORGANISATION_USER });
    await visit(page, `/trajecten/${CONFLICT}/rapportages/${FIRST_REPORT}`);
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("U kunt een concept opslaan en later verder werken");
    expect(main).not.toMatch(/aanvulling/i);
    await context.close();
  });
});
