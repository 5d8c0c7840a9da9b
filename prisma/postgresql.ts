// Helpers for a PostgreSQL server the tools work on (migrations, tests, db:copy): scratch
// databases are created beside the one in the URL and dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";

/** The same URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs one statement on the server's maintenance connection (the URL's own database). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database (dropping one of that name first) and returns its URL. */
export async function createDatabase(url: string, name: string): Promise<string> {
  await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(url, `CREATE DATABASE "${name}"`);
  return withDatabase(url, name);
}

/** Runs `work` on a new, empty database on the server of `url`, dropped afterwards. */
export async function withScratchPostgresDatabase<T>(url: string, purpose: string, work: (scratchUrl: string) => Promise<T>): Promise<T> {
  const name = `toezichtspoor_${purpose}_${randomBytes(4).toString("hex")}`;
  const scratch = await createDatabase(url, name);
  try {
    return await work(scratch);
  } finally {
    await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
