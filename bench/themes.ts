// Thematic supervision in the bench data (issue 15): one sector of a tenth of the organisations
// (2,000 at scale 100) and a theme whose request went to all of them, with answers, scores,
// signals and extension requests, so the theme overview and the ranking are measured at size.
import type Database from "better-sqlite3";
import type { RowWriter } from "./rows.ts";

export const BENCH_THEME_SECTOR = "Jeugd – pleegzorg (thema)";
export const BENCH_THEME_ID = "bench-theme-1";
const QUESTIONS = 5;

export function populateThemes(sqlite: Database.Database, w: RowWriter, frameworkVersionId: string): void {
  const created = new Date("2025-03-01T09:00:00Z");
  sqlite.transaction(() => {
    // Every tenth organisation moves to the theme's sector (the rest of the data stays as generated).
    sqlite.prepare(`INSERT OR IGNORE INTO "Sector" (name, createdAt) VALUES (?, ?)`).run(BENCH_THEME_SECTOR, created.toISOString());
    sqlite.prepare(`UPDATE "Organisation" SET sector = ? WHERE id GLOB 'org-[0-9]*' AND CAST(substr(id, 5) AS INTEGER) % 10 = 0`).run(BENCH_THEME_SECTOR);
    w.insert("Theme", {
      id: BENCH_THEME_ID,
      title: "Thematisch toezicht (synthetisch)",
      purpose: "Synthetisch thema voor de benchmark.",
      legalBasis: "Jeugdwet",
      frameworkVersionId,
      leadInspectorId: "insp-1",
      sector: BENCH_THEME_SECTOR,
      startDate: "2025-03-01",
      endDate: "2025-12-31",
      status: "REQUEST_SENT",
      requestDeadline: "2025-04-28",
      sentAt: created,
      sentById: "insp-1",
      publishNames: false,
      reportSummary: "",
      version: 2,
      createdAt: created,
      updatedAt: created,
    });
    for (let q = 1; q <= QUESTIONS; q++) {
      w.insert("ThemeQuestion", { id: `${BENCH_THEME_ID}-q${q}`, themeId: BENCH_THEME_ID, order: q, text: `Synthetische vraag ${q}`, kind: q === 2 ? "YES_NO" : "TEXT", choices: "", normId: null });
    }
    const organisations = sqlite.prepare(`SELECT id FROM "Organisation" WHERE sector = ? ORDER BY id`).all(BENCH_THEME_SECTOR) as { id: string }[];
    organisations.forEach(({ id: organisationId }, i) => {
      const id = `${BENCH_THEME_ID}-r${i + 1}`;
      // 60% submitted, the rest spread over draft, opened and not opened; a few ask for more time.
      const status = i % 10 < 6 ? "SUBMITTED" : ["DRAFT", "OPENED", "NOT_OPENED", "DRAFT"][i % 4]!;
      w.insert("ThemeRecipient", { id, themeId: BENCH_THEME_ID, organisationId, status, deadline: "2025-04-28", selected: i % 50 === 0, version: 1, createdAt: created });
      if (status === "SUBMITTED") {
        for (let q = 1; q <= QUESTIONS; q++) {
          w.insert("ThemeAnswer", { recipientId: id, questionId: `${BENCH_THEME_ID}-q${q}`, value: q === 2 ? (i % 3 ? "YES" : "NO") : "Synthetisch antwoord." });
          if (q <= 3) w.insert("ThemeScore", { recipientId: id, questionId: `${BENCH_THEME_ID}-q${q}`, score: 1 + ((i + q) % 5), scoredById: "insp-1", updatedAt: created });
        }
      }
      if (i % 10 === 0) w.insert("ThemeRiskSignal", { id: `${id}-s`, recipientId: id, description: "Synthetisch signaal", source: "Melding", date: "2025-02-01", weight: 1 + (i % 4), createdById: "insp-1", createdAt: created });
      if (status !== "SUBMITTED" && i % 7 === 0) w.insert("ThemeExtension", { id: `${id}-e`, recipientId: id, requestedDate: "2025-05-31", reason: "Synthetisch", status: "PENDING", requestedById: "insp-1", comment: "", createdAt: created });
    });
  })();
}

/**
 * Issue 15's figure: sending one information request to the theme sector (2,000 organisations
 * at scale 100), through the app's own forms as an inspector would: create a theme, add a
 * question, then the confirmed send, timed as the one request it is.
 */
export async function measureSend(base: string, cookie: string, leadInspectorId: string, frameworkVersionId: string): Promise<{ recipients: number; ms: number }> {
  const post = (path: string, fields: Record<string, string>) =>
    fetch(base + path, { method: "POST", redirect: "manual", headers: { Cookie: cookie, Origin: base }, body: new URLSearchParams(fields) });
  const created = await post("/themas/nieuw", {
    title: `Benchmark-uitvraag ${Date.now()}`,
    purpose: "Verzendtijd meten",
    legalBasis: "Jeugdwet",
    frameworkVersionId,
    leadInspectorId,
    sector: BENCH_THEME_SECTOR,
    startDate: "2026-01-01",
    endDate: "2026-12-31",
  });
  const themePath = created.headers.get("Location")?.split("?")[0];
  if (created.status !== 302 || !themePath) throw new Error(`Creating the bench theme answered ${created.status}`);
  const question = await post(`${themePath}/vragen`, { text: "Hoe bewaakt u de veiligheid?", kind: "TEXT", version: "1" });
  if (question.status !== 302) throw new Error(`Adding the bench question answered ${question.status}`);
  const started = performance.now();
  const sent = await post(`${themePath}/verzenden`, { requestDeadline: "2026-06-30", recipients: "SECTOR", confirmed: "yes", version: "2" });
  const ms = performance.now() - started;
  const recipients = Number(/verzonden=(\d+)/.exec(sent.headers.get("Location") ?? "")?.[1]);
  if (sent.status !== 302 || !recipients) throw new Error(`Sending the bench request answered ${sent.status}`);
  return { recipients, ms };
}
