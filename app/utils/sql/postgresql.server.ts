import { Prisma } from "~/generated/prisma-postgresql/client";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";

// The app's raw SQL is written once, in the dialect both engines read, with one difference
// left to this module: SQLite matches table and column names regardless of case, PostgreSQL
// folds an unquoted name to lower case ("leadInspectorId" becomes leadinspectorid, which no
// column is called) and hands a result column back under its folded alias. Rather than quoting
// every name in every statement by hand (and every statement written in parallel by others),
// statements are rewritten on their way to PostgreSQL: a bare word that is a model or field
// name of schema.prisma, or a camel-case alias after AS, is quoted. Prisma's own statements
// quote every name already and pass through unchanged. PostgreSQL 15 also wants a name for a
// subquery in FROM (SQLite and PostgreSQL 16 do not): one without gets one. And SQLite's
// "CROSS JOIN t ON ..." (SQLite's way to fix the join order) is an inner join with a condition,
// which PostgreSQL writes as "JOIN t ON ...". (Decision 018.)

/** Every model and field name of the schema that PostgreSQL would fold (it has a capital). */
const SCHEMA_NAMES: ReadonlySet<string> = new Set(
  [
    ...Object.values(Prisma.ModelName),
    ...Object.entries(Prisma)
      .filter(([key]) => key.endsWith("ScalarFieldEnum"))
      .flatMap(([, value]) => Object.values(value as Record<string, string>)),
  ].filter((name) => /[A-Z]/.test(name)),
);

// One token at a time: a quoted string ('it''s'), a quoted name ("x"), a -- comment, a word,
// or any other single character.
const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|[A-Za-z_][A-Za-z0-9_]*|[\s\S]/g;

const ENDS_A_FROM_ITEM = new Set(["WHERE", "UNION", "ORDER", "GROUP", "LIMIT", "OFFSET", "HAVING", "WINDOW", "JOIN", "LEFT", "INNER", "CROSS", "ON", "EXCEPT", "INTERSECT"]);

/** The statement with the names PostgreSQL would fold quoted and every subquery in FROM named (see above). */
export function quoteFoldedNames(sql: string): string {
  const tokens = sql.match(TOKEN) ?? [];
  const isWord = (token: string | undefined) => token !== undefined && /^[A-Za-z_]/.test(token);
  const isBlank = (token: string | undefined) => token !== undefined && (/^\s+$/.test(token) || token.startsWith("--"));
  const out: string[] = [];
  // Per open parenthesis: whether it opened a subquery in FROM or JOIN.
  const parens: boolean[] = [];
  let previous: string | undefined;
  let subqueries = 0;
  tokens.forEach((token, i) => {
    if (/^CROSS$/i.test(token) && crossJoinHasOn(tokens, i)) {
      out.push("INNER");
      previous = "INNER";
      return;
    }
    if (token === "(") {
      parens.push(isWord(previous) && /^(FROM|JOIN)$/i.test(previous!));
    } else if (token === ")" && parens.pop()) {
      let next = i + 1;
      while (isBlank(tokens[next])) next++;
      const following = tokens[next];
      const named = isWord(following) && !ENDS_A_FROM_ITEM.has(following!.toUpperCase());
      if (!named) {
        out.push(`) AS "subquery${++subqueries}"`);
        previous = token;
        return;
      }
    }
    if (isWord(token)) {
      const afterAs = previous?.toUpperCase() === "AS";
      if (/[A-Z]/.test(token) && (SCHEMA_NAMES.has(token) || (afterAs && /[a-z]/.test(token)))) {
        out.push(`"${token}"`);
        previous = token;
        return;
      }
    }
    if (!isBlank(token)) previous = token;
    out.push(token);
  });
  return out.join("");
}

/** Whether the CROSS JOIN at `start` has an ON condition (before the next clause at its depth). */
function crossJoinHasOn(tokens: string[], start: number): boolean {
  let depth = 0;
  for (let i = start + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === "(") depth++;
    else if (token === ")") {
      if (depth === 0) return false;
      depth--;
    } else if (depth === 0 && /^[A-Za-z_]/.test(token)) {
      const word = token.toUpperCase();
      if (word === "ON") return true;
      if (word !== "JOIN" && ENDS_A_FROM_ITEM.has(word)) return false;
    }
  }
  return false;
}

/** "?" placeholders (the read worker's SQLite style, outside quotes) numbered as PostgreSQL's $1, $2, ... */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(TOKEN, (token) => (token === "?" ? `$${++n}` : token));
}

type Query = { sql: string };

/** The transaction-level advisory lock every transaction takes first (an arbitrary, fixed key). */
const WRITER_LOCK = 730_118;

function rewriting<T extends SqlQueryable>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === "queryRaw" || property === "executeRaw") {
        return (query: Query) => (value as (q: Query) => Promise<unknown>).call(object, { ...query, sql: quoteFoldedNames(query.sql) });
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => {
          const transaction = await (value as (...a: unknown[]) => Promise<Transaction>).apply(object, args);
          // One transaction at a time, as on SQLite (one writer): the app's checks after a write
          // ("some administrator remains", "the version was still mine") were written for that,
          // and under READ COMMITTED two transactions could each pass them (write skew).
          await transaction.executeRaw({ sql: `SELECT pg_advisory_xact_lock(${WRITER_LOCK})`, args: [], argTypes: [] });
          return rewriting(transaction);
        };
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

/** The pg adapter factory whose every statement goes through quoteFoldedNames on the way out. */
export function postgresqlDialect<F extends SqlDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === "connect") {
        return async () => rewriting(await (value as () => Promise<SqlDriverAdapter>).apply(object));
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
