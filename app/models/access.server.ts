// The one way a loader or action reaches a trajectory, or anything inside one, for a user and an
// intent. Scope (which trajectories the user may know exist) lives in the queries' where clauses
// built here; the rules themselves are pure and live in app/domain/permissions.ts.
//
// The answer to "not yours" is 404 (the user may not learn the trajectory exists); the answer
// to "yours to see, but not to do this" is 403. See docs/decisions/003-permissions.md.
import { Prisma } from "~/generated/prisma/client";
import { isTrajectoryStatus } from "~/domain/lifecycle";
import { canDecideOn, mayOnTrajectory, organisationScope, seesInternalRecords, seesUnannouncedPlannedVisits, seesUnpublishedRounds, type TrajectoryIntent, type VisibleTrajectory } from "~/domain/permissions";
import type { Role } from "~/domain/roles";
import { db } from "~/utils/db.server";

type Viewer = { id: string; role: Role; organisationId?: string | null };

/** The trajectories a user may know exist, as a where clause for every query that lists or finds them. */
export function trajectoryScope(user: Pick<Viewer, "role" | "organisationId">): Prisma.TrajectoryWhereInput {
  const organisationId = organisationScope(user);
  return organisationId === null ? {} : { organisationId };
}

/** The assessment rounds of a visible trajectory the user may see. */
export function visibleRounds(user: Pick<Viewer, "role">): Prisma.AssessmentRoundWhereInput {
  return seesUnpublishedRounds(user) ? {} : { publishedAt: { not: null } };
}

/**
 * The visits of a visible trajectory the user may know of: the secrecy rule `seesVisit`
 * (app/domain/permissions.ts) as a where clause. Every query that lists, counts or dates visits
 * for a user includes it (visit list, due lists, start page, exports, calendar feed, notifications).
 */
export function visibleVisits(user: Pick<Viewer, "role">): Prisma.VisitWhereInput {
  return seesUnannouncedPlannedVisits(user) ? {} : { OR: [{ announced: true }, { held: { isNot: null } }] };
}

/** The same rule for the visits a theme plans to a selected organisation (ThemeVisit, decision 019). */
export function visibleThemeVisits(user: Pick<Viewer, "role">): Prisma.ThemeVisitWhereInput {
  return seesUnannouncedPlannedVisits(user) ? {} : { OR: [{ announced: true }, { heldOn: { not: null } }] };
}

/**
 * The same rule for raw SQL over the Visit table under `alias`. `internal` is whether the
 * reader is the inspectorate; pass false whenever the reader is not known (the safe answer).
 */
export function visibleVisitsSql(internal: boolean, alias: string): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  if (internal) return Prisma.sql`1 = 1`;
  const v = Prisma.raw(alias);
  return Prisma.sql`(${v}.announced = TRUE OR EXISTS (SELECT 1 FROM VisitHeld h WHERE h.visitId = ${v}.id))`;
}

/** The documents of a visible trajectory the user may see: `seesDocument` as a where clause. */
export function visibleDocuments(user: Pick<Viewer, "role">): Prisma.TrajectoryDocumentWhereInput {
  if (seesInternalRecords(user)) return {};
  return {
    OR: [
      { kind: "INSPECTION_REPORT", status: { in: ["FINAL", "PUBLISHED"] } },
      { kind: "LETTER", status: "TO_ORGANISATION" },
      { kind: "EXTERNAL" },
    ],
  };
}

/** The same rule for raw SQL over TrajectoryDocument under `alias` (false when the reader is not known). */
export function visibleDocumentsSql(internal: boolean, alias: string): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  if (internal) return Prisma.sql`1 = 1`;
  const d = Prisma.raw(alias);
  return Prisma.sql`((${d}.kind = 'INSPECTION_REPORT' AND ${d}.status IN ('FINAL', 'PUBLISHED')) OR (${d}.kind = 'LETTER' AND ${d}.status = 'TO_ORGANISATION') OR ${d}.kind = 'EXTERNAL')`;
}

/**
 * A document's file for download: a published report's for anyone (it is public), any other
 * only for a signed-in user who may see the trajectory and the document. 404 otherwise, and
 * when there is no file, the same answer as for an id that does not exist.
 */
export async function requireDocumentFileAccess(user: Viewer | null, documentId: string | undefined) {
  const published: Prisma.TrajectoryDocumentWhereInput = { kind: "INSPECTION_REPORT", status: "PUBLISHED" };
  const where: Prisma.TrajectoryDocumentWhereInput = !user
    ? published
    : seesInternalRecords(user)
      ? {}
      : { OR: [published, { AND: [{ trajectory: trajectoryScope(user) }, visibleDocuments(user)] }] };
  const document = await db.trajectoryDocument.findFirst({
    where: { id: documentId ?? "", sha256: { not: null }, ...where },
    select: { fileName: true, mimeType: true, sha256: true },
  });
  if (!document?.sha256 || !document.fileName || !document.mimeType) throw notFound();
  return { fileName: document.fileName, mimeType: document.mimeType, sha256: document.sha256 };
}

export function notFound(): Response {
  return new Response("Not found", { status: 404 });
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

/** 403 unless the user is a manager deciding on what someone else made (four eyes: canDecideOn). */
export function assertMayDecideOn(user: Viewer, made: Parameters<typeof canDecideOn>[1]): void {
  if (!canDecideOn(user, made)) throw forbidden();
}

/** 403 unless the user may do `intent` with this trajectory; for actions that hold several intents. */
export function assertMayOnTrajectory(user: Viewer, trajectory: VisibleTrajectory, intent: TrajectoryIntent): void {
  if (!mayOnTrajectory(user, trajectory, intent)) throw forbidden();
}

const accessSelect = {
  id: true,
  reference: true,
  status: true,
  organisationId: true,
  leadInspectorId: true,
  frameworkVersionId: true,
  version: true,
  members: { select: { userId: true } },
} satisfies Prisma.TrajectorySelect;

/** A select that may widen `members` but must keep `userId` in it. */
type DetailsSelect = Prisma.TrajectorySelect & { members?: { select: { userId: true } } };

/**
 * The trajectory, for a user who means `intent`: 404 unless it exists within the user's scope,
 * 403 when they may see it but not do this. A page that needs more of the trajectory row passes
 * `details`, read in the same query and answered as `details`.
 */
export async function requireTrajectoryAccess(user: Viewer, id: string | undefined, intent?: TrajectoryIntent): Promise<VisibleTrajectory>;
export async function requireTrajectoryAccess<S extends DetailsSelect>(
  user: Viewer,
  id: string | undefined,
  intent: TrajectoryIntent,
  details: S,
): Promise<VisibleTrajectory & { details: Prisma.TrajectoryGetPayload<{ select: S }> }>;
export async function requireTrajectoryAccess(user: Viewer, id: string | undefined, intent: TrajectoryIntent = "read", details?: DetailsSelect) {
  const found = await db.trajectory.findFirst({
    where: { id: id ?? "", ...trajectoryScope(user) },
    select: { ...accessSelect, ...details },
  });
  if (!found || !isTrajectoryStatus(found.status)) throw notFound();
  const row = found as unknown as Prisma.TrajectoryGetPayload<{ select: typeof accessSelect }>;
  const trajectory: VisibleTrajectory = {
    id: row.id,
    reference: row.reference,
    status: found.status,
    organisationId: row.organisationId,
    leadInspectorId: row.leadInspectorId,
    frameworkVersionId: row.frameworkVersionId,
    version: row.version,
    memberIds: row.members.map((m) => m.userId),
  };
  assertMayOnTrajectory(user, trajectory, intent);
  return details ? { ...trajectory, details: found } : trajectory;
}

/**
 * An attachment the user may download: its trajectory must be visible to them, and a draft's
 * attachments are the organisation's own until submitted. 404 otherwise, the same answer as for
 * an id that does not exist.
 */
export async function requireAttachmentAccess(user: Viewer, attachmentId: string | undefined) {
  const attachment = await db.attachment.findFirst({
    where: {
      id: attachmentId ?? "",
      trajectory: trajectoryScope(user),
      ...(user.role === "ORGANISATION" ? {} : { OR: [{ submissionId: null }, { submission: { status: "SUBMITTED" } }] }),
    },
    select: { fileName: true, mimeType: true, sha256: true },
  });
  if (!attachment) throw notFound();
  return attachment;
}
