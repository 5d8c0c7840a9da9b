import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminQuery, createDatabase } from "../../prisma/postgresql";
import { POSTGRESQL_SERVER_URL, postgresDatabaseName } from "../setup/paths";

// The hand-written data steps of PostgreSQL's twins (decision 018), as migration-system-texts
// checks SQLite's: rows written before a migration come through it. The twins are run as files,
// in order, on a database of their own. Needs a PostgreSQL server (see tests/setup/paths.ts).
const DIR = path.resolve(import.meta.dirname, "../../prisma/migrations-postgresql");
const MIGRATIONS = readdirSync(DIR).filter((d) => /^\d/.test(d)).sort();
const NAME = postgresDatabaseName(`data_steps_${process.env.VITEST_POOL_ID ?? "0"}`);

describe.runIf(POSTGRESQL_SERVER_URL)("PostgreSQL twins' hand-written data steps", () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await createDatabase(POSTGRESQL_SERVER_URL!, NAME) });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await adminQuery(POSTGRESQL_SERVER_URL!, `DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  });

  /** Runs the migrations after the last one run, up to and including the one ending in `suffix`. */
  let done = 0;
  async function migrateThrough(suffix: string) {
    const target = MIGRATIONS.findIndex((m) => m.endsWith(suffix));
    expect(target).toBeGreaterThanOrEqual(done);
    for (const m of MIGRATIONS.slice(done, target + 1)) await client.query(readFileSync(path.join(DIR, m, "migration.sql"), "utf8"));
    done = target + 1;
  }

  /** Inserts a row with `values`, other required columns filled with a placeholder of their type. */
  async function insert(table: string, values: Record<string, string | null>) {
    const { rows: columns } = await client.query<{ name: string; type: string }>(
      `SELECT column_name AS name, data_type AS type FROM information_schema.columns
       WHERE table_name = $1 AND is_nullable = 'NO' AND column_default IS NULL`,
      [table],
    );
    const filler = (type: string) => (/int/.test(type) ? 0 : /timestamp/.test(type) ? new Date() : type === "boolean" ? false : "-");
    const row: Record<string, unknown> = Object.fromEntries(columns.map((c) => [c.name, filler(c.type)]));
    Object.assign(row, values);
    const names = Object.keys(row);
    await client.query(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES (${names.map((_, i) => `$${i + 1}`).join(", ")})`, Object.values(row));
  }

  it("turns stored sentences into codes, keeps progress entries, and copies the renamed measures", async () => {
    await migrateThrough("_thematic_supervision");
    // Only these tables matter here: their own foreign keys are not checked while inserting.
    await client.query("SET session_replication_role = replica");
    // The rows they point to exist as placeholders (the foreign keys the migrations add check them).
    await insert("Trajectory", { id: "t1" });
    await insert("Norm", { id: "n1" });
    await insert("ProgressReportSubmission", { id: "s1" });
    await insert("ClosureProposal", { id: "p1", trajectoryId: "t1", outcome: "EXTEND", newDeadline: "2026-11-30", status: "APPROVED", measureTypeId: "mt1" });
    await insert("ClosureDecision", { id: "d1", proposalId: "p1", decision: "APPROVED", decisionDate: "2026-03-24" });
    await insert("DeadlineChange", { id: "c1", trajectoryId: "t1", previousDeadline: "2026-04-30", newDeadline: "2026-11-30", reason: "Verlengd bij besluit van 24 maart 2026 op het afsluitingsvoorstel." });
    await insert("DeadlineChange", { id: "c2", trajectoryId: "t1", previousDeadline: "2026-01-31", newDeadline: "2026-04-30", reason: "Later gestart door de zomer." });
    await insert("ProgressReportRequest", {
      id: "r1",
      trajectoryId: "t1",
      followUpId: "f1",
      instructions: "Describe per norm how you have secured the improvements and how you have addressed the points of attention in the report.",
    });
    await insert("ProgressReportRequest", { id: "r2", trajectoryId: "t1", followUpId: null, instructions: "Cijfers graag" });
    await insert("ProgressEntry", { submissionId: "s1", normId: "n1", progress: "Voortgang" });
    await insert("AdministrativeMeasureType", { id: "mt1", code: "LAST", nameNl: "Last onder dwangsom", nameEn: "Order subject to penalty" });
    await insert("AdministrativeMeasure", { id: "m1", trajectoryId: "t1", typeId: "mt1", imposedOn: "2026-03-24", dueDate: "2026-06-01", status: "COMPLIED", decisionId: "d1" });
    await insert("AdministrativeMeasure", { id: "m2", trajectoryId: "t1", typeId: "mt1", imposedOn: "2026-03-25", dueDate: null, status: "IN_FORCE", decisionId: null });
    await client.query("SET session_replication_role = DEFAULT");

    await migrateThrough("_enforcement_ladder_followup_outcomes_suspension");

    const rows = async (sql: string) => (await client.query(sql)).rows;
    expect(await rows(`SELECT id, reason, "reasonCode", "reasonParams"::jsonb AS params FROM "DeadlineChange" ORDER BY id`)).toEqual([
      { id: "c1", reason: "", reasonCode: "EXTENDED_BY_DECISION", params: { decisionDate: "2026-03-24" } },
      { id: "c2", reason: "Later gestart door de zomer.", reasonCode: null, params: null },
    ]);
    expect(await rows(`SELECT id, instructions, "instructionsCode" FROM "ProgressReportRequest" ORDER BY id`)).toEqual([
      { id: "r1", instructions: "", instructionsCode: "FOLLOW_UP_REPORT" },
      { id: "r2", instructions: "Cijfers graag", instructionsCode: null },
    ]);
    expect(await rows(`SELECT "submissionId", "normId", progress FROM "ProgressReportEntry"`)).toEqual([{ submissionId: "s1", normId: "n1", progress: "Voortgang" }]);
    expect(await rows(`SELECT id, code FROM "EnforcementMeasureType"`)).toEqual([{ id: "mt1", code: "LAST" }]);
    expect(await rows(`SELECT id, status, "decisionId", version FROM "EnforcementMeasure" ORDER BY id`)).toEqual([
      { id: "m1", status: "ENDED", decisionId: "d1", version: 1 },
      { id: "m2", status: "IN_FORCE", decisionId: null, version: 1 },
    ]);
    // The closure proposal kept its row and now points at the renamed type.
    expect(await rows(`SELECT id, "measureTypeId" FROM "ClosureProposal"`)).toEqual([{ id: "p1", measureTypeId: "mt1" }]);
    expect(await rows(`SELECT to_regclass('"AdministrativeMeasure"') AS old`)).toEqual([{ old: null }]);
  });

  it("marks visits up to the UTC day after today as held and turns rounds opened from a visit into a code", async () => {
    const dayAfter = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    await client.query("SET session_replication_role = replica");
    await insert("Visit", { id: "v-past", trajectoryId: "t1", date: "2026-03-12", announced: "false", createdById: "u1" });
    await insert("Visit", { id: "v-tomorrow", trajectoryId: "t1", date: dayAfter(1), announced: "true", createdById: "u1" });
    await insert("Visit", { id: "v-typed", trajectoryId: "t1", date: "2026-03-13", announced: "true", createdById: "u2" });
    await insert("Visit", { id: "v-later", trajectoryId: "t1", date: dayAfter(3), announced: "true", createdById: "u1" });
    await insert("AssessmentRound", { id: "a-nl", trajectoryId: "t1", visitId: "v-past", date: "2026-03-12", title: "Tussentijds – onaangekondigd bezoek 12 maart 2026" });
    await insert("AssessmentRound", { id: "a-en", trajectoryId: "t1", visitId: "v-tomorrow", date: dayAfter(1), title: "Interim – announced visit tomorrow" });
    await insert("AssessmentRound", { id: "a-typed", trajectoryId: "t1", visitId: "v-typed", date: "2026-03-13", title: "Eigen titel" });
    await client.query("SET session_replication_role = DEFAULT");

    await migrateThrough("_visits_held_and_round_title_code");

    const rows = async (sql: string) => (await client.query(sql)).rows;
    expect(await rows(`SELECT "visitId", "recordedById" FROM "VisitHeld" ORDER BY "visitId"`)).toEqual([
      { visitId: "v-past", recordedById: "u1" },
      { visitId: "v-tomorrow", recordedById: "u1" },
      { visitId: "v-typed", recordedById: "u2" },
    ]);
    expect(await rows(`SELECT id, title, "titleCode", "titleParams"::jsonb AS params FROM "AssessmentRound" ORDER BY id`)).toEqual([
      { id: "a-en", title: "", titleCode: "visitRound", params: { kind: "ANNOUNCED", date: dayAfter(1) } },
      { id: "a-nl", title: "", titleCode: "visitRound", params: { kind: "UNANNOUNCED", date: "2026-03-12" } },
      { id: "a-typed", title: "Eigen titel", titleCode: null, params: null },
    ]);
  });

  it("turns a following trajectory's reason in either language into a code, and keeps typed reasons", async () => {
    await client.query("SET session_replication_role = replica");
    await insert("Trajectory", { id: "old", reference: "VT-2025-001", reason: "Signalen" });
    await insert("Trajectory", { id: "nl", reference: "VT-2026-010", reason: "Vervolg op VT-2025-001: nazorgverplichting 'Rapportage na de zomer' niet (volledig) voldaan." });
    await insert("Trajectory", { id: "en", reference: "VT-2026-011", reason: "Follows VT-2025-001: follow-up obligation 'It's the plan' not (fully) met." });
    // Linked, but its reason was typed by a person: it stays.
    await insert("Trajectory", { id: "typed", reference: "VT-2026-012", reason: "Vervolg op een melding van de gemeente." });
    for (const to of ["nl", "en", "typed"]) await insert("TrajectoryLink", { id: `l-${to}`, fromId: "old", toId: to, reason: "FOLLOW_UP_NOT_MET" });
    await client.query("SET session_replication_role = DEFAULT");

    await migrateThrough("_trajectory_reason_code");

    const rows = async (sql: string) => (await client.query(sql)).rows;
    expect(await rows(`SELECT "trajectoryId", code, params::jsonb AS params FROM "TrajectoryReasonCode" ORDER BY "trajectoryId"`)).toEqual([
      { trajectoryId: "en", code: "FOLLOW_UP_NOT_MET", params: { reference: "VT-2025-001", title: "It's the plan" } },
      { trajectoryId: "nl", code: "FOLLOW_UP_NOT_MET", params: { reference: "VT-2025-001", title: "Rapportage na de zomer" } },
    ]);
    expect(await rows(`SELECT id, reason FROM "Trajectory" WHERE id IN ('old', 'nl', 'en', 'typed') ORDER BY id`)).toEqual([
      { id: "en", reason: "" },
      { id: "nl", reason: "" },
      { id: "old", reason: "Signalen" },
      { id: "typed", reason: "Vervolg op een melding van de gemeente." },
    ]);
    // And the rest of the folder applies on top.
    await migrateThrough(MIGRATIONS.at(-1)!);
  });
});
