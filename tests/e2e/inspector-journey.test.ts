import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "../../app/generated/prisma/client";
import { expectAccessible, launch, newPage, signIn } from "./support/browser";

// An inspector's work in a trajectory that has just started: no rounds, measures or visits
// yet. The trajectory is put in the e2e database directly (creating trajectories is another
// journey); everything after that goes through the pages, as a user would.
const TRAJECTORY = "traj-e2e-journey";
const REFERENCE = "VT-2026-E2E";
// A second one, with an empty baseline round, for two inspectors saving the same norm.
const SHARED = "traj-e2e-shared";

let browser: Browser;

beforeAll(async () => {
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${inject("databaseFile")}` }) });
  const enver = await db.trajectory.findUniqueOrThrow({ where: { id: "traj-enver" }, select: { frameworkVersionId: true } });
  const lead = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" }, select: { id: true } });
  const colleague = await db.user.findUniqueOrThrow({ where: { email: "inspecteur2@igj.example" }, select: { id: true } });
  const trajectory = {
    frameworkVersionId: enver.frameworkVersionId,
    reason: "Signalen over onveilige plaatsingen.",
    legalBasis: "Jeugdwet",
    leadInspectorId: lead.id,
    startDate: "2026-01-12",
    durationMonths: 9,
    deadline: "2026-10-31",
    status: "ACTIVE",
  };
  await db.organisation.create({
    data: {
      id: "org-e2e-zeeland",
      name: "Pleegzorg Oosterschelde",
      kvkNumber: "99000111",
      sector: "Pleegzorg",
      location: "Goes",
      trajectories: {
        create: [
          { id: TRAJECTORY, reference: REFERENCE, ...trajectory },
          {
            id: SHARED,
            reference: "VT-2026-E2F",
            ...trajectory,
            members: { create: { userId: colleague.id } },
            rounds: { create: { kind: "BASELINE", title: "Nulmeting", date: "2026-01-20", createdById: lead.id } },
          },
        ],
      },
    },
  });
  await db.$disconnect();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Follows a link or button that leads to another page and waits for that page. */
async function go(page: Page, click: () => Promise<void>, url: string | RegExp) {
  await Promise.all([page.waitForURL(url), click()]);
  await expectAccessible(page);
}

const matrixUrl = new RegExp(`/trajecten/${TRAJECTORY}/beoordelingen$`);
const assessUrl = /\/beoordelingen\/[^/]+\/[^/?]+(\?.*)?$/;

async function assess(page: Page, cell: string, rating: string, findings: string) {
  const matrix = page.getByRole("table", { name: "Normen per beoordelingsronde" });
  await go(page, () => matrix.getByRole("link", { name: cell }).click(), assessUrl);
  await page.getByLabel("Oordeel", { exact: true }).selectOption({ label: rating });
  await page.getByLabel("Bevindingen", { exact: true }).fill(findings);
  await go(page, () => page.getByRole("button", { name: "Beoordeling opslaan" }).click(), /opgeslagen=\d+$/);
  await expect.poll(() => page.getByRole("status").textContent()).toMatch(/opgeslagen als revisie 1/);
}

describe("an inspector working in a new trajectory", () => {
  it("records a baseline, an unannounced visit with an interim round, better ratings and a measure", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "inspecteur@igj.example");
    await expectAccessible(page);
    await go(page, () => page.getByRole("link", { name: REFERENCE, exact: true }).first().click(), new RegExp(`/trajecten/${TRAJECTORY}$`));
    const tabs = page.getByRole("navigation", { name: "Onderdelen van het traject" });

    // The baseline: a round, then all nine norms from the matrix.
    await go(page, () => tabs.getByRole("link", { name: "Beoordelingen" }).click(), matrixUrl);
    await expect.poll(() => page.getByText("Er is nog geen beoordelingsronde").count()).toBe(1);
    await go(page, () => page.getByRole("link", { name: "Nieuwe beoordelingsronde" }).click(), /\/beoordelingen\/nieuw$/);
    await page.getByLabel("Naam van de ronde").fill("Nulmeting");
    await page.getByRole("radio", { name: "Nulmeting" }).check();
    await page.getByLabel("Datum", { exact: true }).fill("2026-01-20");
    await go(page, () => page.getByRole("button", { name: "Ronde aanmaken" }).click(), matrixUrl);
    for (let n = 1; n <= 9; n++) {
      await assess(page, `nog niet beoordeeld – PZ-${n}, Nulmeting`, "voldoet niet", `Bij de nulmeting voldoet PZ-${n} niet.`);
      await go(page, () => page.getByRole("link", { name: "Terug naar het overzicht van beoordelingen" }).click(), matrixUrl);
    }
    const summary = page.getByRole("table", { name: "Aantal normen per oordeel, per ronde" });
    await expect.poll(() => summary.getByRole("row", { name: /Nulmeting/ }).getByRole("cell").allTextContents()).toEqual(["0", "0", "0", "9", "0", "0", expect.any(String)]);

    // An unannounced visit that opens an interim round.
    await go(page, () => tabs.getByRole("link", { name: "Bezoeken" }).click(), /\/bezoeken$/);
    await go(page, () => page.getByRole("link", { name: "Bezoek vastleggen" }).click(), /\/bezoeken\/nieuw$/);
    await page.getByLabel("Datum van het bezoek").fill("2026-03-12");
    await page.getByRole("radio", { name: "Onaangekondigd" }).check();
    await page.getByLabel("Deelnemers").fill("Sanne de Vries (inspectie); manager pleegzorg");
    await page.getByLabel("Aantekeningen").fill("Steekproef van tien dossiers.");
    await page.getByLabel("Open een tussentijdse beoordelingsronde voor dit bezoek").check();
    await go(page, () => page.getByRole("button", { name: "Bezoek opslaan" }).click(), matrixUrl);
    const interim = "Tussentijds – onaangekondigd bezoek 12 maart 2026";
    await expect.poll(() => page.getByRole("columnheader", { name: new RegExp(interim) }).count()).toBe(1);

    // Two norms have improved at the visit.
    await assess(page, `nog niet beoordeeld – PZ-1, ${interim}`, "voldoet grotendeels", "Veiligheidstaxaties zijn bijna overal actueel.");
    await go(page, () => page.getByRole("link", { name: "Terug naar het overzicht van beoordelingen" }).click(), matrixUrl);
    await assess(page, `nog niet beoordeeld – PZ-4, ${interim}`, "voldoet", "Alle kinderen in de steekproef zijn alleen gesproken.");

    // This norm's page compares the baseline with the visit and shows the improvement.
    const comparison = page.getByRole("table", { name: "Deze norm bij de nulmeting en in de laatste ronde" });
    await expect.poll(() => comparison.getByRole("row", { name: /^Nulmeting/ }).textContent()).toContain("voldoet niet");
    await expect.poll(() => comparison.getByRole("row", { name: /^Laatste ronde/ }).textContent()).toContain("voldoet");
    await expect.poll(() => page.getByText("Ontwikkeling:").locator("..").textContent()).toContain("verbeterd");

    // A required measure for this norm, with a due date.
    await go(page, () => page.getByRole("link", { name: "Verbetermaatregel toevoegen voor deze norm" }).click(), /\/maatregelen\/nieuw\?norm=/);
    expect(await page.getByLabel("Norm", { exact: true }).locator("option:checked").textContent()).toContain("PZ-4");
    await page.getByLabel("Maatregel", { exact: true }).fill("Spreek ieder pleegkind minstens drie keer per jaar zonder pleegouders.");
    await page.getByLabel("Uiterlijk gereed").fill("2026-09-30");
    await go(page, () => page.getByRole("button", { name: "Maatregel opslaan" }).click(), /\/maatregelen$/);
    const measures = page.getByRole("table", { name: "Verbetermaatregelen per norm" });
    const measureRow = measures.getByRole("row", { name: /drie keer per jaar/ });
    await expect.poll(() => measureRow.textContent()).toContain("30 september 2026");
    expect(await measureRow.textContent()).toContain("voldoet");
    expect(await measureRow.textContent()).toContain("open");

    // The matrix now says where the organisation stands.
    await go(page, () => tabs.getByRole("link", { name: "Beoordelingen" }).click(), matrixUrl);
    const matrix = page.getByRole("table", { name: "Normen per beoordelingsronde" });
    await expect.poll(() => matrix.getByRole("row", { name: /PZ-1/ }).getByRole("cell").allTextContents()).toEqual([
      expect.stringContaining("voldoet niet"),
      expect.stringContaining("voldoet grotendeels"),
    ]);
    expect(await matrix.getByRole("row", { name: /PZ-4/ }).getByRole("cell").allTextContents()).toEqual([
      expect.stringContaining("voldoet niet"),
      expect.stringMatching(/^voldoet –/),
    ]);
    const interimCounts = await summary.getByRole("row", { name: new RegExp(interim) }).getByRole("cell").allTextContents();
    expect(interimCounts.slice(0, 6)).toEqual(["1", "1", "0", "0", "0", "7"]);

    await context.close();
  });
});

describe("assessing a norm without JavaScript", () => {
  it("saves, shows field errors, and refuses a stale save while keeping the inspector's own text", async () => {
    const mine = await newPage(browser, { javaScriptEnabled: false });
    const theirs = await newPage(browser, { javaScriptEnabled: false });
    await signIn(mine.page, "inspecteur@igj.example");
    await signIn(theirs.page, "inspecteur2@igj.example");
    // PZ-7 in a baseline round, not yet assessed, opened by both inspectors of the team.
    await mine.page.goto(`/trajecten/${SHARED}/beoordelingen`);
    await expectAccessible(mine.page);
    const cell = mine.page.getByRole("table", { name: "Normen per beoordelingsronde" }).getByRole("link", { name: "nog niet beoordeeld – PZ-7, Nulmeting" });
    await go(mine.page, () => cell.click(), assessUrl);
    await theirs.page.goto(mine.page.url());
    await expectAccessible(theirs.page);

    // An empty finding is refused with the message at the field; nothing is saved.
    await mine.page.getByLabel("Bevindingen", { exact: true }).fill("");
    await mine.page.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await expect.poll(() => mine.page.getByRole("alert").textContent()).toContain("Het formulier bevat fouten");
    expect(await mine.page.getByLabel("Bevindingen", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(mine.page);

    // Joris saves first.
    await theirs.page.getByLabel("Oordeel", { exact: true }).selectOption({ label: "voldoet grotendeels" });
    await theirs.page.getByLabel("Bevindingen", { exact: true }).fill("Joris: de samenwerking met de jeugdbeschermer hapert soms.");
    await theirs.page.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await expect.poll(() => theirs.page.getByRole("status").textContent()).toMatch(/opgeslagen als revisie \d+/);
    await expectAccessible(theirs.page);

    // Sanne's save started from the older version: refused, Joris' text shown, hers kept.
    const myText = "Sanne: samenwerking goed geregeld, convenant met de GI getekend.";
    await mine.page.getByLabel("Oordeel", { exact: true }).selectOption({ label: "voldoet" });
    await mine.page.getByLabel("Bevindingen", { exact: true }).fill(myText);
    await mine.page.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await expect.poll(() => mine.page.getByRole("alert").textContent()).toContain("Een andere inspecteur heeft deze beoordeling opgeslagen");
    expect(await mine.page.getByRole("region", { name: /Nieuwere versie: revisie \d+ van Joris Bakker/ }).textContent()).toContain("hapert soms");
    expect(await mine.page.getByLabel("Bevindingen", { exact: true }).inputValue()).toBe(myText);
    await expectAccessible(mine.page);

    // Saving again puts her text on top of Joris' version; the history keeps both.
    await mine.page.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await expect.poll(() => mine.page.getByRole("status").textContent()).toMatch(/opgeslagen als revisie \d+/);
    const history = mine.page.getByRole("table", { name: "Alle opgeslagen versies, nieuwste eerst" });
    const rows = await history.locator("tbody tr").allTextContents();
    expect(rows[0]).toContain("Sanne de Vries");
    expect(rows[0]).toContain(myText);
    expect(rows[1]).toContain("Joris Bakker");
    await expectAccessible(mine.page);
    await mine.context.close();
    await theirs.context.close();
  });
});
