import { databaseEngine } from "../../../prisma/database-file";
import * as postgresql from "./postgresql-statements.server";
import * as sqlite from "./sqlite.server";

/** The statements that differ per engine, for the engine DATABASE_URL names (decision 018). */
export const dialect: typeof sqlite = databaseEngine() === "postgresql" ? postgresql : sqlite;

/** An instant as the text Prisma writes for a DateTime in SQLite; PostgreSQL's statements cast it. */
export const sqlTime = (date: Date) => date.toISOString().replace("Z", "+00:00");
