import path from "node:path";

/** The SQLite file behind DATABASE_URL ("file:./data/dev.db" by default), as an absolute path. */
export function databaseFile(url = process.env.DATABASE_URL ?? "file:./data/toezichtspoor.db"): string {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a file: URL for SQLite, got ${url}`);
  return path.resolve(process.cwd(), url.slice("file:".length));
}
