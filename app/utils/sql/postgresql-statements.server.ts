import { Prisma } from "~/generated/prisma/client";
import type * as Sqlite from "./sqlite.server";

// PostgreSQL's forms of the statements in sqlite.server.ts (decision 018).

/** See sqlite.server.ts: PostgreSQL has no GLOB; a regular expression says "digits only". */
export const highestReferenceNumber: typeof Sqlite.highestReferenceNumber = (prefix) => Prisma.sql`
    SELECT MAX(CAST(substr(reference, CAST(${prefix.length + 1} AS INTEGER)) AS INTEGER)) AS last
    FROM "Trajectory"
    WHERE starts_with(reference, CAST(${prefix} AS TEXT)) AND substr(reference, CAST(${prefix.length + 1} AS INTEGER)) ~ '^[0-9]+$'`;

/** See sqlite.server.ts: an ISO instant in UTC, as new Date() reads it. */
export const instantAsText: typeof Sqlite.instantAsText = (column) =>
  Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * See sqlite.server.ts. Several app servers deliver at once: FOR UPDATE SKIP LOCKED lets each
 * claim a different message instead of queueing on the same one, and a row another server has
 * just claimed no longer matches when it is locked (PostgreSQL checks the condition again).
 */
export const claimOutboxMessage: typeof Sqlite.claimOutboxMessage = (workerId, now, leaseUntil) => Prisma.sql`
    UPDATE "OutboxMessage" SET "leaseOwner" = ${workerId}, "leaseUntil" = CAST(${leaseUntil} AS TIMESTAMP(3)), "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= CAST(${now} AS TIMESTAMP(3)))
        AND ("leaseUntil" IS NULL OR "leaseUntil" < CAST(${now} AS TIMESTAMP(3)))
      ORDER BY "createdAt" LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING "id"`;

/** See sqlite.server.ts: random hex from gen_random_uuid (built in), the chosen ids from a JSON array. */
export const insertThemeRecipients: typeof Sqlite.insertThemeRecipients = (theme, deadline, createdAt, chosenIds) => Prisma.sql`
    INSERT INTO "ThemeRecipient" (id, "themeId", "organisationId", status, deadline, selected, version, "createdAt")
    SELECT 'tr' || substr(replace(CAST(gen_random_uuid() AS TEXT), '-', ''), 1, 24), ${theme.id}, o.id, 'NOT_OPENED', ${deadline}, FALSE, 1, CAST(${createdAt} AS TIMESTAMP(3))
    FROM "Organisation" o WHERE o.sector = ${theme.sector} AND o.active = TRUE
    ${chosenIds ? Prisma.sql`AND o.id IN (SELECT json_array_elements_text(CAST(${JSON.stringify(chosenIds)} AS JSON)))` : Prisma.empty}`;

/** See sqlite.server.ts: PostgreSQL casts the text to the column's type only when told. */
export const instantParam: typeof Sqlite.instantParam = (text) => Prisma.sql`CAST(${text} AS TIMESTAMP(3))`;

/** See sqlite.server.ts: json_array_elements_text is json_each's value column. */
export const valuesOfJsonArray: typeof Sqlite.valuesOfJsonArray = (json) => Prisma.sql`SELECT json_array_elements_text(CAST(${json} AS JSON))`;
