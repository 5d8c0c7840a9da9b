import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { APIResponse, Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { PrismaClient } from "../../app/generated/prisma/client";
import { addDays, todayIso } from "../../app/domain/dates";
import { tinyPdf } from "../support/files";
import { expectAccessible, go, launch, newPage, visit } from "./support/browser";
import { journey } from "./support/journey";

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

async function openRequest(page: Page) {
  await visit(page, `${ENVER}/rapportages`);
  const table = page.getByRole("table", { name: "Opgevraagde voortgangsrapportages" });
  await go(page, () => table.getByRole("link", { name: TITLE }).click(), /\/rapportages\/[^/?]+/);
}

function pdfFile(name: string, text: string) {
  return { name, mimeType: "application/pdf", buffer: Buffer.from(tinyPdf(text)) };
}

journey("the organisation journey with a progress report", (step) => {
  const due = addDays(todayIso(), 21);
  const newDue = addDays(todayIso(), 35);
  let ip: Page;
  let op: Page;
  let np: Page;
  let download: APIResponse;

  step("the lead inspector requests a report on two norms; an empty request is refused", async () => {
    ({ page: ip } = await newPage(browser, { as: "inspecteur@igj.example" }));
    await visit(ip, `${ENVER}/rapportages`);
    await go(ip, () => ip.getByRole("link", { name: "Rapportage opvragen" }).click(), /\/rapportages\/nieuw$/);
    // Submitting empty shows field errors and writes nothing.
    await ip.getByRole("button", { name: "Rapportage opvragen bij de organisatie" }).click();
    await expect.poll(() => ip.locator(".field__error", { hasText: "Kies minstens één norm van dit traject." }).isVisible()).toBe(true);
    await expectAccessible(ip);
    await ip.getByLabel("Titel").fill(TITLE);
    await ip.getByLabel("Termijn").fill(due);
    await ip.getByRole("checkbox", { name: /^PZ-4 / }).check();
    await ip.getByRole("checkbox", { name: /^PZ-6 / }).check();
    await ip.getByLabel("Instructies").fill("Geef per team het aandeel kinderen dat drie keer alleen is gesproken.");
    await go(ip, () => ip.getByRole("button", { name: "Rapportage opvragen bij de organisatie" }).click(), /\/rapportages\/(?!nieuw)[^/?]+$/);
    await expect.poll(() => ip.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
  });

  step("Enver sees what is due and saves a draft with a PDF", async () => {
    const org = await newPage(browser, { as: "enver@enver.example" });
    op = org.page;
    await visit(op, "/");
    const dueTable = op.getByRole("table", { name: /^Termijnen in traject/ });
    await expect.poll(() => dueTable.getByText(TITLE).isVisible()).toBe(true);
    await openRequest(op);
    await op.getByLabel("Samenvatting").fill("Eerste opzet van de rapportage.");
    await op.getByLabel(/^Voortgang PZ-4/).fill("Team Zuid: 92% drie keer alleen gesproken.");
    await op.getByLabel("Bijlage toevoegen").setInputFiles(pdfFile("monitor-team-zuid.pdf", "Monitor team Zuid"));
    await go(op, () => op.getByRole("button", { name: "Concept opslaan" }).click(), /opgeslagen=1$/);
    await expect.poll(() => op.getByRole("status").textContent()).toBe("Uw concept is opgeslagen.");
    await expect.poll(() => op.getByRole("link", { name: "monitor-team-zuid.pdf" }).isVisible()).toBe(true);
    const href = await op.getByRole("link", { name: "monitor-team-zuid.pdf" }).getAttribute("href");
    download = await org.context.request.get(href ?? "");
  });

  step("the download is the very file, as an attachment, never rendered inline", async () => {
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="monitor-team-zuid.pdf"/);
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  step("submitting with a norm left empty is refused at the field; then Enver submits", async () => {
    await op.getByRole("button", { name: "Indienen" }).click();
    await expect.poll(() => op.locator(".field__error", { hasText: "Vul dit veld in." }).isVisible()).toBe(true);
    await expectAccessible(op);
    await expect.poll(() => op.getByLabel("Samenvatting").inputValue()).toBe("Eerste opzet van de rapportage.");
    await op.getByLabel(/^Voortgang PZ-6/).fill("Alle dossiers volgens de vaste indeling.");
    // Leaving the field clears its error message (the layout moves), as it would for a person.
    await op.getByLabel(/^Voortgang PZ-6/).press("Tab");
    await go(op, () => op.getByRole("button", { name: "Indienen" }).click(), /ingediend=1$/);
    await expect.poll(() => op.getByRole("status").textContent()).toBe("Uw rapportage is ingediend bij de inspectie.");
    await expect.poll(() => op.getByRole("heading", { name: /^Inzending 1 – ingediend/ }).isVisible()).toBe(true);
  });

  step("the inspector asks for more information with a new due date", async () => {
    await ip.reload();
    await expectAccessible(ip);
    await expect.poll(() => ip.getByRole("link", { name: "monitor-team-zuid.pdf" }).isVisible()).toBe(true);
    await ip.getByRole("radio", { name: "Aanvulling nodig" }).check();
    await ip.getByLabel("Toelichting").fill("Graag ook de cijfers van team Noord.");
    await ip.getByLabel("Nieuwe termijn").fill(newDue);
    await go(ip, () => ip.getByRole("button", { name: "Beoordeling vastleggen" }).click(), /beoordeeld=1$/);
    await expect.poll(() => ip.getByText("Aanvulling gevraagd", { exact: true }).isVisible()).toBe(true);
  });

  step("Enver submits again without JavaScript: plain forms, a multipart upload", async () => {
    ({ page: np } = await newPage(browser, { javaScriptEnabled: false, as: "enver@enver.example" }));
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
  });

  step("the inspector accepts, and the database holds both submissions", async () => {
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
  });

  step("the organisation sees the outcome; its plan and response pages pass axe too", async () => {
    await visit(op, `${ENVER}/rapportages`);
    await expect
      .poll(() =>
        op
          .getByRole("row", { name: new RegExp(TITLE) })
          .getByText("Geaccepteerd")
          .isVisible()
      )
      .toBe(true);
    for (const path of ["/verbeterplan", "/verbeterplan/plan-enver-2", "/verbeterplan/vergelijk?van=1&naar=2", "/zienswijze"]) {
      await visit(op, `${ENVER}${path}`);
    }
  });
});

journey("keeping the improvement plan and answering a draft report, all without JavaScript", (step) => {
  let op: Page;
  let ip: Page;
  const actions = () => op.getByRole("table", { name: "Acties in versie 2" });

  step("Enver adds an action to its draft plan and edits it", async () => {
    ({ page: op } = await newPage(browser, { javaScriptEnabled: false, as: "enver@enver.example" }));
    await visit(op, `${ENVER}/verbeterplan`);
    await go(op, () => op.getByRole("link", { name: "Versie 2" }).click(), /verbeterplan\/plan-enver-2$/);
    const addForm = op.locator("form").filter({ has: op.getByRole("button", { name: "Actie toevoegen" }) });
    await addForm.getByLabel("Norm", { exact: true }).selectOption({ label: "PZ-8 Deskundigheid en werkdruk van medewerkers" });
    await addForm.getByLabel("Actie", { exact: true }).fill("Werving van pleegzorgwerkers versnellen");
    await addForm.getByLabel("Eigenaar").fill("HR-manager");
    await addForm.getByLabel("Gereed op").fill("2026-12-31");
    await addForm.getByLabel("Stand").selectOption({ label: "Bezig" });
    await go(op, () => addForm.getByRole("button", { name: "Actie toevoegen" }).click(), /plan-enver-2(#acties)?$/);
    await expect
      .poll(() =>
        actions()
          .getByRole("row", { name: /Werving van pleegzorgwerkers versnellen/ })
          .isVisible()
      )
      .toBe(true);
    await go(op, () => actions().getByRole("link", { name: "Bewerken: Werving van pleegzorgwerkers versnellen" }).click(), /\/acties\/[^/]+$/);
    await op.getByLabel("Eigenaar").fill("Bestuurder");
    await go(op, () => op.getByRole("button", { name: "Actie opslaan" }).click(), /plan-enver-2(#acties)?$/);
    await expect
      .poll(() =>
        actions()
          .getByRole("row", { name: /Werving/ })
          .getByText("Bestuurder")
          .isVisible()
      )
      .toBe(true);
  });

  step("Enver submits the version and the inspector asks for it to be sharpened", async () => {
    await go(op, () => op.getByRole("button", { name: "Versie indienen bij de inspectie" }).click(), /ingediend=1$/);
    await expect.poll(() => op.getByText("Ingediend", { exact: true }).isVisible()).toBe(true);
    ({ page: ip } = await newPage(browser, { as: "inspecteur@igj.example" }));
    await visit(ip, `${ENVER}/verbeterplan/plan-enver-2`);
    await ip.getByRole("radio", { name: "Aanscherping gevraagd" }).check();
    await ip.getByLabel("Toelichting").fill("Neem ook de werkdruk van gedragswetenschappers op.");
    await go(ip, () => ip.getByRole("button", { name: "Beoordeling vastleggen" }).click(), /plan-enver-2$/);
  });

  step("Enver starts version 3 as a copy and compares it with version 2", async () => {
    await visit(op, `${ENVER}/verbeterplan`);
    await go(op, () => op.getByRole("button", { name: "Nieuwe versie beginnen" }).click(), /verbeterplan\/(?!plan-enver-2)[^/]+$/);
    await expect.poll(() => op.getByRole("heading", { level: 1 }).textContent()).toBe("Versie 3");
    await expect.poll(() => op.getByText("Neem ook de werkdruk van gedragswetenschappers op.").count()).toBe(0);
    await visit(op, `${ENVER}/verbeterplan`);
    await go(op, () => op.getByRole("link", { name: "Versie 2 met 3" }).click(), /vergelijk\?van=2&naar=3$/);
    const comparison = op.getByRole("table", { name: "Acties van versie 2 naast versie 3" });
    await expect.poll(() => comparison.getByRole("rowheader", { name: "Ongewijzigd" }).count()).toBeGreaterThan(5);
  });

  step("a draft report is shared and Enver answers it once", async () => {
    await visit(ip, `${ENVER}/zienswijze`);
    await ip.getByRole("textbox", { name: "Titel" }).fill("Concept nazorgrapport");
    await ip.getByRole("textbox", { name: "Bevindingen" }).fill("De borging van het alleen spreken is zichtbaar.");
    await ip.getByLabel("Zienswijze uiterlijk").fill(addDays(todayIso(), 14));
    await go(ip, () => ip.getByRole("button", { name: "Voorleggen aan de organisatie" }).click(), /zienswijze$/);
    await visit(op, `${ENVER}/zienswijze`);
    const draft = op.getByRole("article", { name: "Concept nazorgrapport" });
    await draft.getByLabel("Uw zienswijze").fill("Enver herkent zich in de bevindingen.");
    await go(op, () => draft.getByRole("button", { name: "Zienswijze indienen" }).click(), /zienswijze(#draft-.+)?$/);
    await expect.poll(() => op.getByRole("article", { name: "Concept nazorgrapport" }).getByText("Enver herkent zich in de bevindingen.").isVisible()).toBe(true);
    await expect.poll(() => op.getByRole("article", { name: "Concept nazorgrapport" }).getByRole("textbox").count()).toBe(0);
  });
});
