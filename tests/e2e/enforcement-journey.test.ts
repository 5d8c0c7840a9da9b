import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { PrismaClient } from "../../app/generated/prisma/client";
import { addDays, todayIso } from "../../app/domain/dates";
import { formatDate } from "../../app/i18n";
import { go, launch, newPage, visit } from "./support/browser";
import { journey } from "./support/journey";

// What follows escalation and closure, as people would do it (issue 14): the enforcement ladder
// on the demo's Kustregio (its aanwijzing, whose judgement on compliance follows), a follow-up
// obligation not met leading back into supervision, and a suspension moving a deadline. The
// last two use trajectories of their own, put in the database directly, so the demo's other
// journeys keep their story.
const KUSTREGIO = "/trajecten/traj-kustregio";
const FOLLOW_UP = "traj-e2e-nazorg";
const SUSPEND = "traj-e2e-opschorting";

let browser: Browser;

beforeAll(async () => {
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${inject("databaseFile")}` }) });
  const enver = await db.trajectory.findUniqueOrThrow({ where: { id: "traj-enver" }, select: { frameworkVersionId: true } });
  const lead = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" }, select: { id: true } });
  const common = { frameworkVersionId: enver.frameworkVersionId, legalBasis: "Jeugdwet", leadInspectorId: lead.id, durationMonths: 9 };
  await db.organisation.create({
    data: {
      id: "org-e2e-schouwen",
      name: "Pleegzorg Schouwen",
      kvkNumber: "98000444",
      sector: "Pleegzorg",
      location: "Zierikzee",
      trajectories: {
        create: [
          {
            id: FOLLOW_UP,
            reference: "VT-2025-E2N",
            reason: "Illustratief traject voor de nazorg.",
            startDate: "2025-03-03",
            deadline: "2025-12-03",
            status: "FOLLOW_UP",
            ...common,
            followUps: { create: { kind: "IMPROVEMENT_PLAN", title: "Borging van het alleen spreken van kinderen", dueDate: "2026-06-30", status: "OPEN" } },
          },
          { id: SUSPEND, reference: "VT-2026-E2O", reason: "Illustratief traject voor een opschorting.", startDate: "2026-06-01", deadline: "2027-03-01", status: "ACTIVE", ...common },
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

const article = (page: Page, type: string) => page.getByRole("article", { name: new RegExp(`^${type}, opgelegd op`) });

journey("the enforcement ladder: instruction → not complied → penalty order decided by a manager → complied → ended", (step) => {
  let ip: Page;
  let mp: Page;
  let np: Page;

  step("the inspector sees the aanwijzing in force, its check planned and the judgement to follow", async () => {
    ({ page: ip } = await newPage(browser, { as: "inspecteur@igj.example" }));
    await visit(ip, KUSTREGIO);
    await go(ip, () => ip.getByRole("navigation", { name: "Onderdelen van het traject" }).getByRole("link", { name: "Handhaving" }).click(), /\/handhaving$/);
    expect(await article(ip, "Aanwijzing").getByRole("table").textContent()).toContain("oordeel volgt");
  });

  step("the inspector records that the aanwijzing was not complied with and proposes a penalty order", async () => {
    const aanwijzing = article(ip, "Aanwijzing");
    await aanwijzing.getByRole("radio", { name: "niet nageleefd" }).check();
    await aanwijzing.getByLabel("Onderbouwing").fill("Bij 6 van de 20 dossiers is de ontwikkeling niet vastgelegd.");
    await aanwijzing.getByRole("radio", { name: "volgende maatregel opleggen" }).check();
    await aanwijzing.getByLabel("Soort maatregel").selectOption({ label: "Last onder dwangsom" });
    await aanwijzing.getByLabel("Inhoud van de maatregel").fill("Last onder dwangsom: de ontwikkeling van ieder pleegkind wordt vastgelegd.");
    await aanwijzing.getByLabel("Nalevingstermijn van de volgende maatregel").fill(addDays(todayIso(), 90));
    await go(ip, () => aanwijzing.getByRole("button", { name: "Bevinding vastleggen en voorleggen" }).click(), /gedaan=recorded/);
    await expect.poll(() => ip.getByRole("status").textContent()).toContain("ligt voor aan een teamleider");
    // Nobody decides on their own finding: the inspector is told it awaits a manager.
    expect(await article(ip, "Aanwijzing").getByText("De bevinding wacht op het besluit van een teamleider.").isVisible()).toBe(true);
  });

  step("a manager finds the finding on the portfolio and imposes the penalty order", async () => {
    ({ page: mp } = await newPage(browser, { as: "teamleider@igj.example" }));
    await visit(mp, "/portefeuille");
    const waiting = mp.getByRole("table", { name: "Bevindingen over naleving die op een besluit wachten" });
    await go(mp, () => waiting.getByRole("link", { name: /Pleegzorg Kustregio/ }).click(), /traj-kustregio\/handhaving$/);
    await go(mp, () => article(mp, "Aanwijzing").getByRole("button", { name: "Gevolg vaststellen" }).click(), /gedaan=approved/);
    expect(await article(mp, "Aanwijzing").textContent()).toContain("opgevolgd door een volgende maatregel");
    const penalty = article(mp, "Last onder dwangsom");
    expect(await penalty.textContent()).toContain("van kracht");
    expect(await penalty.getByRole("link", { name: "Aanwijzing" }).isVisible()).toBe(true);
  });

  step("the penalty order's compliance deadline is on the deadlines and the timeline", async () => {
    await visit(ip, "/termijnen?traject=VT-2025-002");
    expect(await ip.getByRole("main").textContent()).toContain("Nalevingstermijn handhavingsmaatregel: Last onder dwangsom");
    await visit(ip, KUSTREGIO);
    expect(await ip.getByRole("region", { name: "Tijdlijn" }).textContent()).toContain("Opgelegd: Last onder dwangsom");
  });

  step("the team member records compliance with the penalty order, without JavaScript", async () => {
    const { page } = await newPage(browser, { javaScriptEnabled: false, as: "inspecteur2@igj.example" });
    await visit(page, `${KUSTREGIO}/handhaving`);
    const penalty = article(page, "Last onder dwangsom");
    await penalty.getByRole("radio", { name: "nageleefd", exact: true }).check();
    await penalty.getByLabel("Onderbouwing").fill("Alle twintig dossiers bevatten een actueel ontwikkelingsverslag.");
    await penalty.getByRole("radio", { name: "maatregel beëindigen" }).check();
    await go(page, () => penalty.getByRole("button", { name: "Bevinding vastleggen en voorleggen" }).click(), /gedaan=recorded/);
  });

  step("the manager ends the penalty order without JavaScript", async () => {
    ({ page: np } = await newPage(browser, { javaScriptEnabled: false, as: "teamleider@igj.example" }));
    await visit(np, `${KUSTREGIO}/handhaving`);
    await go(np, () => article(np, "Last onder dwangsom").getByRole("button", { name: "Gevolg vaststellen" }).click(), /gedaan=approved/);
    expect(await article(np, "Last onder dwangsom").textContent()).toContain("beëindigd");
  });

  step("the history shows each step of the ladder", async () => {
    await visit(np, `${KUSTREGIO}/historie`);
    const main = (await np.getByRole("main").textContent()) ?? "";
    for (const label of ["Bevinding over naleving vastgelegd", "Handhavingsmaatregel opgevolgd door een volgende", "Handhavingsmaatregel beëindigd"]) {
      expect(main).toContain(label);
    }
  });
});

journey("a follow-up obligation not met leads back into enhanced supervision", (step) => {
  let ip: Page;

  step("the inspector records that the obligation was not met, with a judgement", async () => {
    ({ page: ip } = await newPage(browser, { as: "inspecteur@igj.example" }));
    await visit(ip, `/trajecten/${FOLLOW_UP}/afsluiting`);
    await ip.getByRole("radio", { name: "niet voldaan" }).check();
    await ip.getByLabel("Oordeel van de inspecteur").fill("Kinderen worden nog niet drie keer per jaar alleen gesproken.");
    await go(ip, () => ip.getByRole("button", { name: "Uitkomst vastleggen" }).click(), /gedaan=outcome/);
    expect(await ip.getByRole("table", { name: "Verplichtingen na afsluiting (nazorg)" }).textContent()).toContain("wacht op besluit");
  });

  step("a manager decides: back under enhanced supervision with a new deadline", async () => {
    const { page } = await newPage(browser, { as: "teamleider@igj.example" });
    await visit(page, `/trajecten/${FOLLOW_UP}/afsluiting`);
    const deadline = addDays(todayIso(), 180);
    await page.getByRole("radio", { name: "terug onder verscherpt toezicht" }).check();
    await page.getByLabel("Nieuwe termijn van het toezicht").fill(deadline);
    await go(page, () => page.getByRole("button", { name: "Besluit vastleggen" }).click(), /gedaan=followUpDecided/);
    await expect.poll(() => page.locator(".trajectory-header").textContent()).toContain("actief");
    await visit(page, `/trajecten/${FOLLOW_UP}`);
    expect(await page.getByRole("region", { name: "Kerngegevens" }).textContent()).toContain(formatDate(deadline, "nl"));
  });
});

journey("a suspension moves the deadline and is shown apart from extensions", (step) => {
  step("the inspector suspends the term for ten days while awaiting information", async () => {
    const { page } = await newPage(browser, { as: "inspecteur@igj.example" });
    await visit(page, `/trajecten/${SUSPEND}/afsluiting`);
    await page.getByLabel("Reden").fill("Wachten op de dossiers die de organisatie moet aanleveren.");
    await page.getByLabel("Opgeschort van").fill("2026-07-01");
    await page.getByLabel("Tot en met").fill("2026-07-10");
    await go(page, () => page.getByRole("button", { name: "Termijn opschorten" }).click(), /gedaan=suspended/);
    const table = page.getByRole("table", { name: "Opschortingen van de toezichtstermijn" });
    expect(await table.textContent()).toContain("11 maart 2027");
    // Not an extension: the deadline changes table has no row for it.
    expect(await page.getByRole("table", { name: "Wijzigingen van de termijn" }).count()).toBe(0);
    await visit(page, `/trajecten/${SUSPEND}`);
    expect(await page.getByRole("region", { name: "Kerngegevens" }).textContent()).toContain("11 maart 2027 (waarvan 10 dagen opschorting)");
    await visit(page, `/trajecten/${SUSPEND}/historie`);
    expect(await page.getByRole("main").textContent()).toContain("Termijn opgeschort");
  });
});
