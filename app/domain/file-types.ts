// Which attachments we accept, recognised from their content (magic bytes), never from the
// file name or the browser's MIME type: a renamed executable must not pass as a PDF.
// Pure functions over bytes, so they are tested without files or a server.

export const FILE_KINDS = {
  pdf: { mimeType: "application/pdf", extension: "pdf" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  png: { mimeType: "image/png", extension: "png" },
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/** For the file input's accept attribute: a hint to the browser's picker, not a check. */
export const ACCEPT_ATTRIBUTE = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg";

/** Bytes needed from the start of a file to recognise it. */
export const HEAD_BYTES = 8;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** What the first bytes say: a final kind, "zip" (look inside to tell DOCX from XLSX), or null. */
export function sniffHead(head: Uint8Array): Exclude<FileKind, "docx" | "xlsx"> | "zip" | null {
  if (startsWith(head, PDF)) return "pdf";
  if (startsWith(head, PNG)) return "png";
  if (startsWith(head, JPEG)) return "jpeg";
  if (startsWith(head, ZIP)) return "zip";
  return null;
}

/** An Office Open XML package names its parts in the zip: word/… for DOCX, xl/… for XLSX. */
export function officeKind(entryNames: readonly string[]): "docx" | "xlsx" | null {
  if (!entryNames.includes("[Content_Types].xml")) return null;
  const hasWord = entryNames.some((name) => name.startsWith("word/"));
  const hasExcel = entryNames.some((name) => name.startsWith("xl/"));
  if (hasWord === hasExcel) return null;
  return hasWord ? "docx" : "xlsx";
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65535 bytes. */
export const ZIP_TAIL_BYTES = 22 + 0xffff;

/** Where the central directory is, from the tail of the file (null when the tail has no EOCD record). */
export function findCentralDirectory(tail: Uint8Array, fileSize: number): { offset: number; size: number } | null {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let i = tail.byteLength - 22; i >= 0; i -= 1) {
    if (view.getUint32(i, true) !== EOCD_SIGNATURE) continue;
    const size = view.getUint32(i + 12, true);
    const offset = view.getUint32(i + 16, true);
    if (offset + size > fileSize) return null;
    return { offset, size };
  }
  return null;
}

/** The entry names listed in a zip's central directory. Stops at anything malformed. */
export function centralDirectoryNames(directory: Uint8Array, maxEntries = 10_000): string[] {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const decoder = new TextDecoder();
  const names: string[] = [];
  let at = 0;
  while (at + 46 <= directory.byteLength && names.length < maxEntries) {
    if (view.getUint32(at, true) !== CENTRAL_ENTRY_SIGNATURE) break;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > directory.byteLength) break;
    names.push(decoder.decode(directory.subarray(at + 46, nameEnd)));
    at = nameEnd + extraLength + commentLength;
  }
  return names;
}

const MAX_NAME = 120;

/**
 * A file name that is safe to store and to send back in Content-Disposition: no path, no
 * control or quote characters, a sane length, and the extension of the kind we detected
 * (so "report.pdf" that is really a PNG downloads as "report.png").
 */
export function safeFileName(original: string, kind: FileKind): string {
  // Browsers send a quote or line break in a multipart file name as %22, %0A, %0D.
  const base = (original.split(/[/\\]/).pop() ?? "").replace(/%22|%0A|%0D/gi, "");
  const stem = base
    .replace(/\.[^.]*$/, "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"*:<>?|;]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_NAME);
  return `${stem || "bijlage"}.${FILE_KINDS[kind].extension}`;
}
