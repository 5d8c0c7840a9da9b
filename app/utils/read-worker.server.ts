import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { databaseEngine, databaseFile } from "../../prisma/database-file";
import { CONNECTION_PRAGMAS, READ_PRAGMAS } from "./db.server";
import { countStatements } from "./query-counter.server";
import { writeDigestsOnPostgresql } from "./sql/postgresql-jobs.server";
import { numberedPlaceholders, quoteFoldedNames } from "./sql/postgresql.server";

// Portfolio-wide aggregates read every norm assessment: a quarter of a second at 100x scale.
// better-sqlite3 is synchronous, so on the server's own thread such a query would stall every
// request in flight. This worker thread holds its own read-only connection (WAL lets it read
// while the app writes) and runs those few read-only statements off the request thread.
// It also runs one kind of bulk write on a second connection of its own: the reminder run's
// digests (writeInWorker), in short transactions, so the server's thread never does that work.

const THREAD_FILE = "read-worker.thread.mjs";

/**
 * The thread's source file. Beside this module when it runs from source (tests, dev); the
 * production server is one bundled file under build/, so there it is found from the project
 * root, like the database file (prisma/database-file.ts).
 */
function threadFile(): string {
  const candidates = [fileURLToPath(new URL(`./${THREAD_FILE}`, import.meta.url)), path.resolve(process.cwd(), "app/utils", THREAD_FILE)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`The read worker's thread file is missing: looked in ${candidates.join(", ")}`);
  return found;
}

type Reply = { id: number; rows: unknown[]; error?: undefined } | { id: number; error: string };

interface ReadWorker {
  worker: Worker;
  file: string;
  pending: Map<number, { resolve: (rows: unknown[]) => void; reject: (error: Error) => void }>;
  nextId: number;
}

declare global {
  var __toezichtspoorReadWorker: ReadWorker | undefined;
}

function start(file: string): ReadWorker {
  const worker = new Worker(threadFile(), { workerData: { file, pragmas: [...CONNECTION_PRAGMAS, ...READ_PRAGMAS] } });
  // An idle worker must not keep a test run or a stopping server alive.
  worker.unref();
  const state: ReadWorker = { worker, file, pending: new Map(), nextId: 1 };
  worker.on("message", (reply: Reply) => {
    const waiting = state.pending.get(reply.id);
    state.pending.delete(reply.id);
    if (reply.error !== undefined) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply.rows);
  });
  const fail = (error: Error) => {
    for (const waiting of state.pending.values()) waiting.reject(error);
    state.pending.clear();
    if (globalThis.__toezichtspoorReadWorker === state) globalThis.__toezichtspoorReadWorker = undefined;
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`The read worker stopped (exit code ${code})`)));
  return state;
}

function readWorker(): ReadWorker {
  const file = databaseFile();
  const current = globalThis.__toezichtspoorReadWorker;
  if (current && current.file === file) return current;
  if (current) void current.worker.terminate();
  return (globalThis.__toezichtspoorReadWorker = start(file));
}

// On PostgreSQL the server does the work in its own process, so no thread is needed: the same
// statements run on a read connection, DATABASE_READ_URL (a replica) when set. Its counts
// (bigint) and sums (numeric) arrive as numbers, as SQLite's do; they stay far below 2^53.
const PG_INT8 = 20;
const PG_NUMERIC = 1700;

declare global {
  var __toezichtspoorReadPool: pg.Pool | undefined;
}

function readPool(): pg.Pool {
  const url = process.env.DATABASE_READ_URL || process.env.DATABASE_URL;
  globalThis.__toezichtspoorReadPool ??= new pg.Pool({
    connectionString: url,
    max: 2,
    // An idle pool must not keep a test run or a stopping server alive.
    allowExitOnIdle: true,
    types: {
      getTypeParser: ((oid: number, format: "text" | "binary") =>
        oid === PG_INT8 || oid === PG_NUMERIC ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  return globalThis.__toezichtspoorReadPool;
}

async function readOnPostgresql<T>(sql: string, params: readonly (string | number)[]): Promise<T[]> {
  countStatements(1);
  const result = await readPool().query(numberedPlaceholders(quoteFoldedNames(sql)), [...params]);
  return result.rows as T[];
}

/**
 * Runs one read-only statement on the worker's connection; rows as better-sqlite3 returns them.
 * Written with "?" placeholders; on PostgreSQL it runs on the read connection (see above).
 */
export function readInWorker<T>(sql: string, params: readonly (string | number)[] = []): Promise<T[]> {
  if (databaseEngine() === "postgresql") return readOnPostgresql<T>(sql, params);
  countStatements(1);
  return ask<T[]>({ sql, params });
}

/** The thread's write jobs (read-worker.thread.mjs), with what each takes and answers. */
interface WriteJobs {
  writeDigests: { payload: DigestRow[]; result: { written: number; skipped: number; statements: number } };
}

const POSTGRESQL_JOBS = { writeDigests: writeDigestsOnPostgresql } satisfies { [J in keyof WriteJobs]: (payload: WriteJobs[J]["payload"]) => Promise<Omit<WriteJobs[J]["result"], "statements">> };

/** One user's digest of the day as the thread inserts it (see writeDigests in the thread). */
export interface DigestRow {
  id: string;
  dedupeKey: string;
  userId: string;
  recipient: string;
  locale: string;
  body: string;
  /** The inbox entry of the reminders (its id and parameters), or null when there are none. */
  notificationId: string;
  reminderParams: string | null;
  /** Notifications waiting for this digest, linked to it once it is written. */
  waitingIds: string[];
}

/**
 * Runs one write job on the thread's own writing connection, in one short transaction. On
 * PostgreSQL the same job is one statement through the write connection (postgresql-jobs.server.ts),
 * counted there like any of the app's statements.
 */
export async function writeInWorker<J extends keyof WriteJobs>(job: J, payload: WriteJobs[J]["payload"]): Promise<WriteJobs[J]["result"]> {
  if (databaseEngine() === "postgresql") return { ...(await POSTGRESQL_JOBS[job](payload)), statements: 1 };
  const [result] = await ask<[WriteJobs[J]["result"]]>({ job, payload });
  countStatements(result.statements);
  return result;
}

function ask<R>(message: object): Promise<R> {
  const state = readWorker();
  const id = state.nextId++;
  return new Promise<R>((resolve, reject) => {
    state.pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
    // Keep the process alive only while an answer is awaited.
    state.worker.ref();
    state.worker.postMessage({ id, ...message });
  }).finally(() => {
    if (state.pending.size === 0) state.worker.unref();
  });
}

/** "?, ?, ?" for a list of values bound to an IN (...) condition. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => "?").join(", ");
}
