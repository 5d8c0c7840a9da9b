import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "~/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "~/generated/prisma-postgresql/client";
import { databaseEngine, databaseFile } from "../../prisma/database-file";
import { countingAdapter } from "./query-counter.server";
import { postgresqlDialect } from "./sql/postgresql.server";

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
          beginImmediate(adapter);
          return adapter;
        };
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

/**
 * Transactions take SQLite's write lock when they begin (`BEGIN IMMEDIATE`), not at their first
 * write. The adapter begins them DEFERRED, and the app's write transactions read first (the
 * version check, the audit chain's head) and write after: when another connection commits in
 * between — the read worker's digest writer, a script, a second app process — SQLite cannot
 * move the reader's snapshot forward and answers SQLITE_BUSY_SNAPSHOT at once, without waiting
 * for the busy timeout, and the request ends in a 500. Begun IMMEDIATE, the transaction waits
 * for the lock instead. Within one process nothing changes: the adapter runs its transactions
 * one at a time anyway. The adapter (7.10, pinned) sends exactly "BEGIN" through its
 * better-sqlite3 connection; `tests/integration/pragmas.test.ts` fails if that ever changes.
 */
function beginImmediate(adapter: SqlDriverAdapter): void {
  const connection = (adapter as unknown as { client?: { prepare?: (sql: string) => unknown } }).client;
  if (typeof connection?.prepare !== "function") throw new Error("The SQLite adapter no longer exposes its connection: see beginImmediate in app/utils/db.server.ts");
  const prepare = connection.prepare.bind(connection);
  connection.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
}

/**
 * How long a transaction may wait to begin and how long it may run. Transactions run one at a
 * time on both engines (the adapter's queue and SQLite's write lock; PostgreSQL's writer lock,
 * decision 018), so under a burst of writes a transaction queues behind the others: with
 * Prisma's defaults (2 s to begin, 5 s to run) the mixed benchmark on a busy machine saw writes
 * refused with P2028 that would have succeeded a moment later. The wait to begin outlasts
 * SQLite's busy timeout (5 s), so the lock is what gives up first there.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

/** A Prisma client on the better-sqlite3 adapter whose every connection has the pragmas above. */
export function createDb(file = databaseFile()): PrismaClient {
  return new PrismaClient({
    adapter: countingAdapter(withPragmas(new PrismaBetterSqlite3({ url: `file:${file}` }))),
    transactionOptions: TRANSACTION_OPTIONS,
  });
}

/** Connections each app process holds open at most; several processes share one server. */
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

/**
 * A Prisma client on PostgreSQL (decision 018): the client generated from schema.prisma's
 * PostgreSQL variant, which has the same models and methods as SQLite's, so the app sees one
 * type. Its statements pass through the dialect module (names PostgreSQL would fold are quoted).
 */
export function createPostgresqlDb(url: string): PrismaClient {
  const adapter = countingAdapter(postgresqlDialect(new PrismaPg({ connectionString: url, max: POOL_SIZE })));
  const client = new PostgresqlPrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }).$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          return query(textFiltersIgnoreCase(args, false) as typeof args);
        },
      },
    },
  });
  return client as unknown as PrismaClient;
}

const TEXT_FILTERS = ["contains", "startsWith", "endsWith"];

/**
 * SQLite's LIKE, behind Prisma's contains/startsWith/endsWith, ignores case; PostgreSQL's does
 * not. Searches must find "Enver" from "enver" on both, so on PostgreSQL every such filter in
 * a `where` gets mode "insensitive" (which SQLite's client does not know).
 */
function textFiltersIgnoreCase(value: unknown, inWhere: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => textFiltersIgnoreCase(item, inWhere));
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  const entries = Object.entries(value).map(([key, item]) => [key, textFiltersIgnoreCase(item, inWhere || key === "where")]);
  const object = Object.fromEntries(entries) as Record<string, unknown>;
  if (inWhere && !("mode" in object) && TEXT_FILTERS.some((key) => typeof object[key] === "string")) object.mode = "insensitive";
  return object;
}

/** The client for DATABASE_URL: SQLite (a file: URL, the default) or PostgreSQL. */
export function createDbFromEnv(): PrismaClient {
  const url = process.env.DATABASE_URL;
  return url && databaseEngine(url) === "postgresql" ? createPostgresqlDb(url) : createDb();
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
export const db: PrismaClient = (globalThis.__toezichtspoorDb ??= createDbFromEnv());
