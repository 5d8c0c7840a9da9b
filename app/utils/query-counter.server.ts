import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";

// Counts every SQL statement the app sends, at the driver adapter, below Prisma: one
// findMany with nested relations may be several statements, and this sees each of them.
// Tests and the benchmark read the counter before and after a request to prove a page's
// query count does not grow with the data.
let statements = 0;
// Statements of one piece of work while others run beside it (a reminder run under page load).
const scopes = new AsyncLocalStorage<{ statements: number }>();

function count(n: number): void {
  statements += n;
  const scope = scopes.getStore();
  if (scope) scope.statements += n;
}

/** Runs `work` and counts the statements it sends (its own async calls only, not concurrent requests'). */
export async function countStatementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const scope = { statements: 0 };
  const result = await scopes.run(scope, work);
  return { result, statements: scope.statements };
}

// SLOW_SQL_MS=n logs every statement that takes n ms or more to stderr, with its first
// SLOW_SQL_CHARS (400) characters: how the benchmark's slow pages were found. Off unless set.
const slowMs = process.env.SLOW_SQL_MS ? Number(process.env.SLOW_SQL_MS) : Number.NaN;
const logSlow = Number.isFinite(slowMs);
const slowChars = Number(process.env.SLOW_SQL_CHARS ?? 400);

async function timed<R>(query: unknown, run: () => Promise<R>): Promise<R> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    const ms = performance.now() - started;
    if (ms >= slowMs) {
      const sql = (query as { sql?: string } | undefined)?.sql ?? String(query);
      process.stderr.write(`[slow sql] ${ms.toFixed(1)} ms ${sql.replace(/\s+/g, " ").slice(0, slowChars)}\n`);
    }
  }
}

export function sqlStatementCount(): number {
  return statements;
}

/** For statements run outside Prisma (the read worker): they count all the same. */
export function countStatements(n: number): void {
  count(n);
}

function counted<T extends SqlQueryable>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === "queryRaw" || property === "executeRaw") {
        return (...args: unknown[]) => {
          count(1);
          const run = () => (value as (...a: unknown[]) => Promise<unknown>).apply(object, args);
          return logSlow ? timed(args[0], run) : run();
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) =>
          counted(await (value as (...a: unknown[]) => Promise<Transaction>).apply(object, args));
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

export function countingAdapter<F extends SqlDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === "connect") {
        return async () => counted(await (value as () => Promise<SqlDriverAdapter>).apply(object));
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
