import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { adminQuery, withDatabase } from "../../prisma/postgresql";
import { server } from "../mocks/server";
import { BASE_DB, TEST_POSTGRESQL_URL, TMP_DIR, postgresDatabaseName } from "./paths";

// Each worker gets its own copy of the migrated base database, made before any app module
// (and so the Prisma client) is imported; tests reset it by deleting rows, never by
// replacing a file that a connection has open. On PostgreSQL the copy is a database created
// with the base as its template.
const worker = `worker-${process.env.VITEST_POOL_ID ?? "0"}`;
if (TEST_POSTGRESQL_URL) {
  const name = postgresDatabaseName(worker.replace("-", "_"));
  const url = withDatabase(TEST_POSTGRESQL_URL, name);
  if (process.env.DATABASE_URL !== url) {
    await adminQuery(TEST_POSTGRESQL_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminQuery(TEST_POSTGRESQL_URL, `CREATE DATABASE "${name}" TEMPLATE "${postgresDatabaseName("base")}"`);
  }
  process.env.DATABASE_URL = url;
} else {
  const workerDb = path.join(TMP_DIR, `${worker}.db`);
  if (!existsSync(workerDb)) copyFileSync(BASE_DB, workerDb);
  process.env.DATABASE_URL = `file:${workerDb}`;
}
process.env.NODE_ENV = "test";
process.env.SESSION_SECRET ??= "integration-test-secret-0123456789";
process.env.ATTACHMENTS_DIR = path.join(TMP_DIR, `attachments-${process.env.VITEST_POOL_ID ?? "0"}`);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

beforeEach(async () => {
  const { resetDatabase } = await import("../support/database");
  const { clearAggregates } = await import("~/utils/aggregate-cache.server");
  await resetDatabase();
  clearAggregates();
});
