// Documents of a trajectory (reports, letters, outside references). Every query names the
// trajectory and, for lists, the visibility rule (visibleDocuments), so an organisation never
// receives a document not meant for it. Files are stored as attachments are (files.server.ts).
import type { DocumentInput } from "~/domain/document-forms";
import { nextReportStatus } from "~/domain/documents";
import type { VisibleTrajectory } from "~/domain/permissions";
import type { Role } from "~/domain/roles";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import type { StagedFile } from "~/utils/files.server";
import { visibleDocuments } from "./access.server";
import { storeFilesFor } from "./stored-files.server";

type Viewer = { id: string; role: Role };

const MAX_DOCUMENTS = 200;

export async function listDocuments(user: Viewer, trajectoryId: string) {
  return db.trajectoryDocument.findMany({
    where: { trajectoryId, ...visibleDocuments(user) },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    take: MAX_DOCUMENTS,
    select: { id: true, kind: true, title: true, date: true, status: true, publishedOn: true, url: true, fileName: true, size: true, version: true },
  });
}

export async function addDocument(user: Viewer, trajectory: VisibleTrajectory, input: DocumentInput, file: StagedFile | undefined, today: string) {
  return storeFilesFor(file ? [file] : [], () => insertDocument(user, trajectory, input, file, today));
}

function insertDocument(user: Viewer, trajectory: VisibleTrajectory, input: DocumentInput, file: StagedFile | undefined, today: string) {
  return db.$transaction(async (tx) => {
    const document = await tx.trajectoryDocument.create({
      data: {
        trajectoryId: trajectory.id,
        kind: input.kind,
        title: input.title,
        date: input.date,
        status: input.status,
        publishedOn: input.status === "PUBLISHED" ? today : null,
        url: input.url || null,
        fileName: file?.fileName ?? null,
        mimeType: file?.mimeType ?? null,
        size: file?.size ?? null,
        sha256: file?.sha256 ?? null,
        createdById: user.id,
      },
      select: { id: true, kind: true, title: true, date: true, status: true, publishedOn: true, url: true, fileName: true, sha256: true },
    });
    await recordAudit(tx, { trajectoryId: trajectory.id, actorId: user.id, action: "document.added", entity: "TrajectoryDocument", entityId: document.id, after: document });
    return document.id;
  });
}

/**
 * Moves a report to its next status (draft → final → published, with the publication day).
 * "conflict" when someone moved it first (the version the page showed is stale).
 */
export async function advanceDocument(
  user: Viewer,
  trajectory: VisibleTrajectory,
  documentId: string,
  version: number,
  publishedOn: string,
): Promise<{ ok: true } | { ok: false; reason: "notFound" | "conflict" | "final" }> {
  return db.$transaction(async (tx) => {
    const document = await tx.trajectoryDocument.findFirst({ where: { id: documentId, trajectoryId: trajectory.id }, select: { id: true, kind: true, status: true, version: true } });
    if (!document) return { ok: false as const, reason: "notFound" as const };
    if (document.version !== version) return { ok: false as const, reason: "conflict" as const };
    const next = nextReportStatus(document.kind, document.status);
    if (!next) return { ok: false as const, reason: "final" as const };
    const data = { status: next, publishedOn: next === "PUBLISHED" ? publishedOn : null, version: version + 1 };
    const { count } = await tx.trajectoryDocument.updateMany({ where: { id: document.id, version }, data });
    if (count === 0) return { ok: false as const, reason: "conflict" as const };
    await recordAudit(tx, {
      trajectoryId: trajectory.id,
      actorId: user.id,
      action: "document.advanced",
      entity: "TrajectoryDocument",
      entityId: document.id,
      before: { status: document.status },
      after: { status: next, publishedOn: data.publishedOn },
    });
    return { ok: true as const };
  });
}

/** A published inspection report, for its public page; null when there is none by that id. */
export async function getPublicReport(documentId: string) {
  return db.trajectoryDocument.findFirst({
    where: { id: documentId, kind: "INSPECTION_REPORT", status: "PUBLISHED" },
    select: { id: true, title: true, date: true, publishedOn: true, url: true, fileName: true, size: true, trajectory: { select: { organisation: { select: { name: true, location: true } } } } },
  });
}
