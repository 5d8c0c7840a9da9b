// Restores a backup made by `npm run db:backup` into an EMPTY data folder (the database file in
// DATABASE_URL must not exist and ATTACHMENTS_DIR must hold no files), then checks the audit
// chain and applies any migrations newer than the backup:
//   npm run db:restore -- backups/toezichtspoor-2026-12-02.db
import path from "node:path";
import { databaseFile } from "../prisma/database-file.ts";
import { applyPending, withEngine } from "../prisma/schema-engine.ts";
import { restoreDatabase } from "./backup.ts";

const source = process.argv[2];
if (!source || source.startsWith("-")) {
  console.error("Usage: npm run db:restore -- <backup file>   (into an empty data folder)");
  process.exit(2);
}
try {
  const restored = await restoreDatabase(source, {
    databaseFile: databaseFile(),
    attachmentsDir: path.resolve(process.env.ATTACHMENTS_DIR ?? "./data/attachments"),
  });
  const applied = await withEngine(restored.databaseFile, applyPending);
  // Imported after the file is in place: the app's modules open the database when loaded.
  const { verifyAuditChain } = await import("~/models/audit-chain.server");
  const { db } = await import("~/utils/db.server");
  const verdict = await verifyAuditChain(db);
  await db.$disconnect();
  if (!verdict.ok) throw new Error(`the restored audit chain is broken at event ${verdict.brokenAt} (${verdict.reason}).`);
  console.info(
    `Restored ${restored.databaseFile} with ${restored.attachments} attachment(s); audit chain intact (${verdict.checked} events)` +
      (applied.length ? `; applied newer migrations: ${applied.join(", ")}.` : "."),
  );
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
