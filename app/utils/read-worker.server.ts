import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { databaseFile } from "../../prisma/database-file";
import { CONNECTION_PRAGMAS, READ_PRAGMAS } from "./db.server";
import { countStatements } from "./query-counter.server";

// Portfolio-wide aggregates read every norm assessment: a quarter of a second at 100x scale.
// better-sqlite3 is synchronous, so on the server's own thread such a query would stall every
// request in flight. This worker thread holds its own read-only connection (WAL lets it read
// while the app writes) and runs those few read-only statements off the request thread.

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
// The same connection settings as the app's own connection, before the first message.
for (const pragma of workerData.pragmas) db.exec(pragma);
parentPort.on("message", ({ id, sql, params }) => {
  try {
    parentPort.postMessage({ id, rows: db.prepare(sql).all(...params) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

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
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, pragmas: [...CONNECTION_PRAGMAS, ...READ_PRAGMAS] } });
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

/** Runs one read-only statement on the worker's connection; rows as better-sqlite3 returns them. */
export function readInWorker<T>(sql: string, params: readonly (string | number)[] = []): Promise<T[]> {
  const state = readWorker();
  const id = state.nextId++;
  countStatements(1);
  return new Promise<T[]>((resolve, reject) => {
    state.pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
    // Keep the process alive only while an answer is awaited.
    state.worker.ref();
    state.worker.postMessage({ id, sql, params });
  }).finally(() => {
    if (state.pending.size === 0) state.worker.unref();
  });
}

/** "?, ?, ?" for a list of values bound to an IN (...) condition. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => "?").join(", ");
}
