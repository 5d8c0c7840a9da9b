import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { waitForServer } from "./support/app-server";
import { expectAccessible, go, launch, newPage, runDir, visit } from "./support/browser";
import { journey } from "./support/journey";

// Putting Toezichtspoor into service as a real inspectorate would: its own instance of the
// built app on an empty database without demo data (DEMO_DATA=off), the first administrator
// made with `npm run admin:create`, and from there on everything through the pages.

const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const URL_BASE = `http://localhost:${PORT}`;
const ADMIN = { email: "beheer@inspectie.example", name: "Femke Beheer", password: "lange zin over toezicht in de winter" };
const MEMBER = { email: "Contact@Pleegzorg-Noord.example", name: "Noor Contact", password: "onze pleegkinderen eerst, elke dag" };
const ORG = { name: "Pleegzorg Noord", kvk: "61234567" };

let dir: string;
let server: ChildProcess;
let browser: Browser;
let admin: { context: BrowserContext; page: Page };
let member: { context: BrowserContext; page: Page };
let adminLink = "";
let memberLink = "";

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
}

beforeAll(async () => {
  dir = path.join(runDir(), "first-run");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await admin?.context.close();
  await member?.context.close();
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
});

function env(): Record<string, string> {
  return {
    NODE_ENV: "production",
    DEMO_DATA: "off",
    PORT: String(PORT),
    DATABASE_URL: `file:${path.join(dir, "service.db")}`,
    SESSION_SECRET: "first-run-session-secret-0123456789",
    ATTACHMENTS_DIR: path.join(dir, "attachments"),
    APP_URL: URL_BASE,
  };
}

async function setPassword(page: Page, password: string): Promise<void> {
  await page.getByLabel("Nieuw wachtwoord").fill(password);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(password);
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await visit(page, "/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/inloggen")), page.getByRole("button", { name: "Inloggen" }).click()]);
}

journey("Putting Toezichtspoor into service without demo data", (step) => {
  step("installs without demo data and creates the first administrator with admin:create", async () => {
    const deploy = run(["prisma/migrate.ts", "deploy"], env());
    expect(deploy.status, deploy.stderr).toBe(0);
    const seed = run(["prisma/seed.ts"], env());
    expect(seed.stdout).toContain("DEMO_DATA=off");
    const created = run(["scripts/admin-create.ts", "--email", ADMIN.email, "--name", ADMIN.name], env());
    expect(created.status, created.stderr).toBe(0);
    adminLink = /(http:\/\/\S+\/wachtwoord\/instellen\/\S+)/.exec(created.stdout)?.[1] ?? "";
    expect(adminLink.startsWith(`${URL_BASE}/wachtwoord/instellen/`)).toBe(true);
    // A second first administrator is refused while one exists.
    const again = run(["scripts/admin-create.ts", "--email", "tweede@inspectie.example", "--name", "Tweede"], env());
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already has an active administrator");

    server = spawn(process.execPath, [path.join(ROOT, "server/index.js"), `${process.env.BUILD_DIR ?? "build"}/index.js`], {
      cwd: ROOT,
      env: { ...process.env, ...env() },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitForServer(`${URL_BASE}/inloggen`, server);
    // Three command-line runs (each compiling TypeScript) and a server start: about 30 s idle.
  }, 180_000);

  step("the sign-in page lists no demo accounts; the administrator chooses a password through the link", async () => {
    admin = await newPage(browser, { baseURL: URL_BASE });
    const { page } = admin;
    await visit(page, "/inloggen");
    await expect.poll(() => page.getByRole("heading", { name: "Demo-accounts" }).count()).toBe(0);
    await visit(page, adminLink);
    await expect.poll(() => page.getByRole("heading", { name: "Welkom bij Toezichtspoor" }).isVisible()).toBe(true);
    await setPassword(page, "toezichtspoor");
    await expect.poll(() => page.getByText("Gebruik minstens 12 tekens.").first().isVisible()).toBe(true);
    await expectAccessible(page);
    await setPassword(page, "Toezichtspoor2026");
    await expect.poll(() => page.getByText("Gebruik niet de naam van de toepassing als wachtwoord.").first().isVisible()).toBe(true);
    await Promise.all([page.waitForURL(/\/inloggen\?wachtwoord=1/), setPassword(page, ADMIN.password)]);
    await expect.poll(() => page.getByText("Uw wachtwoord is ingesteld.").isVisible()).toBe(true);
    // The link works once.
    await visit(page, adminLink);
    await expect.poll(() => page.getByText("Deze link is al gebruikt of vervangen door een nieuwere.").isVisible()).toBe(true);
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect.poll(() => page.getByRole("heading", { name: "Beheer" }).isVisible()).toBe(true);
  });

  step("the administrator creates an organisation (an invalid KvK number is refused first)", async () => {
    const { page } = admin;
    await go(page, () => page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Organisaties" }).click(), /\/beheer\/organisaties$/);
    await go(page, () => page.getByRole("link", { name: "Nieuwe organisatie" }).click(), /\/beheer\/organisaties\/nieuw$/);
    await page.getByLabel("Naam").fill(ORG.name);
    await page.getByLabel("KvK-nummer").fill("1234");
    await page.getByLabel("Sector").selectOption("Jeugd – pleegzorg");
    await page.getByLabel("Vestigingsplaats").fill("Groningen");
    await page.getByLabel("E-mailadres contactpersoon").fill(MEMBER.email);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => page.getByText("Een KvK-nummer bestaat uit precies acht cijfers.").first().isVisible()).toBe(true);
    await expectAccessible(page);
    await page.getByLabel("KvK-nummer").fill(ORG.kvk);
    // Leaving the corrected field clears its error, which moves the button: leave it before clicking.
    await page.getByLabel("KvK-nummer").blur();
    await go(page, () => page.getByRole("button", { name: "Opslaan" }).click(), /\/beheer\/organisaties\/[^/]+\?opgeslagen=1$/);
    await expect.poll(() => page.getByRole("heading", { name: ORG.name }).isVisible()).toBe(true);
  });

  step("the administrator invites the organisation's user and sees the link to hand over", async () => {
    const { page } = admin;
    await go(page, () => page.getByRole("link", { name: "Gebruiker van deze organisatie uitnodigen" }).click(), /\/beheer\/gebruikers\/nieuw\?kvk=/);
    await page.getByLabel("Naam").fill(MEMBER.name);
    await page.getByLabel("E-mailadres").fill(MEMBER.email);
    expect(await page.getByLabel("Rol").inputValue()).toBe("ORGANISATION");
    await go(page, () => page.getByRole("button", { name: "Uitnodigen" }).click(), /\/beheer\/gebruikers\/[^/]+\?uitgenodigd=1$/);
    await expect.poll(() => page.getByText("Toezichtspoor verstuurt nog geen e-mail").isVisible()).toBe(true);
    memberLink = (await page.locator(".handover-link").textContent())?.trim() ?? "";
    expect(memberLink.startsWith(`${URL_BASE}/wachtwoord/instellen/`)).toBe(true);
  });

  step("the invited user, without JavaScript, follows the link, sets a password, signs in and sees only their organisation's empty start page", async () => {
    member = await newPage(browser, { baseURL: URL_BASE, javaScriptEnabled: false });
    const { page } = member;
    await visit(page, memberLink);
    await setPassword(page, "password1234");
    await expect.poll(() => page.getByText("Dit wachtwoord staat in een lijst van veelgebruikte wachtwoorden.").first().isVisible()).toBe(true);
    await Promise.all([page.waitForURL(/\/inloggen\?wachtwoord=1/), setPassword(page, MEMBER.password)]);
    await signIn(page, MEMBER.email.toLowerCase(), MEMBER.password);
    await expectAccessible(page);
    await expect.poll(() => page.getByRole("heading", { name: "Ons traject" }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(`Wat de inspectie van ${ORG.name} vraagt, en wanneer.`).isVisible()).toBe(true);
    await expect.poll(() => page.getByText("Er zijn geen trajecten voor uw organisatie.").isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("link", { name: "Organisaties" }).count()).toBe(0);
  });

  step("the administrator deactivates the user, whose open session is signed out on its next request", async () => {
    const { page } = admin;
    await page.reload();
    await go(page, () => page.getByRole("button", { name: "Gebruiker deactiveren" }).click(), /\?gedeactiveerd=1$/);
    await expect.poll(() => page.getByText("De gebruiker is gedeactiveerd en overal uitgelogd.").isVisible()).toBe(true);
    await member.page.reload();
    await expect.poll(() => member.page.url()).toMatch(/\/inloggen\?naar=/);
    await expect.poll(() => member.page.getByRole("heading", { name: "Inloggen" }).isVisible()).toBe(true);
  });
});
