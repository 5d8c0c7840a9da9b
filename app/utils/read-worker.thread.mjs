// The read worker's thread (see read-worker.server.ts): its own read-only connection to the
// database file, answering one statement per message. Plain JavaScript on purpose: Node runs
// it as it is, from the source tree, in the production build and in tests alike.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma("busy_timeout = 5000");
for (const pragma of workerData.pragmas) db.exec(pragma);

parentPort.on("message", ({ id, sql, params }) => {
  try {
    parentPort.postMessage({ id, rows: db.prepare(sql).all(...params) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
