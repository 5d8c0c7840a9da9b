import path from "node:path";

export const TMP_DIR = path.resolve(import.meta.dirname, "..", ".tmp", `run-${process.env.TEST_RUN_ID ?? "0"}`);
export const BASE_DB = path.join(TMP_DIR, "base.db");

/**
 * TEST_DATABASE_URL=postgresql://… runs the integration tests on PostgreSQL (decision 018): a
 * role that may create databases, on a throw-away server. Unset, they run on SQLite files.
 */
export const TEST_POSTGRESQL_URL = process.env.TEST_DATABASE_URL?.startsWith("postgres") ? process.env.TEST_DATABASE_URL : undefined;

/** The name of this run's database on PostgreSQL: the migrated base, or a worker's copy of it. */
export function postgresDatabaseName(which: string): string {
  return `toezichtspoor_test_${process.env.TEST_RUN_ID ?? "0"}_${which}`;
}

/**
 * A PostgreSQL server for the tests that need one beside SQLite (copying an installation to
 * it, two app servers on it): TEST_POSTGRESQL_SERVER, or TEST_DATABASE_URL when that is one.
 * Those tests are skipped when neither is set; CI sets both passes up (.ci/run).
 */
export const POSTGRESQL_SERVER_URL = process.env.TEST_POSTGRESQL_SERVER || TEST_POSTGRESQL_URL;
