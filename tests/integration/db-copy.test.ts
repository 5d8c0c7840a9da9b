import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { databaseEngine, databaseFile } from "../../prisma/database-file";
import { adminQuery, createDatabase } from "../../prisma/postgresql";
import { POSTGRESQL_SERVER_URL, postgresDatabaseName } from "../setup/paths";
import { db, seedDemoData } from "../support/database";

// `npm run db:copy -- --to postgresql://…` moves the seeded SQLite installation into an empty
// PostgreSQL database: every row, the counts checked per table, the audit chain verified there;
// a database that is not empty is refused. Needs a PostgreSQL server (see tests/setup/paths.ts).
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const NAME = postgresDatabaseName(`copy_${process.env.VITEST_POOL_ID ?? "0"}`);

function copy(to: string) {
  return spawnSync(process.execPath, [TSX, "scripts/db-copy.ts", "--to", to], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${databaseFile()}` },
    encoding: "utf8",
  });
}

describe.runIf(POSTGRESQL_SERVER_URL && databaseEngine() === "sqlite")("copying a SQLite installation to PostgreSQL", () => {
  let target: string;
  beforeEach(async () => {
    await seedDemoData();
    target = await createDatabase(POSTGRESQL_SERVER_URL!, NAME);
  });
  afterAll(async () => {
    await adminQuery(POSTGRESQL_SERVER_URL!, `DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  });

  it("copies every row, checks the counts and the audit chain, and refuses a database that is not empty", async () => {
    const result = copy(target);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const auditEvents = await db.auditEvent.count();
    expect(auditEvents).toBeGreaterThan(0);
    expect(result.stdout).toContain(`audit chain intact (${auditEvents} events)`);

    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      const count = async (table: string) => Number((await client.query(`SELECT COUNT(*) AS n FROM "${table}"`)).rows[0].n);
      expect(await count("AuditEvent")).toBe(auditEvents);
      expect(await count("Trajectory")).toBe(await db.trajectory.count());
      expect(await count("NormAssessmentRevision")).toBe(await db.normAssessmentRevision.count());
      expect(await count("Sector")).toBe(await db.sector.count());
      // The copy goes on numbering after the copied events, and its history is still sealed.
      const next = await client.query(`SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'id')) AS id`);
      expect(Number(next.rows[0].id)).toBe((await db.auditEvent.aggregate({ _max: { id: true } }))._max.id! + 1);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
      const user = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" }, select: { id: true, active: true } });
      const copied = await client.query(`SELECT active FROM "User" WHERE id = $1`, [user.id]);
      expect(copied.rows[0].active).toBe(user.active);
    } finally {
      await client.end();
    }

    const again = copy(target);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/not empty/);
  });
});
