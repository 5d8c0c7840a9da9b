import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { backupAttachmentsDir, integrityCheck } from "../../scripts/backup";
import { databaseEngine, databaseFile } from "../../prisma/database-file";
import { db, seedDemoData } from "../support/database";
import { tinyPdf } from "../support/files";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

function cli(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [TSX, script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
}

/** A stored file under its hash, as the upload code leaves it. */
function storeFile(text: string): { sha256: string; size: number } {
  const bytes = tinyPdf(text);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const dir = path.resolve(process.env.ATTACHMENTS_DIR as string);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, sha256), bytes);
  return { sha256, size: bytes.length };
}

/**
 * Files that rows point at: an attachment of Enver's trajectory, one of its theme answers and
 * an inspection report on its trajectory; beside them an outside reference, which has no file.
 */
async function storeAttachments(): Promise<string[]> {
  const user = await db.user.findUniqueOrThrow({ where: { email: "enver@enver.example" }, select: { id: true } });
  const report = storeFile("Verbeterplan bijlage");
  await db.attachment.create({
    data: { trajectoryId: "traj-enver", fileName: "bijlage.pdf", mimeType: "application/pdf", size: report.size, sha256: report.sha256, uploadedById: user.id },
  });
  const answer = storeFile("Antwoord op de uitvraag");
  const recipient = await db.themeRecipient.findFirstOrThrow({ where: { organisationId: "org-enver" }, select: { id: true, theme: { select: { questions: { select: { id: true }, take: 1 } } } } });
  await db.themeAttachment.create({
    data: { recipientId: recipient.id, questionId: recipient.theme.questions[0]?.id ?? "q", fileName: "antwoord.pdf", mimeType: "application/pdf", size: answer.size, sha256: answer.sha256, uploadedById: user.id },
  });
  const inspector = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" }, select: { id: true } });
  const document = storeFile("Inspectierapport 14 mei 2025");
  await db.trajectoryDocument.create({
    data: { trajectoryId: "traj-enver", kind: "INSPECTION_REPORT", title: "Inspectierapport", date: "2025-05-14", status: "FINAL", fileName: "rapport.pdf", mimeType: "application/pdf", size: document.size, sha256: document.sha256, createdById: inspector.id },
  });
  await db.trajectoryDocument.create({
    data: { trajectoryId: "traj-enver", kind: "EXTERNAL", title: "Kamerbrief", date: "2025-06-20", status: "PUBLIC", url: "https://www.tweedekamer.nl/kamerbrief", createdById: inspector.id },
  });
  return [report.sha256, answer.sha256, document.sha256];
}

// Enough rows that the copy takes a while and writes really do overlap it.
async function growDatabase(rows: number): Promise<void> {
  const filler = "x".repeat(2000);
  for (let start = 0; start < rows; start += 1000) {
    await db.setting.createMany({ data: Array.from({ length: 1000 }, (_, i) => ({ key: `fill-${start + i}`, value: filler })) });
  }
}

function settingKeys(file: string, prefix: string): Set<string> {
  const connection = new Database(file, { readonly: true });
  try {
    return new Set((connection.prepare("SELECT key FROM Setting WHERE key LIKE ?").all(`${prefix}%`) as { key: string }[]).map((r) => r.key));
  } finally {
    connection.close();
  }
}

// SQLite only: a PostgreSQL installation is backed up by the database's own means (docs/deploy.md).
describe.skipIf(databaseEngine() === "postgresql")("online backup and restore of the SQLite installation", () => {
  beforeEach(seedDemoData);

  it("copies a consistent snapshot while the app writes, and restores it into an empty data folder", async () => {
    const hashes = await storeAttachments();
    await growDatabase(20_000);
    const scratch = mkdtempSync(path.join(os.tmpdir(), "toezichtspoor-backup-"));
    const backupFile = path.join(scratch, "backup.db");

    // Writes acknowledged before the backup starts must all be in it.
    const acknowledgedBefore: string[] = [];
    for (let i = 0; i < 50; i++) {
      const key = `write-${String(i).padStart(6, "0")}`;
      await db.setting.create({ data: { key, value: "before" } });
      acknowledgedBefore.push(key);
    }

    const child = spawn(process.execPath, [TSX, "scripts/db-backup.ts", backupFile], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${databaseFile()}` },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    let running = true;
    void exited.then(() => (running = false));

    // The app keeps writing while the backup runs: none of these may fail or wait for it to end.
    const written: string[] = [...acknowledgedBefore];
    for (let i = acknowledgedBefore.length; running; i++) {
      const key = `write-${String(i).padStart(6, "0")}`;
      await db.setting.create({ data: { key, value: "during" } });
      written.push(key);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(await exited, output).toBe(0);
    expect(output).toMatch(/integrity_check ok/);
    expect(written.length).toBeGreaterThan(acknowledgedBefore.length);

    expect(integrityCheck(backupFile)).toBe("ok");
    const inBackup = settingKeys(backupFile, "write-");
    for (const key of acknowledgedBefore) expect(inBackup.has(key), key).toBe(true);
    // A snapshot, not a smear: the writes it holds are exactly the first N, in order.
    expect([...inBackup].sort()).toEqual(written.slice(0, inBackup.size));
    for (const sha256 of hashes) expect(existsSync(path.join(backupAttachmentsDir(backupFile), sha256)), sha256).toBe(true);

    // Restore into an empty data folder; the restored installation passes its own checks.
    const fresh = path.join(scratch, "restored");
    const env = { DATABASE_URL: `file:${path.join(fresh, "toezichtspoor.db")}`, ATTACHMENTS_DIR: path.join(fresh, "attachments") };
    const restored = cli("scripts/db-restore.ts", [backupFile], env);
    expect(restored.status, restored.stdout + restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/audit chain intact/);
    expect(integrityCheck(path.join(fresh, "toezichtspoor.db"))).toBe("ok");
    expect(settingKeys(path.join(fresh, "toezichtspoor.db"), "write-")).toEqual(inBackup);
    for (const sha256 of hashes) {
      expect(readFileSync(path.join(fresh, "attachments", sha256))).toEqual(readFileSync(path.join(process.env.ATTACHMENTS_DIR as string, sha256)));
    }

    // Never over an installation that has data.
    const again = cli("scripts/db-restore.ts", [backupFile], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/empty data folder/);
    // And never over an existing backup.
    const twice = cli("scripts/db-backup.ts", [backupFile], { DATABASE_URL: `file:${databaseFile()}` });
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/already exists/);
  });
});
