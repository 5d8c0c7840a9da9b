// Stored attachment content is shared by every row with the same SHA-256, whichever feature
// uploaded it (progress reports, answers to a theme's request). Content goes only when no row
// of any of them refers to it any more.
import { db } from "~/utils/db.server";
import { removeIfUnreferenced } from "~/utils/files.server";

/** Deletes stored content that no row refers to (after a refused save or a removal). */
export async function releaseFiles(hashes: readonly string[]): Promise<void> {
  for (const sha256 of new Set(hashes)) {
    const [reports, answers] = await Promise.all([db.attachment.count({ where: { sha256 } }), db.themeAttachment.count({ where: { sha256 } })]);
    await removeIfUnreferenced(sha256, reports + answers > 0);
  }
}
