// Prisma's schema engine (the WebAssembly build) driven over a driver adapter: better-sqlite3
// for SQLite, pg for PostgreSQL (decision 018). Each engine has its own migrations folder.
// The native engine is a download and cannot be fetched here; the WASM build is the
// same engine shipped as an npm package. Node cannot import a .wasm module, so we
// instantiate it by hand the way the package's own entry point would.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import type pg from "pg";
import { postgresqlSchema } from "./schema-variants.mjs";

const require = createRequire(import.meta.url);
export const SCHEMA_PATH = path.resolve(import.meta.dirname, "schema.prisma");
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "migrations");
export const POSTGRESQL_MIGRATIONS_DIR = path.resolve(import.meta.dirname, "migrations-postgresql");

/** A database the engine works on: an SQLite file (a plain path, as before) or a PostgreSQL URL. */
export type EngineTarget = string | { engine: "postgresql"; url: string };
export type EngineName = "sqlite" | "postgresql";

export function engineOf(target: EngineTarget): EngineName {
  return typeof target === "string" ? "sqlite" : "postgresql";
}

export function migrationsDir(engine: EngineName): string {
  return engine === "sqlite" ? MIGRATIONS_DIR : POSTGRESQL_MIGRATIONS_DIR;
}

/** schema.prisma as the given engine reads it (PostgreSQL's variant derived, never kept by hand). */
async function schemaFor(engine: EngineName): Promise<string> {
  const schema = await readFile(SCHEMA_PATH, "utf8");
  return engine === "sqlite" ? schema : postgresqlSchema(schema);
}
const NO_FILTERS = { externalTables: [], externalEnums: [] };

// Per process, not per module copy: a test runner may load this file in two module graphs
// while the WebAssembly glue below is shared, and a second instantiation would swap the
// instance under a running engine. Engines also take turns: two interleaving on one instance panic.
interface EngineState {
  wasmReady?: Promise<void>;
  turn: Promise<unknown>;
}
const state: EngineState = ((globalThis as { __toezichtspoorSchemaEngine?: EngineState }).__toezichtspoorSchemaEngine ??= {
  turn: Promise.resolve(),
});

function initWasm(): Promise<void> {
  state.wasmReady ??= (async () => {
    // The .wasm is not in the package's "exports"; find it beside the exported JS.
    const bgJs = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(bgJs), "schema_engine_bg.wasm");
    const bytes = await readFile(wasmPath);
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return state.wasmReady;
}

const PG_CHAR = 18;
const PG_TEXT = 25;

type Queryable = { query: (...args: unknown[]) => Promise<unknown> };

/**
 * The schema engine reads PostgreSQL's catalogue, whose columns of the one-byte type "char"
 * (pg_class.relkind, pg_constraint.contype, ...) the pg adapter refuses as an unsupported type.
 * pg already hands their values over as strings, so report them as text.
 */
function charAsText<T extends Queryable>(target: T): T {
  const query = target.query.bind(target);
  target.query = async (...args: unknown[]) => {
    const result = (await query(...args)) as { fields?: { dataTypeID: number }[] } | undefined;
    for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    return result;
  };
  return target;
}

/**
 * Fits a pg adapter connection to the schema engine: catalogue "char" columns read as text (see
 * above), including on the pooled clients transactions take; and scripts sent whole, because
 * the adapter's executeScript splits a script on every ";" and so cuts a PL/pgSQL function body
 * (the append-only triggers) in half, while PostgreSQL's simple query protocol takes a script in one.
 */
function forSchemaEngine(connection: SqlDriverAdapter): SqlDriverAdapter {
  const pool = charAsText((connection as SqlDriverAdapter & { underlyingDriver(): unknown }).underlyingDriver() as pg.Pool & Queryable);
  // Only the promise form (the adapter's transactions); pool.query itself connects with a callback.
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => Promise<pg.PoolClient> | undefined;
  (pool as { connect: unknown }).connect = (...args: unknown[]) =>
    args.length ? connect(...args) : connect()!.then((client) => charAsText(client as pg.PoolClient & Queryable));
  return new Proxy(connection, {
    get(object, property, receiver) {
      if (property === "executeScript") {
        return async (script: string) => {
          await pool.query(script);
        };
      }
      const value = Reflect.get(object, property, receiver);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

/**
 * Opens the engine on `target`. `engine.free()` does not close the connections the engine
 * opened through the adapter (an open SQLite connection keeps the file locked, an open pg pool
 * keeps the process alive), so we hand out the connections ourselves and return a `close`
 * that disposes of them.
 */
export async function openEngine(target: EngineTarget): Promise<{ engine: SchemaEngine; close: () => Promise<void> }> {
  await initWasm();
  const engineName = engineOf(target);
  const schema = await schemaFor(engineName);
  const factory: SqlMigrationAwareDriverAdapterFactory =
    typeof target === "string" ? new PrismaBetterSqlite3({ url: `file:${target}` }) : new PrismaPg({ connectionString: target.url });
  const fix = engineName === "postgresql" ? forSchemaEngine : (c: SqlDriverAdapter) => c;
  const connections: SqlDriverAdapter[] = [];
  const tracked = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const connection = await factory.connect();
      connections.push(connection);
      return fix(connection);
    },
    connectToShadowDb: async () => {
      const connection = await factory.connectToShadowDb();
      connections.push(connection);
      return fix(connection);
    },
  } satisfies SqlMigrationAwareDriverAdapterFactory;
  const engine = await bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(tracked));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(connections.map((c) => c.dispose()));
    },
  };
}

export async function readMigrations(engine: EngineName = "sqlite"): Promise<MigrationList> {
  const MIGRATIONS_DIR = migrationsDir(engine);
  const entries = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      // Relative names, as the Prisma CLI passes them: the engine records `path` as the migration's name.
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: lockPath, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/**
 * Runs `work` with one engine on `target`, one engine at a time per process. The engine's
 * connections are closed afterwards: an open one would keep the file locked.
 */
export function withEngine<T>(target: EngineTarget, work: (engine: SchemaEngine, engineName: EngineName) => Promise<T>): Promise<T> {
  const dbFile = typeof target === "string" ? target : target.url.replace(/\/\/[^@/]*@/, "//");
  const run = state.turn.then(async () => {
    // The engine reports a Rust panic through this global; Prisma's client runtime installs
    // one that throws inside WebAssembly. Ours keeps the message for a readable error.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    const previous = registry.PRISMA_WASM_PANIC_REGISTRY;
    let panic: string | undefined;
    registry.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panic = message) };
    const { engine, close } = await openEngine(target);
    try {
      return await work(engine, engineOf(target));
    } catch (error) {
      throw panic ? new Error(`Prisma's schema engine panicked on ${dbFile}: ${panic}`, { cause: error }) : error;
    } finally {
      await close();
      registry.PRISMA_WASM_PANIC_REGISTRY = previous;
    }
  });
  state.turn = run.catch(() => undefined);
  return run;
}

/** Applies every pending migration of the engine's folder; returns the names applied. */
export async function applyPending(engine: SchemaEngine, engineName: EngineName = "sqlite"): Promise<string[]> {
  const { appliedMigrationNames } = await engine.applyMigrations({
    migrationsList: await readMigrations(engineName),
    filters: NO_FILTERS,
  });
  return appliedMigrationNames;
}

/** SQL that takes the engine's (fully migrated) database to the current schema; "" when they agree. */
export async function diffToSchema(engine: SchemaEngine, engineName: EngineName = "sqlite"): Promise<string> {
  const schema = await schemaFor(engineName);
  const files = [{ path: SCHEMA_PATH, content: schema }];
  const result = await engine.diff({
    from: { tag: "schemaDatasource", files, configDir: path.dirname(SCHEMA_PATH) },
    to: { tag: "schemaDatamodel", files },
    script: true,
    exitCode: null,
    filters: NO_FILTERS,
  });
  const sql = (result.stdout ?? "").trim();
  return sql.startsWith("-- This is an empty migration.") ? "" : sql;
}
