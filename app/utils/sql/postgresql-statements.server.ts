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
