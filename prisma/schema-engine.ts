// Prisma's schema engine (the WebAssembly build) driven over a better-sqlite3 adapter.
// The native engine is a download and cannot be fetched here; the WASM build is the
// same engine shipped as an npm package. Node cannot import a .wasm module, so we
// instantiate it by hand the way the package's own entry point would.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);
export const SCHEMA_PATH = path.resolve(import.meta.dirname, "schema.prisma");
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "migrations");
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

/**
 * Opens the engine on `dbFile`. `engine.free()` does not close the SQLite connections the
 * engine opened through the adapter, and an open connection keeps the file locked, so we
 * hand out the connections ourselves and return a `close` that disposes of them.
 */
export async function openEngine(dbFile: string): Promise<{ engine: SchemaEngine; close: () => Promise<void> }> {
  await initWasm();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const factory = new PrismaBetterSqlite3({ url: `file:${dbFile}` });
  const connections: SqlDriverAdapter[] = [];
  const tracked = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const connection = await factory.connect();
      connections.push(connection);
      return connection;
    },
    connectToShadowDb: async () => {
      const connection = await factory.connectToShadowDb();
      connections.push(connection);
      return connection;
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

export async function readMigrations(): Promise<MigrationList> {
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
 * Runs `work` with one engine on `dbFile`, one engine at a time per process. The engine's
 * connections are closed afterwards: an open one would keep the file locked.
 */
export function withEngine<T>(dbFile: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const run = state.turn.then(async () => {
    // The engine reports a Rust panic through this global; Prisma's client runtime installs
    // one that throws inside WebAssembly. Ours keeps the message for a readable error.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    const previous = registry.PRISMA_WASM_PANIC_REGISTRY;
    let panic: string | undefined;
    registry.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panic = message) };
    const { engine, close } = await openEngine(dbFile);
    try {
      return await work(engine);
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

/** Applies every pending migration; returns the names applied. */
export async function applyPending(engine: SchemaEngine): Promise<string[]> {
  const { appliedMigrationNames } = await engine.applyMigrations({
    migrationsList: await readMigrations(),
    filters: NO_FILTERS,
  });
  return appliedMigrationNames;
}

/** SQL that takes the engine's (fully migrated) database to the current schema; "" when they agree. */
export async function diffToSchema(engine: SchemaEngine): Promise<string> {
  const schema = await readFile(SCHEMA_PATH, "utf8");
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
