// Which database the benchmark's app servers run on (issue 16): the SQLite bench file itself, or
// a PostgreSQL copy of it made with the project's own copier, so both engines hold the very same
// rows and ids (bench/pages.ts keeps reading its ids from the SQLite file).
import { copyFile, rm, stat } from "node:fs/promises";
import Database from "better-sqlite3";
import pg from "pg";
import { adminQuery, withDatabase } from "../prisma/postgresql.ts";
import { copyToPostgresql } from "../scripts/copy-to-postgresql.ts";

export type Engine = "sqlite" | "postgresql";

export function parseEngine(value: string): Engine {
  if (value === "sqlite") return "sqlite";
  if (value === "postgres" || value === "postgresql") return "postgresql";
  throw new Error(`--engine takes sqlite or postgres, not ${value}`);
}

/** The database one benchmark run's servers use, and how to read it afterwards (read-only). */
export interface BenchTarget {
  engine: Engine;
  /** DATABASE_URL for the app servers. */
  url: string;
  /** Runs one read-only statement; `?` placeholders on both engines. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Closes the reading connection and removes what was made for this run only. */
  dispose(): Promise<void>;
}

export const NO_POSTGRESQL_SERVER = `--engine postgres needs a PostgreSQL server (15 or newer) where the role may create databases:
  BENCH_POSTGRESQL_SERVER=postgresql://postgres@127.0.0.1:5433/postgres npm run bench -- --engine postgres …
A throw-away cluster on a private port is enough (docs/deploy.md, "Writing migrations for both engines"):
  /usr/lib/postgresql/15/bin/initdb -D /tmp/pg-bench -U postgres --auth=trust
  /usr/lib/postgresql/15/bin/pg_ctl -D /tmp/pg-bench -l /tmp/pg-bench.log -o "-p 5433 -k /tmp -c listen_addresses=127.0.0.1" start`;

export function postgresqlServer(): string {
  const url = process.env.BENCH_POSTGRESQL_SERVER;
  if (!url) throw new Error(NO_POSTGRESQL_SERVER);
  return url;
}

/**
 * The cached PostgreSQL copy of `sqliteFile`: named after the file's size and modification time,
 * so an unchanged bench file is copied once (100× takes minutes) and a regenerated one anew.
 * The copy is made under a temporary name and renamed when complete, so a copy that was
 * interrupted is never taken for a finished one. Older copies of the same scale are dropped.
 */
async function cachedCopy(server: string, sqliteFile: string, scale: number, log: (line: string) => void): Promise<string> {
  const { size, mtimeMs } = await stat(sqliteFile);
  const prefix = `bench_s${scale}_`;
  const name = `${prefix}${size.toString(36)}_${Math.floor(mtimeMs).toString(36)}`;
  const existing = await databases(server, prefix);
  if (existing.includes(name)) return name;
  for (const old of existing) await adminQuery(server, `DROP DATABASE IF EXISTS "${old}" WITH (FORCE)`);
  const building = `${name}_partial`;
  await adminQuery(server, `CREATE DATABASE "${building}"`);
  const started = Date.now();
  log(`Copying ${sqliteFile} into PostgreSQL (${building}); done once per bench file…`);
  const report = await copyToPostgresql(sqliteFile, withDatabase(server, building));
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  // Fresh statistics, as a server that has run for a while has: the planner needs them.
  const client = new pg.Client({ connectionString: withDatabase(server, building) });
  await client.connect();
  await client.query("VACUUM ANALYZE").finally(() => client.end());
  await adminQuery(server, `ALTER DATABASE "${building}" RENAME TO "${name}"`);
  log(`  ${rows} rows in ${((Date.now() - started) / 1000).toFixed(0)} s; audit chain verified (${report.auditEvents} events)`);
  return name;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function databases(server: string, prefix: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>("SELECT datname AS name FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

/**
 * The database a run may write to. `scratch` (the mixed scenario): a fresh copy per run, so
 * writes never use up the bench data's open report requests, never change the file the
 * PostgreSQL cache is keyed on, and every run starts from the same rows. SQLite: a file copy
 * (checkpointed first); PostgreSQL: a database cloned from the cached copy as its template.
 * Without `scratch` (the page table, as before) the bench file or the cached copy itself.
 */
export async function benchTarget(engine: Engine, sqliteFile: string, scale: number, options: { scratch: boolean; log?: (line: string) => void }): Promise<BenchTarget> {
  const log = options.log ?? ((line: string) => console.info(line));
  if (engine === "sqlite") {
    let file = sqliteFile;
    if (options.scratch) {
      const checkpoint = new Database(sqliteFile);
      checkpoint.pragma("wal_checkpoint(TRUNCATE)");
      checkpoint.close();
      file = sqliteFile.replace(/\.db$/, "-scratch.db");
      for (const suffix of ["", "-wal", "-shm"]) await rm(file + suffix, { force: true });
      await copyFile(sqliteFile, file);
    }
    const reader = new Database(file, { readonly: true, fileMustExist: true });
    return {
      engine,
      url: `file:${file}`,
      query: async <T>(sql: string, params: unknown[] = []) => reader.prepare(sql).all(...params) as T[],
      async dispose() {
        reader.close();
        if (options.scratch) for (const suffix of ["", "-wal", "-shm"]) await rm(file + suffix, { force: true });
      },
    };
  }
  const server = postgresqlServer();
  const cached = await cachedCopy(server, sqliteFile, scale, log);
  let name = cached;
  if (options.scratch) {
    // Scratch databases of runs that were interrupted (their process is gone) would pile up.
    for (const old of await databases(server, "bench_run_")) {
      if (!isRunning(Number(old.slice("bench_run_".length)))) await adminQuery(server, `DROP DATABASE IF EXISTS "${old}" WITH (FORCE)`);
    }
    name = `bench_run_${process.pid}`;
    await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminQuery(server, `CREATE DATABASE "${name}" TEMPLATE "${cached}"`);
  }
  const url = withDatabase(server, name);
  const reader = new pg.Client({ connectionString: url });
  await reader.connect();
  return {
    engine,
    url,
    async query<T>(sql: string, params: unknown[] = []) {
      let n = 0;
      const numbered = sql.replace(/\?/g, () => `$${++n}`);
      return (await reader.query(numbered, params)).rows as T[];
    },
    async dispose() {
      await reader.end();
      if (options.scratch) await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
