// Stored attachment content is shared by every row with the same SHA-256, whichever feature
// uploaded it (progress reports, answers to a theme's request, trajectory documents). Content
// goes only when no row of any of them refers to it any more.
import { db } from "~/utils/db.server";
import { commitStaged, removeIfUnreferenced, type StagedFile } from "~/utils/files.server";

/** Deletes stored content that no row refers to (after a refused save or a removal). */
export async function releaseFiles(hashes: readonly string[]): Promise<void> {
  for (const sha256 of new Set(hashes)) {
    const [reports, answers, documents] = await Promise.all([
      db.attachment.count({ where: { sha256 } }),
      db.themeAttachment.count({ where: { sha256 } }),
      db.trajectoryDocument.count({ where: { sha256 } }),
    ]);
    await removeIfUnreferenced(sha256, reports + answers + documents > 0);
  }
}

/**
 * Stores the staged files, then runs the write whose rows refer to them. The content goes to
 * its place first, so no committed row points at nothing; when the write throws, or its result
 * is not `kept` (a refusal), the content goes again unless another row refers to it.
 */
export async function storeFilesFor<T>(files: readonly StagedFile[], write: () => Promise<T>, kept: (result: T) => boolean = () => true): Promise<T> {
  for (const file of files) await commitStaged(file);
  let result: T;
  try {
    result = await write();
  } catch (error) {
    await releaseFiles(files.map((f) => f.sha256));
    throw error;
  }
  if (!kept(result)) await releaseFiles(files.map((f) => f.sha256));
  return result;
}
