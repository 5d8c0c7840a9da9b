import type Database from "better-sqlite3";

type Value = string | number | boolean | null | Date;

/** The text Prisma's better-sqlite3 adapter stores for a DateTime. */
export function instant(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * Inserts rows table by table with one cached prepared statement per table, the fastest
 * way into SQLite from Node. Dates and booleans are stored as Prisma stores them.
 */
export class RowWriter {
  private readonly statements = new Map<string, Database.Statement>();
  readonly counts = new Map<string, number>();

  constructor(private readonly db: Database.Database) {}

  insert(table: string, row: Record<string, Value>): void {
    const columns = Object.keys(row);
    const key = `${table}:${columns.join(",")}`;
    let statement = this.statements.get(key);
    if (!statement) {
      const names = columns.map((c) => `"${c}"`).join(", ");
      const params = columns.map(() => "?").join(", ");
      statement = this.db.prepare(`INSERT INTO "${table}" (${names}) VALUES (${params})`);
      this.statements.set(key, statement);
    }
    statement.run(
      columns.map((c) => {
        const v = row[c];
        if (v instanceof Date) return instant(v);
        if (typeof v === "boolean") return v ? 1 : 0;
        return v ?? null;
      }),
    );
    this.counts.set(table, (this.counts.get(table) ?? 0) + 1);
  }
}

/** A small seeded PRNG (mulberry32): the same scale always yields the same data. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}
