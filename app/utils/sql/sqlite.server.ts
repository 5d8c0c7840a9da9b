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

/**
 * Claims the oldest deliverable outbox message for `workerId` until `leaseUntil`, in one
 * statement (decision 012's lease; decision 018): the id of the claimed message, or no row.
 * Instants are passed as the text Prisma writes for a DateTime. On SQLite the statement is
 * exclusive by itself (one writer at a time).
 */
export function claimOutboxMessage(workerId: string, now: string, leaseUntil: string): Prisma.Sql {
  return Prisma.sql`
    UPDATE "OutboxMessage" SET "leaseOwner" = ${workerId}, "leaseUntil" = ${leaseUntil}, "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${now}) AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
      ORDER BY "createdAt" LIMIT 1)
    RETURNING "id"`;
}

/**
 * Inserts a theme's recipients, one per active organisation of the sector (or of those among
 * `chosenIds`, when given), with ids made in SQL (a "tr" prefix and 24 random hex digits, as
 * unique as a cuid here). `createdAt` is the text Prisma writes for a DateTime.
 */
export function insertThemeRecipients(theme: { id: string; sector: string }, deadline: string, createdAt: string, chosenIds: string[] | null): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "ThemeRecipient" (id, themeId, organisationId, status, deadline, selected, version, createdAt)
    SELECT 'tr' || lower(hex(randomblob(12))), ${theme.id}, o.id, 'NOT_OPENED', ${deadline}, FALSE, 1, ${createdAt}
    FROM "Organisation" o WHERE o.sector = ${theme.sector} AND o.active = TRUE
    ${chosenIds ? Prisma.sql`AND o.id IN (SELECT value FROM json_each(${JSON.stringify(chosenIds)}))` : Prisma.empty}`;
}

/**
 * An instant bound as the text Prisma writes for a DateTime ("…+00:00"), for raw inserts into a
 * DateTime column. SQLite stores the text as it is.
 */
export function instantParam(text: string): Prisma.Sql {
  return Prisma.sql`${text}`;
}

/** The strings of a JSON array bound as one parameter, as a one-column subquery for IN (…). */
export function valuesOfJsonArray(json: string): Prisma.Sql {
  return Prisma.sql`SELECT value FROM json_each(${json})`;
}
