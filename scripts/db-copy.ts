// `npm run db:copy -- --to postgresql://…`: copies the SQLite installation in DATABASE_URL
// (data/toezichtspoor.db by default) into an empty PostgreSQL database; see docs/deploy.md.
// Attachments are files, not rows: move ATTACHMENTS_DIR along with it.
import { parseArgs } from "node:util";
import { databaseFile, isPostgresUrl } from "../prisma/database-file.ts";
import { copyToPostgresql } from "./copy-to-postgresql.ts";

const { values } = parseArgs({ options: { to: { type: "string" } } });
if (!values.to || !isPostgresUrl(values.to)) {
  console.error("Name the empty PostgreSQL database to copy into: npm run db:copy -- --to postgresql://user@host/database");
  process.exit(2);
}
try {
  const report = await copyToPostgresql(databaseFile(), values.to, (line) => console.info(line));
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  console.info(`Copied ${rows} rows in ${report.tables.length} tables; row counts match; audit chain intact (${report.auditEvents} events).`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
