import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";

// Counts every SQL statement the app sends, at the driver adapter, below Prisma: one
// findMany with nested relations may be several statements, and this sees each of them.
// Tests and the benchmark read the counter before and after a request to prove a page's
// query count does not grow with the data.
let statements = 0;

export function sqlStatementCount(): number {
  return statements;
}

function counted<T extends SqlQueryable>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === "queryRaw" || property === "executeRaw") {
        return (...args: unknown[]) => {
          statements += 1;
          return (value as (...a: unknown[]) => unknown).apply(object, args);
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
