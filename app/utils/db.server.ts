import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { databaseFile } from "../../prisma/database-file";
import { countingAdapter } from "./query-counter.server";

export type Db = PrismaClient;

/**
 * A Prisma client on the better-sqlite3 adapter with the pragmas this app relies on:
 * WAL so readers never wait for the writer, foreign keys enforced, a busy timeout so
 * two writers queue instead of failing, and a larger page cache.
 */
export function createDb(file = databaseFile()): PrismaClient {
  return new PrismaClient({ adapter: countingAdapter(new PrismaBetterSqlite3({ url: `file:${file}` })) });
}

/**
 * Read performance on a large file: a 64 MB page cache (the default is 2 MB) and reads through
 * a memory map, so a page the OS already holds costs no system call. Shared with the read worker.
 */
export const READ_PRAGMAS = ["PRAGMA cache_size = -65536", "PRAGMA mmap_size = 1073741824"];

export async function applyPragmas(client: PrismaClient): Promise<void> {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await client.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  for (const pragma of READ_PRAGMAS) await client.$queryRawUnsafe(pragma);
}

declare global {
  var __toezichtspoorDb: PrismaClient | undefined;
}

// One client per process, kept across dev rebuilds (the module is re-evaluated, globalThis is not).
export const db: PrismaClient = (globalThis.__toezichtspoorDb ??= createDb());
export const dbReady: Promise<void> = applyPragmas(db);
