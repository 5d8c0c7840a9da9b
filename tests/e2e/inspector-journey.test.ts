import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { PrismaClient } from "../../app/generated/prisma/client";
import { expectAccessible, go, launch, newPage, visit } from "./support/browser";
import { journey } from "./support/journey";

// An inspector's whole start of a trajectory, as a user would: create it for a new
// organisation, then baseline, visit, interim round, measure — and see the overview,
// deadlines and audit trail reflect it.
let trajectoryId = "";
// A second trajectory, put in the database directly with an empty baseline round, for two
// inspectors saving the same norm.
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
      id: "org-e2e-walcheren",
      name: "Pleegzorg Walcheren",
      kvkNumber: "99000222",
      sector: "Pleegzorg",
      location: "Vlissingen",
      trajectories: {
        create: {
          id: SHARED,
          reference: "VT-2026-E2F",
          ...trajectory,
          members: { create: { userId: colleague.id } },
          rounds: { create: { kind: "BASELINE", title: "Nulmeting", date: "2026-01-20", createdById: lead.id } },
        },
      },
    },
  });
  await db.$disconnect();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const matrixUrl = () => new RegExp(`/trajecten/${trajectoryId}/beoordelingen$`);
const assessUrl = /\/beoordelingen\/[^/]+\/[^/?]+(\?.*)?$/;

async function assess(page: Page, cell: string, rating: string, findings: string) {
  const matrix = page.getByRole("table", { name: "Normen per beoordelingsronde" });
  await go(page, () => matrix.getByRole("link", { name: cell }).click(), assessUrl);
  await page.getByLabel("Oordeel", { exact: true }).selectOption({ label: rating });
  await page.getByLabel("Bevindingen", { exact: true }).fill(findings);
  await go(page, () => page.getByRole("button", { name: "Beoordeling opslaan" }).click(), /opgeslagen=\d+$/);
  await expect.poll(() => page.getByRole("status").textContent()).toMatch(/opgeslagen als revisie 1/);
}

journey("an inspector working in a new trajectory", (step) => {
  let page: Page;
  const tabs = () => page.getByRole("navigation", { name: "Onderdelen van het traject" });
  const nav = () => page.getByRole("navigation", { name: "Hoofdmenu" });
  const summary = () => page.getByRole("table", { name: "Aantal normen per oordeel, per ronde" });
  const interim = "Tussentijds – onaangekondigd bezoek 12 maart 2026";

  step("creates a trajectory for an organisation the app does not know yet", async () => {
    ({ page } = await newPage(browser, { as: "inspecteur@igj.example" }));
    await visit(page, "/");
    await go(page, () => nav().getByRole("link", { name: "Trajecten" }).click(), /\/trajecten$/);
    await go(page, () => page.getByRole("link", { name: "Nieuw traject" }).click(), /\/trajecten\/nieuw$/);
    await page.getByLabel("KvK-nummer").fill("99000111");
    await page.getByLabel("Naam (nieuwe organisatie)").fill("Pleegzorg Oosterschelde");
    await page.getByLabel("Sector (nieuwe organisatie)").selectOption("Jeugd – pleegzorg");
    await page.getByLabel("Vestigingsplaats (nieuwe organisatie)").fill("Goes");
    await page.getByLabel("Aanleiding").fill("Signalen over onveilige plaatsingen.");
    await page.getByLabel("Wettelijke grondslag").fill("Jeugdwet");
    await page.getByRole("checkbox", { name: "Joris Bakker" }).check();
    await page.getByLabel("Start", { exact: true }).fill("2026-01-12");
    await page.getByLabel("Duur in maanden").fill("9");
    await go(page, () => page.getByRole("button", { name: "Traject aanmaken" }).click(), /\/trajecten\/(?!nieuw)[^/]+$/);
    trajectoryId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Pleegzorg Oosterschelde");
    expect(await page.getByText("31 oktober 2026").count()).toBeGreaterThan(0);
  });

  step("opens a baseline round and assesses all nine norms from the matrix", async () => {
    await go(page, () => tabs().getByRole("link", { name: "Beoordelingen" }).click(), matrixUrl());
    await expect.poll(() => page.getByText("Er is nog geen beoordelingsronde").count()).toBe(1);
    await go(page, () => page.getByRole("link", { name: "Nieuwe beoordelingsronde" }).click(), /\/beoordelingen\/nieuw$/);
    await page.getByLabel("Naam van de ronde").fill("Nulmeting");
    await page.getByRole("radio", { name: "Nulmeting" }).check();
    await page.getByLabel("Datum", { exact: true }).fill("2026-01-20");
    await go(page, () => page.getByRole("button", { name: "Ronde aanmaken" }).click(), matrixUrl());
    for (let n = 1; n <= 9; n++) {
      await assess(page, `nog niet beoordeeld – PZ-${n}, Nulmeting`, "voldoet niet", `Bij de nulmeting voldoet PZ-${n} niet.`);
      await go(page, () => page.getByRole("link", { name: "Terug naar het overzicht van beoordelingen" }).click(), matrixUrl());
    }
    await expect
      .poll(() =>
        summary()
          .getByRole("row", { name: /Nulmeting/ })
          .getByRole("cell")
          .allTextContents()
      )
      .toEqual(["0", "0", "0", "9", "0", expect.any(String)]);
  }, 120_000);

  step("records an unannounced visit that opens an interim round", async () => {
    await go(page, () => tabs().getByRole("link", { name: "Bezoeken" }).click(), /\/bezoeken$/);
    await go(page, () => page.getByRole("link", { name: "Bezoek vastleggen" }).click(), /\/bezoeken\/nieuw$/);
    await page.getByLabel("Datum van het bezoek").fill("2026-03-12");
    await page.getByRole("radio", { name: "Onaangekondigd" }).check();
    await page.getByLabel("Deelnemers").fill("Sanne de Vries (inspectie); manager pleegzorg");
    await page.getByLabel("Aantekeningen").fill("Steekproef van tien dossiers.");
    await page.getByLabel("Open een tussentijdse beoordelingsronde voor dit bezoek").check();
    await go(page, () => page.getByRole("button", { name: "Bezoek opslaan" }).click(), matrixUrl());
    await expect.poll(() => page.getByRole("columnheader", { name: new RegExp(interim) }).count()).toBe(1);
  });

  step("rates two improved norms, and the norm page compares them with the baseline", async () => {
    await assess(page, `nog niet beoordeeld – PZ-1, ${interim}`, "voldoet grotendeels", "Veiligheidstaxaties zijn bijna overal actueel.");
    await go(page, () => page.getByRole("link", { name: "Terug naar het overzicht van beoordelingen" }).click(), matrixUrl());
    await assess(page, `nog niet beoordeeld – PZ-4, ${interim}`, "voldoet", "Alle kinderen in de steekproef zijn alleen gesproken.");
    const comparison = page.getByRole("table", { name: "Deze norm bij de nulmeting en in de laatste ronde" });
    await expect.poll(() => comparison.getByRole("row", { name: /^Nulmeting/ }).textContent()).toContain("voldoet niet");
    await expect.poll(() => comparison.getByRole("row", { name: /^Laatste ronde/ }).textContent()).toContain("voldoet");
    await expect.poll(() => page.getByText("Ontwikkeling:").locator("..").textContent()).toContain("verbeterd");
  });

  step("sets a required measure with a due date for that norm", async () => {
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
  });

  step("the matrix says where the organisation stands", async () => {
    await go(page, () => tabs().getByRole("link", { name: "Beoordelingen" }).click(), matrixUrl());
    const matrix = page.getByRole("table", { name: "Normen per beoordelingsronde" });
    await expect
      .poll(() => matrix.getByRole("row", { name: /PZ-1/ }).getByRole("cell").allTextContents())
      .toEqual([expect.stringContaining("voldoet niet"), expect.stringContaining("voldoet grotendeels")]);
    expect(await matrix.getByRole("row", { name: /PZ-4/ }).getByRole("cell").allTextContents()).toEqual([expect.stringContaining("voldoet niet"), expect.stringMatching(/^voldoet –/)]);
    const interimCounts = await summary()
      .getByRole("row", { name: new RegExp(interim) })
      .getByRole("cell")
      .allTextContents();
    // Four ratings, then one "not assessed" column: rated so, or not rated yet (7 of the 9 norms).
    expect(interimCounts.slice(0, 5)).toEqual(["1", "1", "0", "0", "7"]);
  });

  step("the timeline, the deadline list and the audit trail show the work", async () => {
    await go(page, () => tabs().getByRole("link", { name: "Overzicht" }).click(), new RegExp(`/trajecten/${trajectoryId}$`));
    const timeline = page.locator(".timeline__list");
    await expect.poll(() => timeline.textContent()).toContain("12 maart 2026: Onaangekondigd bezoek");
    expect(await timeline.textContent()).toContain("Beoordelingsronde: Nulmeting");
    await go(page, () => nav().getByRole("link", { name: "Termijnen" }).click(), /\/termijnen$/);
    await expect
      .poll(() =>
        page
          .getByRole("table", { name: "Termijnen" })
          .getByRole("row", { name: /drie keer per jaar/ })
          .count()
      )
      .toBe(1);
    await visit(page, `/trajecten/${trajectoryId}/historie`);
    const history = page.getByRole("table", { name: "Historie" });
    for (const action of ["Traject aangemaakt", "Bezoek vastgelegd", "Normbeoordeling herzien", "Verbetermaatregel vastgesteld"]) {
      expect(await history.getByRole("cell", { name: action, exact: true }).count(), action).toBeGreaterThan(0);
    }
  });
});

journey("assessing a norm without JavaScript", (step) => {
  let mine: Page;
  let theirs: Page;
  const myText = "Sanne: samenwerking goed geregeld, convenant met de GI getekend.";

  step("two inspectors of the team open the same norm", async () => {
    ({ page: mine } = await newPage(browser, { javaScriptEnabled: false, as: "inspecteur@igj.example" }));
    ({ page: theirs } = await newPage(browser, { javaScriptEnabled: false, as: "inspecteur2@igj.example" }));
    // PZ-7 in a baseline round, not yet assessed.
    await visit(mine, `/trajecten/${SHARED}/beoordelingen`);
    const cell = mine.getByRole("table", { name: "Normen per beoordelingsronde" }).getByRole("link", { name: "nog niet beoordeeld – PZ-7, Nulmeting" });
    await go(mine, () => cell.click(), assessUrl);
    await visit(theirs, mine.url());
  });

  step("an empty finding is refused at the field and nothing is saved", async () => {
    await mine.getByLabel("Bevindingen", { exact: true }).fill("");
    await mine.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await expect.poll(() => mine.getByRole("alert").textContent()).toContain("Het formulier bevat fouten");
    expect(await mine.getByLabel("Bevindingen", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(mine);
  });

  step("Joris saves first", async () => {
    await theirs.getByLabel("Oordeel", { exact: true }).selectOption({ label: "voldoet grotendeels" });
    await theirs.getByLabel("Bevindingen", { exact: true }).fill("Joris: de samenwerking met de jeugdbeschermer hapert soms.");
    await theirs.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await expect.poll(() => theirs.getByRole("status").textContent()).toMatch(/opgeslagen als revisie \d+/);
    await expectAccessible(theirs);
  });

  step("Sanne's stale save is refused, showing Joris' version and keeping her text", async () => {
    await mine.getByLabel("Oordeel", { exact: true }).selectOption({ label: "voldoet" });
    await mine.getByLabel("Bevindingen", { exact: true }).fill(myText);
    await mine.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await expect.poll(() => mine.getByRole("alert").textContent()).toContain("Een andere inspecteur heeft deze beoordeling opgeslagen");
    expect(await mine.getByRole("region", { name: /Nieuwere versie: revisie \d+ van Joris Bakker/ }).textContent()).toContain("hapert soms");
    expect(await mine.getByLabel("Bevindingen", { exact: true }).inputValue()).toBe(myText);
    await expectAccessible(mine);
  });

  step("saving again puts her text on top of Joris' version; the history keeps both", async () => {
    await mine.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await expect.poll(() => mine.getByRole("status").textContent()).toMatch(/opgeslagen als revisie \d+/);
    const history = mine.getByRole("table", { name: "Alle opgeslagen versies, nieuwste eerst" });
    const rows = await history.locator("tbody tr").allTextContents();
    expect(rows[0]).toContain("Sanne de Vries");
    expect(rows[0]).toContain(myText);
    expect(rows[1]).toContain("Joris Bakker");
    await expectAccessible(mine);
  });
});
