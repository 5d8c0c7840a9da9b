import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createDb, db, readPragmas } from "~/utils/db.server";
import { readInWorker } from "~/utils/read-worker.server";
import { databaseEngine, databaseFile } from "../../prisma/database-file";

const EXPECTED = { foreign_keys: 1, busy_timeout: 5000, journal_mode: "wal", synchronous: 1, cache_size: -65536 };

// SQLite only: PostgreSQL has no pragmas (its settings are the server's).
describe.skipIf(databaseEngine() === "postgresql")("SQLite settings hold on every connection, from its first statement", () => {
  it("a brand-new client: nothing awaited, nothing applied by hand", async () => {
    const fresh = createDb(databaseFile());
    try {
      expect(await readPragmas(fresh)).toEqual(EXPECTED);
    } finally {
      await fresh.$disconnect();
    }
  });

  it("the app's shared client", async () => {
    expect(await readPragmas(db)).toEqual(EXPECTED);
  });

  it("a fresh client's very first statement already enforces foreign keys", async () => {
    const fresh = createDb(databaseFile());
    try {
      await expect(fresh.$executeRawUnsafe("INSERT INTO TrajectoryMember (trajectoryId, userId) VALUES ('no-such', 'no-such')")).rejects.toThrow(/FOREIGN KEY/);
    } finally {
      await fresh.$disconnect();
    }
  });

  it("the read worker's connection", async () => {
    const value = async (name: string) => Object.values((await readInWorker<Record<string, unknown>>(`PRAGMA ${name}`))[0] ?? {})[0];
    expect(Number(await value("foreign_keys"))).toBe(1);
    expect(Number(await value("busy_timeout"))).toBe(5000);
    expect(Number(await value("cache_size"))).toBe(-65536);
    expect(await value("journal_mode")).toBe("wal");
  });

  // A transaction that reads first and writes after, begun DEFERRED, fails at once with
  // SQLITE_BUSY_SNAPSHOT when another connection commits in between (the read worker's digest
  // writer, a script, a second process); begun IMMEDIATE it holds the lock from the start.
  it("a transaction holds the write lock from its first statement, so other connections wait instead of breaking it", async () => {
    const other = new Database(databaseFile());
    other.pragma("busy_timeout = 0");
    try {
      const outcome = await db.$transaction(async (tx) => {
        await tx.user.count();
        // Another connection's write while this transaction has only read.
        try {
          other.exec("DELETE FROM Setting WHERE key = 'no-such-setting'");
          return "the other connection could write";
        } catch (error) {
          return (error as { code?: string }).code;
        }
      });
      expect(outcome).toBe("SQLITE_BUSY");
    } finally {
      other.close();
    }
  });
});
