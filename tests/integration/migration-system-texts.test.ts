import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The migration that stores system texts as codes has a hand-written data step: rows written
// before it (a sentence in the deciding manager's language) become codes, typed text stays.
const DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const MIGRATIONS = readdirSync(DIR).filter((d) => /^\d/.test(d)).sort();
const TARGET = MIGRATIONS.findIndex((d) => d.endsWith("_system_texts_as_codes"));

function insert(db: Database.Database, table: string, values: Record<string, string | number | null>) {
  const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; notnull: number; dflt_value: unknown }[];
  const row: Record<string, string | number | null> = {};
  for (const c of columns) {
    if (c.name in values) row[c.name] = values[c.name] ?? null;
    else if (c.dflt_value === null) row[c.name] = c.notnull ? (/INT/.test(c.type) ? 0 : "-") : null;
  }
  const names = Object.keys(row);
  db.prepare(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES (${names.map(() => "?").join(", ")})`).run(...names.map((n) => row[n]));
}

describe("migration system_texts_as_codes", () => {
  it("turns stored sentences of either language into codes, keeps typed text, and keeps progress entries", () => {
    expect(TARGET).toBeGreaterThan(0);
    const db = new Database(":memory:");
    for (const m of MIGRATIONS.slice(0, TARGET)) db.exec(readFileSync(path.join(DIR, m, "migration.sql"), "utf8"));
    // Only these tables matter here: the rows they point to are left out.
    db.pragma("foreign_keys = OFF");
    insert(db, "ClosureProposal", { id: "p1", trajectoryId: "t1", outcome: "EXTEND", newDeadline: "2026-11-30", status: "APPROVED" });
    insert(db, "ClosureDecision", { id: "d1", proposalId: "p1", decision: "APPROVED", decisionDate: "2026-03-24" });
    insert(db, "DeadlineChange", { id: "c1", trajectoryId: "t1", previousDeadline: "2026-04-30", newDeadline: "2026-11-30", reason: "Verlengd bij besluit van 24 maart 2026 op het afsluitingsvoorstel." });
    insert(db, "DeadlineChange", { id: "c2", trajectoryId: "t1", previousDeadline: "2026-01-31", newDeadline: "2026-04-30", reason: "Later gestart door de zomer." });
    insert(db, "ProgressReportRequest", {
      id: "r1",
      trajectoryId: "t1",
      followUpId: "f1",
      instructions: "Describe per norm how you have secured the improvements and how you have addressed the points of attention in the report.",
    });
    insert(db, "ProgressReportRequest", { id: "r2", trajectoryId: "t1", followUpId: null, instructions: "Cijfers graag" });
    insert(db, "ProgressEntry", { submissionId: "s1", normId: "n1", progress: "Voortgang" });

    db.exec(readFileSync(path.join(DIR, MIGRATIONS[TARGET]!, "migration.sql"), "utf8"));

    expect(db.prepare(`SELECT id, reason, reasonCode, reasonParams FROM DeadlineChange ORDER BY id`).all()).toEqual([
      { id: "c1", reason: "", reasonCode: "EXTENDED_BY_DECISION", reasonParams: '{"decisionDate":"2026-03-24"}' },
      { id: "c2", reason: "Later gestart door de zomer.", reasonCode: null, reasonParams: null },
    ]);
    expect(db.prepare(`SELECT id, instructions, instructionsCode FROM ProgressReportRequest ORDER BY id`).all()).toEqual([
      { id: "r1", instructions: "", instructionsCode: "FOLLOW_UP_REPORT" },
      { id: "r2", instructions: "Cijfers graag", instructionsCode: null },
    ]);
    expect(db.prepare(`SELECT submissionId, normId, progress FROM ProgressReportEntry`).all()).toEqual([{ submissionId: "s1", normId: "n1", progress: "Voortgang" }]);
    db.close();
  });
});
