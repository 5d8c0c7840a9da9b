import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "../../app/generated/prisma/client";
import { addDays, todayIso } from "../../app/domain/dates";
import { tinyPdf } from "../support/files";
import { expectAccessible, launch, newPage, signIn } from "./support/browser";

// The organisation's journey with a progress report, as new users would do it: the inspector
// requests it, Enver drafts and submits it with a PDF, the inspector asks for more
// information, Enver submits again (this time without JavaScript), the inspector accepts.

const TITLE = "Rapportage borging alleen spreken";
const ENVER = "/trajecten/traj-enver";
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function go(page: Page, click: () => Promise<void>, url: string | RegExp) {
  await Promise.all([page.waitForURL(url), click()]);
  await expectAccessible(page);
}

async function openRequest(page: Page) {
  await page.goto(`${ENVER}/rapportages`);
  await expectAccessible(page);
  const table = page.getByRole("table", { name: "Opgevraagde voortgangsrapportages" });
  await go(page, () => table.getByRole("link", { name: TITLE }).click(), /\/rapportages\/[^/?]+/);
}

function pdfFile(name: string, text: string) {
  return { name, mimeType: "application/pdf", buffer: Buffer.from(tinyPdf(text)) };
}

describe("the organisation journey with a progress report", () => {
  it("requests, drafts, submits with a PDF, asks for more, resubmits without JavaScript, accepts", async () => {
    const due = addDays(todayIso(), 21);
    const newDue = addDays(todayIso(), 35);

    // 1. The lead inspector requests a report on two norms.
    const inspector = await newPage(browser);
    const ip = inspector.page;
    await signIn(ip, "inspecteur@igj.example");
    await ip.goto(`${ENVER}/rapportages`);
    await expectAccessible(ip);
    await go(ip, () => ip.getByRole("link", { name: "Rapportage opvragen" }).click(), /\/rapportages\/nieuw$/);
    // Submitting empty shows field errors and writes nothing.
    await ip.getByRole("button", { name: "Rapportage opvragen bij de organisatie" }).click();
    await expect.poll(() => ip.getByText("Kies minstens één norm van dit traject.").isVisible()).toBe(true);
    await expectAccessible(ip);
    await ip.getByLabel("Titel").fill(TITLE);
    await ip.getByLabel("Termijn").fill(due);
    await ip.getByRole("checkbox", { name: /^PZ-4 / }).check();
    await ip.getByRole("checkbox", { name: /^PZ-6 / }).check();
    await ip.getByLabel("Instructies").fill("Geef per team het aandeel kinderen dat drie keer alleen is gesproken.");
    await go(ip, () => ip.getByRole("button", { name: "Rapportage opvragen bij de organisatie" }).click(), /\/rapportages\/(?!nieuw)[^/?]+$/);
    await expect.poll(() => ip.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);

    // 2. Enver signs in and sees what is due, then drafts with a PDF and submits.
    const org = await newPage(browser);
    const op = org.page;
    await signIn(op, "enver@enver.example");
    await expectAccessible(op);
    const dueTable = op.getByRole("table", { name: /^Termijnen in traject/ });
    await expect.poll(() => dueTable.getByText(TITLE).isVisible()).toBe(true);
    await openRequest(op);
    await op.getByLabel("Samenvatting").fill("Eerste opzet van de rapportage.");
    await op.getByLabel(/^Voortgang PZ-4/).fill("Team Zuid: 92% drie keer alleen gesproken.");
    await op.getByLabel("Bijlage toevoegen").setInputFiles(pdfFile("monitor-team-zuid.pdf", "Monitor team Zuid"));
    await go(op, () => op.getByRole("button", { name: "Concept opslaan" }).click(), /opgeslagen=1$/);
    await expect.poll(() => op.getByRole("status").textContent()).toBe("Uw concept is opgeslagen.");
    await expect.poll(() => op.getByRole("link", { name: "monitor-team-zuid.pdf" }).isVisible()).toBe(true);
    // The download is the very file, as an attachment, never rendered inline.
    const href = await op.getByRole("link", { name: "monitor-team-zuid.pdf" }).getAttribute("href");
    const download = await org.context.request.get(href ?? "");
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="monitor-team-zuid.pdf"/);
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // Submitting with a norm left empty is refused with a field error; the text stays.
    await op.getByRole("button", { name: "Indienen" }).click();
    await expect.poll(() => op.getByText("Vul dit veld in.").isVisible()).toBe(true);
    await expectAccessible(op);
    await expect.poll(() => op.getByLabel("Samenvatting").inputValue()).toBe("Eerste opzet van de rapportage.");
    await op.getByLabel(/^Voortgang PZ-6/).fill("Alle dossiers volgens de vaste indeling.");
    // Leaving the field clears its error message (the layout moves), as it would for a person.
    await op.getByLabel(/^Voortgang PZ-6/).press("Tab");
    await go(op, () => op.getByRole("button", { name: "Indienen" }).click(), /ingediend=1$/);
    await expect.poll(() => op.getByRole("status").textContent()).toBe("Uw rapportage is ingediend bij de inspectie.");
    await expect.poll(() => op.getByRole("heading", { name: /^Inzending 1 – ingediend/ }).isVisible()).toBe(true);

    // 3. The inspector reviews it and asks for more information with a new due date.
    await ip.reload();
    await expectAccessible(ip);
    await expect.poll(() => ip.getByRole("link", { name: "monitor-team-zuid.pdf" }).isVisible()).toBe(true);
    await ip.getByRole("radio", { name: "Aanvulling nodig" }).check();
    await ip.getByLabel("Toelichting").fill("Graag ook de cijfers van team Noord.");
    await ip.getByLabel("Nieuwe termijn").fill(newDue);
    await go(ip, () => ip.getByRole("button", { name: "Beoordeling vastleggen" }).click(), /beoordeeld=1$/);
    await expect.poll(() => ip.getByText("Aanvulling gevraagd", { exact: true }).isVisible()).toBe(true);

    // 4. Enver submits again, this time with JavaScript off: plain forms, a multipart upload.
    const noJs = await newPage(browser, { javaScriptEnabled: false });
    const np = noJs.page;
    await signIn(np, "enver@enver.example");
    await openRequest(np);
    await expect.poll(() => np.getByText("Graag ook de cijfers van team Noord.").isVisible()).toBe(true);
    // Submission 2 starts from submission 1's content.
    await expect.poll(() => np.getByLabel(/^Voortgang PZ-4/).inputValue()).toBe("Team Zuid: 92% drie keer alleen gesproken.");
    await np.getByLabel(/^Voortgang PZ-4/).fill("Team Zuid: 92%. Team Noord: 88%.");
    await np.getByLabel("Bijlage toevoegen").setInputFiles(pdfFile("monitor-team-noord.pdf", "Monitor team Noord"));
    await go(np, () => np.getByRole("button", { name: "Indienen" }).click(), /ingediend=1$/);
    await expect.poll(() => np.getByRole("status").textContent()).toBe("Uw rapportage is ingediend bij de inspectie.");
    await expect.poll(() => np.getByRole("heading", { name: /^Inzending 2 – ingediend/ }).isVisible()).toBe(true);
    await expect.poll(() => np.getByRole("heading", { name: /^Inzending 1 – ingediend/ }).isVisible()).toBe(true);

    // 5. The inspector accepts.
    await ip.reload();
    await expectAccessible(ip);
    await expect.poll(() => ip.getByRole("link", { name: "monitor-team-noord.pdf" }).isVisible()).toBe(true);
    await ip.getByRole("radio", { name: "Geaccepteerd" }).check();
    await go(ip, () => ip.getByRole("button", { name: "Beoordeling vastleggen" }).click(), /beoordeeld=1$/);

    const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${inject("databaseFile")}` }) });
    try {
      const request = await db.progressReportRequest.findFirstOrThrow({
        where: { title: TITLE },
        include: { submissions: { orderBy: { number: "asc" }, include: { attachments: { orderBy: { createdAt: "asc" } } } } },
      });
      expect(request).toMatchObject({ status: "ACCEPTED", dueDate: newDue });
      expect(request.submissions.map((s) => [s.number, s.status, s.reviewOutcome, s.attachments.map((a) => a.fileName)])).toEqual([
        [1, "SUBMITTED", "MORE_INFO_NEEDED", ["monitor-team-zuid.pdf"]],
        [2, "SUBMITTED", "ACCEPTED", ["monitor-team-zuid.pdf", "monitor-team-noord.pdf"]],
      ]);
    } finally {
      await db.$disconnect();
    }

    // The organisation sees the outcome; its plan and response pages pass axe too.
    await op.goto(`${ENVER}/rapportages`);
    await expectAccessible(op);
    await expect.poll(() => op.getByRole("row", { name: new RegExp(TITLE) }).getByText("Geaccepteerd").isVisible()).toBe(true);
    for (const path of ["/verbeterplan", "/verbeterplan/plan-enver-2", "/verbeterplan/vergelijk?van=1&naar=2", "/zienswijze"]) {
      await op.goto(`${ENVER}${path}`);
      await expectAccessible(op);
    }
    await inspector.context.close();
    await org.context.close();
    await noJs.context.close();
  });

  it("keeps the improvement plan and answers a draft report, all without JavaScript", async () => {
    const org = await newPage(browser, { javaScriptEnabled: false });
    const op = org.page;
    await signIn(op, "enver@enver.example");
    await op.goto(`${ENVER}/verbeterplan`);
    await expectAccessible(op);
    await go(op, () => op.getByRole("link", { name: "Versie 2" }).click(), /verbeterplan\/plan-enver-2$/);

    // Add an action to the draft, then edit it.
    const addForm = op.locator("form").filter({ has: op.getByRole("button", { name: "Actie toevoegen" }) });
    await addForm.getByLabel("Norm", { exact: true }).selectOption({ label: "PZ-8 Deskundigheid en werkdruk van medewerkers" });
    await addForm.getByLabel("Actie", { exact: true }).fill("Werving van pleegzorgwerkers versnellen");
    await addForm.getByLabel("Eigenaar").fill("HR-manager");
    await addForm.getByLabel("Gereed op").fill("2026-12-31");
    await addForm.getByLabel("Stand").selectOption({ label: "Bezig" });
    await go(op, () => addForm.getByRole("button", { name: "Actie toevoegen" }).click(), /plan-enver-2(#acties)?$/);
    const actions = op.getByRole("table", { name: "Acties in versie 2" });
    await expect.poll(() => actions.getByRole("row", { name: /Werving van pleegzorgwerkers versnellen/ }).isVisible()).toBe(true);
    await go(op, () => actions.getByRole("link", { name: "Bewerken: Werving van pleegzorgwerkers versnellen" }).click(), /\/acties\/[^/]+$/);
    await op.getByLabel("Eigenaar").fill("Bestuurder");
    await go(op, () => op.getByRole("button", { name: "Actie opslaan" }).click(), /plan-enver-2(#acties)?$/);
    await expect.poll(() => actions.getByRole("row", { name: /Werving/ }).getByText("Bestuurder").isVisible()).toBe(true);
    await go(op, () => op.getByRole("button", { name: "Versie indienen bij de inspectie" }).click(), /ingediend=1$/);
    await expect.poll(() => op.getByText("Ingediend", { exact: true }).isVisible()).toBe(true);

    // The inspector asks for it to be sharpened.
    const inspector = await newPage(browser);
    const ip = inspector.page;
    await signIn(ip, "inspecteur@igj.example");
    await ip.goto(`${ENVER}/verbeterplan/plan-enver-2`);
    await expectAccessible(ip);
    await ip.getByRole("radio", { name: "Aanscherping gevraagd" }).check();
    await ip.getByLabel("Toelichting").fill("Neem ook de werkdruk van gedragswetenschappers op.");
    await go(ip, () => ip.getByRole("button", { name: "Beoordeling vastleggen" }).click(), /plan-enver-2$/);

    // Enver starts version 3 as a copy and compares it with version 2.
    await op.goto(`${ENVER}/verbeterplan`);
    await expectAccessible(op);
    await go(op, () => op.getByRole("button", { name: "Nieuwe versie beginnen" }).click(), /verbeterplan\/(?!plan-enver-2)[^/]+$/);
    await expect.poll(() => op.getByRole("heading", { level: 1 }).textContent()).toBe("Versie 3");
    await expect.poll(() => op.getByText("Neem ook de werkdruk van gedragswetenschappers op.").count()).toBe(0);
    await op.goto(`${ENVER}/verbeterplan`);
    await go(op, () => op.getByRole("link", { name: "Versie 2 met 3" }).click(), /vergelijk\?van=2&naar=3$/);
    const comparison = op.getByRole("table", { name: "Acties van versie 2 naast versie 3" });
    await expect.poll(() => comparison.getByRole("rowheader", { name: "Ongewijzigd" }).count()).toBeGreaterThan(5);

    // A draft report is shared; Enver answers it once.
    await ip.goto(`${ENVER}/zienswijze`);
    await ip.getByRole("textbox", { name: "Titel" }).fill("Concept nazorgrapport");
    await ip.getByRole("textbox", { name: "Bevindingen" }).fill("De borging van het alleen spreken is zichtbaar.");
    await ip.getByLabel("Zienswijze uiterlijk").fill(addDays(todayIso(), 14));
    await go(ip, () => ip.getByRole("button", { name: "Voorleggen aan de organisatie" }).click(), /zienswijze$/);
    await op.goto(`${ENVER}/zienswijze`);
    await expectAccessible(op);
    const draft = op.getByRole("article", { name: "Concept nazorgrapport" });
    await draft.getByLabel("Uw zienswijze").fill("Enver herkent zich in de bevindingen.");
    await go(op, () => draft.getByRole("button", { name: "Zienswijze indienen" }).click(), /zienswijze(#draft-.+)?$/);
    await expect.poll(() => op.getByRole("article", { name: "Concept nazorgrapport" }).getByText("Enver herkent zich in de bevindingen.").isVisible()).toBe(true);
    await expect.poll(() => op.getByRole("article", { name: "Concept nazorgrapport" }).getByRole("textbox").count()).toBe(0);
    await inspector.context.close();
    await org.context.close();
  });
});
