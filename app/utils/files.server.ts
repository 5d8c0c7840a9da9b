// Attachment storage: outside public/, in env.ATTACHMENTS_DIR, each file named by the SHA-256
// of its content (identical uploads share one file). Uploads are parsed as a stream: a file
// goes to a staging file while it is hashed and counted, and an oversized one is abandoned
// at the limit instead of being buffered. Its type is then read from its content.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { createReadableStreamFromReadable, unstable_parseMultipartFormData } from "@remix-run/node";
import {
  FILE_KINDS,
  HEAD_BYTES,
  ZIP_TAIL_BYTES,
  centralDirectoryNames,
  findCentralDirectory,
  officeKind,
  safeFileName,
  sniffHead,
  type FileKind,
} from "~/domain/file-types";
import { env } from "./env.server";

const MAX_TEXT_FIELD_BYTES = 256 * 1024;
const MAX_FILES_PER_REQUEST = 5;

export const maxUploadBytes = () => Math.floor(env.MAX_UPLOAD_MB * 1024 * 1024);

function attachmentsDir(): string {
  return path.resolve(env.ATTACHMENTS_DIR);
}

function storedPath(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("Not a SHA-256 hex digest");
  return path.join(attachmentsDir(), sha256);
}

export interface StagedFile {
  field: string;
  fileName: string;
  kind: FileKind;
  mimeType: string;
  size: number;
  sha256: string;
  tempPath: string;
}

export type UploadProblem = "tooLarge" | "type" | "empty" | "tooMany";

export interface ParsedUpload {
  formData: FormData;
  files: StagedFile[];
  /** Per file field, why its file was refused (nothing of it is kept). */
  problems: Record<string, UploadProblem>;
}

/** Thrown inside the parser to stop reading the request at the size limit. */
class StopUpload extends Error {
  constructor(readonly field: string, readonly problem: UploadProblem) {
    super(problem);
  }
}

async function readRange(file: string, position: number, length: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The file's kind from its bytes: the signature, and for a zip the names in its central directory. */
export async function detectKind(file: string, size: number): Promise<FileKind | null> {
  const head = sniffHead(await readRange(file, 0, HEAD_BYTES));
  if (head !== "zip") return head;
  const tailLength = Math.min(size, ZIP_TAIL_BYTES);
  const directory = findCentralDirectory(await readRange(file, size - tailLength, tailLength), size);
  if (!directory || directory.size > 16 * 1024 * 1024) return null;
  return officeKind(centralDirectoryNames(await readRange(file, directory.offset, directory.size)));
}

async function stageFile(field: string, filename: string, data: AsyncIterable<Uint8Array>, limit: number): Promise<StagedFile | UploadProblem> {
  const incoming = path.join(attachmentsDir(), ".incoming");
  await mkdir(incoming, { recursive: true });
  const tempPath = path.join(incoming, randomBytes(16).toString("hex"));
  const out = createWriteStream(tempPath, { flags: "wx" });
  const hash = createHash("sha256");
  let size = 0;
  try {
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > limit) throw new StopUpload(field, "tooLarge");
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  } catch (error) {
    out.destroy();
    await rm(tempPath, { force: true });
    throw error;
  }
  const kind = size === 0 ? null : await detectKind(tempPath, size);
  if (!kind) {
    await rm(tempPath, { force: true });
    return size === 0 ? "empty" : "type";
  }
  return { field, fileName: safeFileName(filename, kind), kind, mimeType: FILE_KINDS[kind].mimeType, size, sha256: hash.digest("hex"), tempPath };
}

/**
 * A text field, kept up to MAX_TEXT_FIELD_BYTES and the rest read past. Longer than every text
 * limit of every form (at most 50,000 characters, 200 KB even at four bytes each), so the form's
 * own schema refuses it at that field with "at most N characters" (issue 17: it used to stop the
 * parse and be reported at the attachment field as a file over 20 MB). Reading on keeps the
 * fields after it; the server's body limit bounds the whole request.
 */
async function readText(data: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of data) {
    if (size < MAX_TEXT_FIELD_BYTES) chunks.push(chunk.subarray(0, MAX_TEXT_FIELD_BYTES - size));
    size += chunk.byteLength;
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Parses a multipart form: text fields into formData, files staged and type-checked. An
 * oversized file stops the parse at the limit; the text fields read so far still come back,
 * so the form can be shown again with what the user typed. Call discardStaged on the files
 * that are not committed.
 */
export async function parseUpload(request: Request, limit = maxUploadBytes()): Promise<ParsedUpload> {
  const texts = new FormData();
  const files: StagedFile[] = [];
  const problems: Record<string, UploadProblem> = {};
  try {
    await unstable_parseMultipartFormData(request, async ({ name, filename, data }) => {
      if (filename === undefined) {
        texts.append(name, await readText(data));
        return undefined;
      }
      if (!filename) {
        // No file chosen: browsers still send an empty part.
        for await (const chunk of data) void chunk;
        return undefined;
      }
      if (files.length >= MAX_FILES_PER_REQUEST) throw new StopUpload(name, "tooMany");
      const staged = await stageFile(name, filename, data, limit);
      if (typeof staged === "string") problems[name] = staged;
      else files.push(staged);
      return undefined;
    });
  } catch (error) {
    if (!(error instanceof StopUpload)) {
      await discardStaged(files);
      // The parser's own complaints (a part without a name, unbalanced quotes in a file name,
      // a body that ends early) are the client's malformed request, not our fault.
      if (error instanceof Error && /malformed|multipart|boundary|unexpected end/i.test(error.message)) {
        throw new Response("Bad request: malformed multipart body", { status: 400 });
      }
      throw error;
    }
    problems[error.field] = error.problem;
  }
  return { formData: texts, files, problems };
}

export async function discardStaged(files: readonly StagedFile[]): Promise<void> {
  await Promise.all(files.map((file) => rm(file.tempPath, { force: true })));
}

/** Moves a staged file to its content-addressed place (a no-op when that content is stored already). */
export async function commitStaged(file: StagedFile): Promise<void> {
  const target = storedPath(file.sha256);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (exists) await rm(file.tempPath, { force: true });
  else await rename(file.tempPath, target);
}

/** Deletes a stored file once no attachment row refers to its content any more. */
export async function removeIfUnreferenced(sha256: string, stillReferenced: boolean): Promise<void> {
  if (!stillReferenced) await rm(storedPath(sha256), { force: true });
}

/** The stored content as a web stream, or null when the file is missing. */
export async function openStored(sha256: string): Promise<{ stream: ReadableStream; size: number } | null> {
  const file = storedPath(sha256);
  const info = await stat(file).catch(() => null);
  if (!info) return null;
  return { stream: createReadableStreamFromReadable(createReadStream(file)), size: info.size };
}

/** Content-Disposition with the (already sanitised) name: ASCII fallback plus RFC 5987 UTF-8. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The download of a stored file, an attachment's or a document's (404 when its content is missing): always as a download
 * with our own content type, so the browser never renders or sniffs an upload in our origin.
 */
export async function attachmentDownload(attachment: { fileName: string; mimeType: string; sha256: string }): Promise<Response> {
  const stored = await openStored(attachment.sha256);
  if (!stored) throw new Response("Not found", { status: 404 });
  return new Response(stored.stream, {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(stored.size),
      "Content-Disposition": contentDisposition(attachment.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}

function isMultipart(request: Request): boolean {
  return (request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data");
}

/**
 * The form of a request that may carry files: a multipart body through parseUpload (files
 * staged up to `limit`; zero refuses every file), any other body as it is, with no files.
 */
export async function readUploadForm(request: Request, limit = maxUploadBytes()): Promise<ParsedUpload> {
  if (!isMultipart(request)) return { formData: await request.formData(), files: [], problems: {} };
  return parseUpload(request, limit);
}
