import { mkdir, rm } from "node:fs/promises";
import { adminQuery, createDatabase } from "../../prisma/postgresql";
import { applyPending, withEngine } from "../../prisma/schema-engine";
import { BASE_DB, TEST_POSTGRESQL_URL, TMP_DIR, postgresDatabaseName } from "./paths";

// Migrates one base database with Prisma's schema engine, once per run; every worker copies it
// (on PostgreSQL: a database created from the base as its template).
export default async function setup() {
  await rm(TMP_DIR, { recursive: true, force: true });
  await mkdir(TMP_DIR, { recursive: true });
  if (TEST_POSTGRESQL_URL) {
    const url = await createDatabase(TEST_POSTGRESQL_URL, postgresDatabaseName("base"));
    await withEngine({ engine: "postgresql", url }, (engine) => applyPending(engine, "postgresql"));
  } else {
    await withEngine(BASE_DB, applyPending);
  }
  return async () => {
    await rm(TMP_DIR, { recursive: true, force: true });
    if (TEST_POSTGRESQL_URL) {
      const prefix = postgresDatabaseName("");
      const client = new (await import("pg")).default.Client({ connectionString: TEST_POSTGRESQL_URL });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
      await client.end();
      for (const { datname } of rows) await adminQuery(TEST_POSTGRESQL_URL, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  };
}
