import { databaseEngine } from "../../../prisma/database-file";
import * as postgresql from "./postgresql-statements.server";
import * as sqlite from "./sqlite.server";

/** The statements that differ per engine, for the engine DATABASE_URL names (decision 018). */
export const dialect: typeof sqlite = databaseEngine() === "postgresql" ? postgresql : sqlite;
