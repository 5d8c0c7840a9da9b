import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { addDays, todayIso } from "../../app/domain/dates";
import { baseURL, expectAccessible, go, launch, newPage, visit } from "./support/browser";
import { journey } from "./support/journey";

// Issue 15's scenario: an inspector creates a theme, composes three questions and sends the
// request to the foster-care sector; Enver (with JavaScript) and Horizon (without) answer,
// Horizon asks for and gets more time; Horizon's user gets 404 on Enver's answers; the
// inspector scores, ranks, and starts a trajectory from the top-ranked organisation, which
// shows where it came from.

const TITLE = `Thematisch toezicht veiligheid ${Date.now()}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** The recipient page of an organisation, from the theme's overview. */
async function openRecipient(page: Page, themePath: string, organisation: string) {
  await visit(page, themePath);
  await go(page, () => page.getByRole("link", { name: organisation, exact: true }).click(), /\/uitvragen\//);
}

/** The organisation's own request, from its start page. */
async function openRequest(page: Page) {
  await visit(page, "/");
  await go(page, () => page.getByRole("table", { name: "Uitvragen aan uw organisatie" }).getByRole("link", { name: TITLE }).click(), /\/uitvragen\//);
}

journey("thematic supervision of the foster-care sector", (step) => {
  let ip: Page;
  let ep: Page;
  let hp: Page;
  let themePath = "";
  let enverAnswers = "";

  step("the inspector creates the theme; an empty form is refused", async () => {
    ({ page: ip } = await newPage(browser, { as: "inspecteur@igj.example" }));
    await visit(ip, "/themas");
    await go(ip, () => ip.getByRole("link", { name: "Nieuw thema" }).click(), /\/themas\/nieuw$/);
    await ip.getByRole("button", { name: "Thema aanmaken" }).click();
    await expect.poll(() => ip.locator(".field__error").first().isVisible()).toBe(true);
    await expectAccessible(ip);
    await ip.getByLabel("Titel").fill(TITLE);
    await ip.getByLabel("Doel").fill("Zicht op hoe aanbieders de veiligheid van pleegkinderen bewaken.");
    await ip.getByLabel("Wettelijke grondslag").fill("Jeugdwet, hoofdstuk 9");
    await ip.getByLabel("Sector").selectOption({ label: "Jeugd – pleegzorg" });
    await ip.getByLabel("Einde van de periode").fill(addDays(todayIso(), 200));
    await go(ip, () => ip.getByRole("button", { name: "Thema aanmaken" }).click(), /\/themas\/[^/]+\?aangemaakt=1$/);
    themePath = new URL(ip.url()).pathname;
    await expect.poll(() => ip.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
  });

  step("the inspector composes three questions", async () => {
    await visit(ip, `${themePath}/vragen`);
    const add = async (text: string, kind: string, norm?: RegExp) => {
      await ip.getByLabel("Vraag", { exact: true }).fill(text);
      await ip.getByRole("radio", { name: kind, exact: true }).check();
      if (norm) await ip.getByLabel("Norm (optioneel)").selectOption({ label: (await ip.getByLabel("Norm (optioneel)").locator("option").allTextContents()).find((o) => norm.test(o)) ?? "" });
      await go(ip, () => ip.getByRole("button", { name: "Vraag toevoegen" }).click(), /\/vragen/);
      await expect.poll(() => ip.getByText(text).isVisible()).toBe(true);
    };
    await add("Hoe houdt u zicht op de veiligheid van ieder pleegkind?", "tekst", /^PZ-1 /);
    await add("Spreekt u ieder pleegkind minstens drie keer per jaar alleen?", "ja/nee", /^PZ-4 /);
    await add("Hoeveel pleegkinderen begeleidt u?", "getal");
    await expectAccessible(ip);
  });

  step("the inspector sends the request to the sector after confirming how many receive it", async () => {
    await visit(ip, `${themePath}/verzenden`);
    await ip.getByLabel("Uiterste datum voor antwoorden").fill(addDays(todayIso(), 28));
    await ip.getByRole("button", { name: "Verder naar bevestigen" }).click();
    await expect.poll(() => ip.getByRole("heading", { name: "Bevestig het verzenden" }).isVisible()).toBe(true);
    const text = (await ip.getByText(/organisaties ontvangen deze uitvraag/).textContent()) ?? "";
    const count = Number(/^(\d+)/.exec(text)?.[1]);
    expect(count).toBeGreaterThanOrEqual(24);
    await expectAccessible(ip);
    await go(ip, () => ip.getByRole("button", { name: `Verzend aan ${count} organisaties` }).click(), new RegExp(`verzonden=${count}$`));
    await expect.poll(() => ip.getByRole("status").textContent()).toBe(`De uitvraag is verzonden aan ${count} organisaties.`);
  });

  step("Enver (with JavaScript) finds the request on its start page, saves a draft and submits", async () => {
    ({ page: ep } = await newPage(browser, { as: "enver@enver.example" }));
    await openRequest(ep);
    enverAnswers = new URL(ep.url()).pathname;
    await ep.getByLabel("1. Hoe houdt u zicht op de veiligheid van ieder pleegkind?").fill("Iedere zes weken een veiligheidstaxatie.");
    await go(ep, () => ep.getByRole("button", { name: "Opslaan als concept" }).click(), /opgeslagen=1$/);
    await ep.getByRole("radio", { name: "Nee" }).check();
    await ep.getByLabel("3. Hoeveel pleegkinderen begeleidt u?").fill("1300");
    await go(ep, () => ep.getByRole("button", { name: "Antwoorden indienen" }).click(), /ingediend=1$/);
    await expect.poll(() => ep.getByRole("status").textContent()).toBe("Uw antwoorden zijn ingediend.");
    await expectAccessible(ep);
  });

  step("Horizon (without JavaScript) asks for more time and cannot see Enver's answers", async () => {
    ({ page: hp } = await newPage(browser, { as: "gebruiker@horizon.example", javaScriptEnabled: false }));
    await openRequest(hp);
    await hp.getByLabel("Gevraagde nieuwe datum").fill(addDays(todayIso(), 42));
    await hp.getByLabel("Reden").fill("Onze kwaliteitsmedewerker is drie weken afwezig.");
    await go(hp, () => hp.getByRole("button", { name: "Uitstel vragen" }).click(), /uitstel=1$/);
    await expect.poll(() => hp.getByRole("status").textContent()).toBe("Uw verzoek om uitstel is verstuurd naar de inspectie.");
    const other = await hp.goto(`${baseURL()}${enverAnswers}`);
    expect(other?.status()).toBe(404);
  });

  step("the inspector grants the extension; Horizon then answers and submits without JavaScript", async () => {
    await openRecipient(ip, themePath, "Stichting Horizon Pleegzorg");
    await ip.getByRole("radio", { name: "Toekennen" }).check();
    await go(ip, () => ip.getByRole("button", { name: "Besluit vastleggen" }).click(), /besloten=1$/);
    await expect.poll(() => ip.getByText(/\(toegekend\)/).isVisible()).toBe(true);
    await openRequest(hp);
    await expect.poll(() => hp.getByText(/\(toegekend\)/).isVisible()).toBe(true);
    await hp.getByLabel("1. Hoe houdt u zicht op de veiligheid van ieder pleegkind?").fill("Bij ieder bezoek een vaste veiligheidscheck.");
    await hp.getByRole("radio", { name: "Ja" }).check();
    await hp.getByLabel("3. Hoeveel pleegkinderen begeleidt u?").fill("620");
    await go(hp, () => hp.getByRole("button", { name: "Antwoorden indienen" }).click(), /ingediend=1$/);
    await expectAccessible(hp);
  });

  step("the inspector scores both, ranks them, and starts a trajectory from the top-ranked one", async () => {
    const score = async (organisation: string, value: string) => {
      await openRecipient(ip, themePath, organisation);
      for (const select of await ip.getByLabel(/^Score voor /).all()) await select.selectOption({ label: value });
      await go(ip, () => ip.getByRole("button", { name: "Scores opslaan" }).click(), /gescoord=1$/);
    };
    await score("Enver", "5 – hoog");
    await ip.getByRole("button", { name: "Selecteren voor vervolg" }).click();
    await expect.poll(() => ip.getByRole("status").textContent()).toBe("De selectie is bijgewerkt.");
    await score("Stichting Horizon Pleegzorg", "1 – laag");
    await visit(ip, `${themePath}/selectie`);
    const table = ip.getByRole("table", { name: "Organisaties naar risico", exact: true });
    const first = table.locator("tbody tr").first();
    await expect.poll(() => first.getByRole("link").first().textContent()).toBe("Enver");
    await go(ip, () => first.getByRole("link", { name: "Verscherpt toezicht starten" }).click(), /\/selectie\/[^/]+$/);
    await expectAccessible(ip);
    await go(ip, () => ip.getByRole("button", { name: "Traject starten" }).click(), /\/trajecten\/[^/]+$/);
    await expect.poll(() => ip.getByText(`Gestart vanuit het thematisch toezicht ‘${TITLE}’`, { exact: false }).isVisible()).toBe(true);
    await expect.poll(() => ip.getByText(`Gestart vanuit thematisch toezicht: ${TITLE}`).first().isVisible()).toBe(true);
    await expectAccessible(ip);
  });
});
