// A consistent copy of the installation while the app keeps serving:
//   npm run db:backup -- backups/toezichtspoor-2026-12-02.db
// Writes the database file and, beside it, `<file>.attachments/` with every attachment it refers
// to. Restore with `npm run db:restore -- <file>` into an empty data folder.
import path from "node:path";
import { databaseFile } from "../prisma/database-file.ts";
import { backupDatabase } from "./backup.ts";

const target = process.argv[2];
if (!target || target.startsWith("-")) {
  console.error("Usage: npm run db:backup -- <backup file>   (the file must not exist yet)");
  process.exit(2);
}
try {
  const result = await backupDatabase(
    { databaseFile: databaseFile(), attachmentsDir: path.resolve(process.env.ATTACHMENTS_DIR ?? "./data/attachments") },
    target,
  );
  console.info(
    `Backup written to ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MB, integrity_check ok) ` +
      `with ${result.attachments} attachment(s) in ${result.attachmentsDir}, in ${result.milliseconds} ms.`,
  );
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
