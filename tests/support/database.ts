import { databaseEngine } from "../../prisma/database-file";
import { db } from "~/utils/db.server";

let tables: string[] | undefined;

/** Empties every table (not the migrations table) so each test starts from nothing. */
export async function resetDatabase(): Promise<void> {
  if (databaseEngine() === "postgresql") return resetPostgresql();
  tables ??= (
    await db.$queryRawUnsafe<{ name: string }[]>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
    )
  ).map((row) => row.name);
  // The append-only triggers refuse DELETE on history tables; a test's scratch copy lifts
  // them for the reset and puts them back as they were.
  const triggers = await db.$queryRawUnsafe<{ name: string; sql: string }[]>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = OFF");
  try {
    for (const trigger of triggers) await db.$executeRawUnsafe(`DROP TRIGGER "${trigger.name}"`);
    for (const table of tables) await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  } finally {
    for (const trigger of triggers) await db.$executeRawUnsafe(trigger.sql);
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  }
}

/**
 * PostgreSQL: one TRUNCATE of every table, in a transaction whose triggers are off (replica
 * role: the append-only triggers also refuse TRUNCATE), so the sealed history empties too.
 */
async function resetPostgresql(): Promise<void> {
  tables ??= (
    await db.$queryRawUnsafe<{ name: string }[]>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'",
    )
  ).map((row) => row.name);
  await db.$transaction([
    db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
    db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")}`),
  ]);
}

/** The Enver demo (and the other illustrative organisations), as `npm start` shows it. */
export async function seedDemoData(): Promise<void> {
  const { seedDemo } = await import("../../prisma/seed-data");
  await seedDemo(db);
}

export { db };
