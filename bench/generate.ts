// npm run bench:data -- --scale N [--out file]
// Writes a synthetic inspectorate into its own SQLite file (never the demo database): at
// scale 1 about 200 organisations and 60 trajectories in every state; scale N is N times that.
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { applyPending, withEngine } from "../prisma/schema-engine.ts";
import { hashPassword } from "../prisma/password.ts";
import { populate } from "./populate.ts";
import { BENCH_PASSWORD, benchDatabase } from "./accounts.ts";

function progress(label: string, done: number, total: number) {
  if (!process.stderr.isTTY && done !== total && done % Math.max(1, Math.floor(total / 20)) !== 0) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r${label.padEnd(14)} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${Math.round((done / total) * 100)}%`);
  if (done === total) process.stderr.write("\n");
}

async function main() {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, out: { type: "string" } } });
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new Error("--scale takes a whole number from 1 to 1000");
  const file = path.resolve(values.out ?? benchDatabase(scale));
  await mkdir(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) await rm(file + suffix, { force: true });
  const started = Date.now();
  await withEngine(file, applyPending);

  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("foreign_keys = ON");
  const counts = populate(sqlite, scale, await hashPassword(BENCH_PASSWORD), progress);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("ANALYZE");
  sqlite.close();

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.info(`Scale ${scale}: ${file} in ${seconds}s`);
  for (const [table, count] of [...counts].sort((a, b) => b[1] - a[1])) console.info(`  ${table.padEnd(26)} ${count.toLocaleString("nl-NL")}`);
}

await main();
