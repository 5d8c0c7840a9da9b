import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "~/generated/prisma/client";
import { databaseFile } from "../../prisma/database-file";
import { countingAdapter } from "./query-counter.server";

export type Db = PrismaClient;

/**
 * Settings every connection holds before its first statement: foreign keys enforced, a busy
 * timeout so two writers queue instead of failing, and (see READ_PRAGMAS) a larger page cache.
 * The read worker's connection runs the same list.
 */
export const CONNECTION_PRAGMAS = ["PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"];

/**
 * Read performance on a large file: a 64 MB page cache (the default is 2 MB) and reads through
 * a memory map, so a page the OS already holds costs no system call. Shared with the read worker.
 */
export const READ_PRAGMAS = ["PRAGMA cache_size = -65536", "PRAGMA mmap_size = 1073741824"];

// Only for the writing connection: WAL so readers never wait for the writer (a property of the
// file, kept once set), and NORMAL sync, which is safe under WAL.
const WRITER_PRAGMAS = ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"];

/**
 * The adapter factory with the pragmas run on each connection as it opens, inside connect():
 * Prisma cannot send a query on a connection before they hold — no promise to remember to await.
 */
function withPragmas<F extends SqlDriverAdapterFactory>(factory: F): F {
  const script = [...WRITER_PRAGMAS, ...CONNECTION_PRAGMAS, ...READ_PRAGMAS].map((p) => `${p};`).join("\n");
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === "connect") {
        return async () => {
          const adapter = await (value as () => Promise<SqlDriverAdapter>).apply(object);
          await adapter.executeScript(script);
          return adapter;
        };
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

/** A Prisma client on the better-sqlite3 adapter whose every connection has the pragmas above. */
export function createDb(file = databaseFile()): PrismaClient {
  return new PrismaClient({ adapter: countingAdapter(withPragmas(new PrismaBetterSqlite3({ url: `file:${file}` }))) });
}

/** What a connection's settings are, for the start-up check and the tests. */
export async function readPragmas(client: PrismaClient): Promise<{ foreign_keys: number; busy_timeout: number; journal_mode: string; synchronous: number; cache_size: number }> {
  const one = async <T>(name: string) => Object.values((await client.$queryRawUnsafe<Record<string, T>[]>(`PRAGMA ${name}`))[0] ?? {})[0] as T;
  return {
    foreign_keys: Number(await one<bigint | number>("foreign_keys")),
    busy_timeout: Number(await one<bigint | number>("busy_timeout")),
    journal_mode: String(await one<string>("journal_mode")),
    synchronous: Number(await one<bigint | number>("synchronous")),
    cache_size: Number(await one<bigint | number>("cache_size")),
  };
}

declare global {
  var __toezichtspoorDb: PrismaClient | undefined;
}

// One client per process, kept across dev rebuilds (the module is re-evaluated, globalThis is not).
export const db: PrismaClient = (globalThis.__toezichtspoorDb ??= createDb());
