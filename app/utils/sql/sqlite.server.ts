import { Prisma } from "~/generated/prisma/client";

// The statements whose SQLite and PostgreSQL forms differ by more than names (decision 018);
// PostgreSQL's are in postgresql-statements.server.ts, with the same exports.

/** The highest number in use after `prefix` in a trajectory reference ("VT-2026-" → 17); digits only. */
export function highestReferenceNumber(prefix: string): Prisma.Sql {
  return Prisma.sql`
    SELECT MAX(CAST(substr(reference, ${prefix.length + 1}) AS INTEGER)) AS last
    FROM "Trajectory"
    WHERE reference GLOB ${`${prefix}[0-9]*`} AND substr(reference, ${prefix.length + 1}) NOT GLOB '*[^0-9]*'`;
}

/**
 * An instant (a DateTime column) as text, to sit in one column with calendar days ("YYYY-MM-DD")
 * in a UNION. SQLite keeps instants as text already.
 */
export function instantAsText(column: Prisma.Sql): Prisma.Sql {
  return column;
}
