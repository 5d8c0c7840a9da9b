// Backups of the single-machine install: the SQLite file and the attachment files it refers to.
//
// The database is copied with `VACUUM INTO`, which reads the whole file inside one read
// transaction. Under WAL a read transaction is a snapshot: writers carry on while it runs (the
// app keeps serving), and the copy holds exactly the transactions committed before it began —
// never half of one. SQLite's online backup API would restart each time another connection
// writes, so on a busy server it might never finish.
//
// Attachments are content-addressed (named by their SHA-256) and immutable, so copying them
// needs no lock. They are copied before the snapshot and again after it: a file the snapshot
// refers to was either present at the first pass or written before its row committed (the
// upload code renames the file into place before the insert), so the second pass finds it —
// unless it was removed again in between, in which case the backup fails and says "retry".
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";

export interface BackupPaths {
  /** The live database file (DATABASE_URL). */
  databaseFile: string;
  /** The live attachment folder (ATTACHMENTS_DIR). */
  attachmentsDir: string;
}

export interface BackupResult {
  file: string;
  attachmentsDir: string;
  bytes: number;
  attachments: number;
  milliseconds: number;
}

/** Where a backup file keeps its attachment copies: a folder beside it. */
export function backupAttachmentsDir(backupFile: string): string {
  return `${backupFile}.attachments`;
}

const SHA256 = /^[0-9a-f]{64}$/;

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Every table whose rows point at a stored file by its hash (one file may serve several rows). */
const FILE_TABLES = ["Attachment", "ThemeAttachment"] as const;

/** The distinct content hashes the database file refers to. */
function referencedHashes(file: string): string[] {
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const sql = FILE_TABLES.map((table) => `SELECT sha256 FROM "${table}"`).join(" UNION ");
    const rows = connection.prepare(sql).all() as { sha256: string }[];
    return rows.map((row) => row.sha256).filter((hash) => SHA256.test(hash));
  } finally {
    connection.close();
  }
}

/** `PRAGMA integrity_check` of a database file: "ok" or the first problems SQLite names. */
export function integrityCheck(file: string): string {
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = connection.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("; ");
  } finally {
    connection.close();
  }
}

/** Copies the named content files from one folder to another, skipping those already there. */
async function copyContent(from: string, to: string, hashes: Iterable<string>): Promise<string[]> {
  const missing: string[] = [];
  for (const hash of hashes) {
    const target = path.join(to, hash);
    if (existsSync(target)) continue;
    const source = path.join(from, hash);
    if (!existsSync(source)) {
      missing.push(hash);
      continue;
    }
    await copyFile(source, `${target}.partial`);
    // A copy that does not hash to its name is a damaged source file: refuse to keep it.
    if ((await sha256Of(`${target}.partial`)) !== hash) {
      await rm(`${target}.partial`, { force: true });
      throw new Error(`Attachment ${hash} does not match its hash: the source file is damaged.`);
    }
    await rename(`${target}.partial`, target);
  }
  return missing;
}

async function storedHashes(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((name) => SHA256.test(name));
}

/**
 * A consistent copy of the running installation in `target` (which must not exist yet) and its
 * attachments in `target.attachments/`. Safe while the app serves and writes.
 */
export async function backupDatabase(paths: BackupPaths, target: string): Promise<BackupResult> {
  const started = performance.now();
  const file = path.resolve(target);
  const filesDir = backupAttachmentsDir(file);
  if (existsSync(file) || existsSync(filesDir)) throw new Error(`${file} already exists: choose a new name for the backup.`);
  if (!existsSync(paths.databaseFile)) throw new Error(`No database at ${paths.databaseFile}.`);
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  await rm(partial, { force: true });
  await mkdir(filesDir, { recursive: true });
  try {
    await copyContent(paths.attachmentsDir, filesDir, await storedHashes(paths.attachmentsDir));

    const live = new Database(paths.databaseFile, { fileMustExist: true });
    try {
      // Wait behind a writer's commit instead of failing at once.
      live.pragma("busy_timeout = 5000");
      live.prepare("VACUUM INTO ?").run(partial);
    } finally {
      live.close();
    }
    const verdict = integrityCheck(partial);
    if (verdict !== "ok") throw new Error(`The copy fails its integrity check: ${verdict}`);

    const referenced = referencedHashes(partial);
    const missing = await copyContent(paths.attachmentsDir, filesDir, referenced);
    if (missing.length > 0) {
      throw new Error(`${missing.length} attachment(s) were removed while the backup ran (first: ${missing[0]}). Run the backup again.`);
    }
    // Keep only what the snapshot refers to: files of rows that came after it belong to the next backup.
    const wanted = new Set(referenced);
    for (const name of await storedHashes(filesDir)) if (!wanted.has(name)) await rm(path.join(filesDir, name));

    await rename(partial, file);
    return { file, attachmentsDir: filesDir, bytes: (await stat(file)).size, attachments: wanted.size, milliseconds: Math.round(performance.now() - started) };
  } catch (error) {
    await rm(partial, { force: true });
    await rm(filesDir, { recursive: true, force: true });
    throw error;
  }
}

export interface RestoreResult {
  databaseFile: string;
  attachments: number;
}

/**
 * Puts a backup in place of an installation that has no data yet: the database file must not
 * exist and the attachment folder must hold no files. Checked before anything is written, so a
 * mistaken restore can never overwrite a live installation.
 */
export async function restoreDatabase(backupFile: string, paths: BackupPaths): Promise<RestoreResult> {
  const source = path.resolve(backupFile);
  if (!existsSync(source)) throw new Error(`No backup at ${source}.`);
  for (const suffix of ["", "-wal", "-shm"]) {
    if (existsSync(paths.databaseFile + suffix)) {
      throw new Error(`${paths.databaseFile}${suffix} exists: restore only into an empty data folder (move the old one aside first).`);
    }
  }
  if ((await storedHashes(paths.attachmentsDir)).length > 0) {
    throw new Error(`${paths.attachmentsDir} holds files: restore only into an empty data folder.`);
  }
  const verdict = integrityCheck(source);
  if (verdict !== "ok") throw new Error(`The backup fails its integrity check: ${verdict}`);
  const referenced = referencedHashes(source);
  const filesDir = backupAttachmentsDir(source);
  const absent = referenced.filter((hash) => !existsSync(path.join(filesDir, hash)));
  if (absent.length > 0) throw new Error(`The backup lacks ${absent.length} attachment file(s) in ${filesDir} (first: ${absent[0]}).`);

  await mkdir(paths.attachmentsDir, { recursive: true });
  await copyContent(filesDir, paths.attachmentsDir, referenced);
  await mkdir(path.dirname(paths.databaseFile), { recursive: true });
  const partial = `${paths.databaseFile}.partial`;
  await copyFile(source, partial);
  await rename(partial, paths.databaseFile);
  return { databaseFile: paths.databaseFile, attachments: referenced.length };
}
