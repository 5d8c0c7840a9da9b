import path from "node:path";

const DEFAULT_URL = "file:./data/toezichtspoor.db";

/** True for a PostgreSQL connection string (postgresql:// or postgres://). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Which engine DATABASE_URL names: SQLite (the default, a file: URL) or PostgreSQL. */
export function databaseEngine(url = process.env.DATABASE_URL ?? DEFAULT_URL): "sqlite" | "postgresql" {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

/** The SQLite file behind DATABASE_URL ("file:./data/dev.db" by default), as an absolute path. */
export function databaseFile(url = process.env.DATABASE_URL ?? DEFAULT_URL): string {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a file: URL for SQLite, got ${url.replace(/\/\/[^@/]*@/, "//")}`);
  return path.resolve(process.cwd(), url.slice("file:".length));
}
