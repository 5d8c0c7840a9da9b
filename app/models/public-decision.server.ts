// Decisions for publication. The public pages read ONLY the fields below: the summary a
// manager wrote for the public, and the facts it is about. No findings, no rationale, no
// comments, no names of inspectors: those are internal and never leave these queries.
import type { Prisma } from "~/generated/prisma/client";
import type { PublicationInput } from "~/domain/closure-forms";
import type { PageRequest } from "~/domain/pagination";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

const publicWhere = { decision: "APPROVED", publishedAt: { not: null }, publicSummary: { not: null } } satisfies Prisma.ClosureDecisionWhereInput;

const publicSelect = {
  id: true,
  decisionDate: true,
  publishedAt: true,
  publicSummary: true,
  proposal: { select: { outcome: true, trajectory: { select: { startDate: true, organisation: { select: { name: true } } } } } },
} satisfies Prisma.ClosureDecisionSelect;

type PublicRow = Prisma.ClosureDecisionGetPayload<{ select: typeof publicSelect }>;

/** The one shape a published decision has outside the inspectorate. */
export interface PublicDecision {
  id: string;
  organisation: string;
  outcome: string;
  startDate: string;
  decisionDate: string;
  publishedAt: string;
  summary: string;
}

function toPublic(row: PublicRow): PublicDecision {
  return {
    id: row.id,
    organisation: row.proposal.trajectory.organisation.name,
    outcome: row.proposal.outcome,
    startDate: row.proposal.trajectory.startDate,
    decisionDate: row.decisionDate,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    summary: row.publicSummary ?? "",
  };
}

export async function listPublicDecisions(page: PageRequest): Promise<{ decisions: PublicDecision[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.closureDecision.findMany({
      where: publicWhere,
      orderBy: [{ decisionDate: "desc" }, { publishedAt: "desc" }],
      skip: page.skip,
      take: page.take,
      select: publicSelect,
    }),
    db.closureDecision.count({ where: publicWhere }),
  ]);
  return { decisions: rows.map(toPublic), total };
}

export async function getPublicDecision(id: string): Promise<PublicDecision | null> {
  const row = await db.closureDecision.findFirst({ where: { id, ...publicWhere }, select: publicSelect });
  return row ? toPublic(row) : null;
}

/** An approved decision of this trajectory with what its publication form needs; 404 for any other. */
export async function requireApprovedDecision(trajectoryId: string, decisionId: string) {
  const decision = await db.closureDecision.findFirst({
    where: { id: decisionId, decision: "APPROVED", proposal: { trajectoryId } },
    select: {
      id: true,
      decisionDate: true,
      publicSummary: true,
      publishedAt: true,
      proposal: {
        select: {
          outcome: true,
          normSummary: true,
          newDeadline: true,
          measureType: { select: { nameNl: true, nameEn: true } },
          trajectory: { select: { startDate: true, organisation: { select: { name: true, sector: true, location: true } } } },
        },
      },
    },
  });
  if (!decision) throw new Response("Not found", { status: 404 });
  return decision;
}

export type PublishResult = { ok: true } | { ok: false; reason: "conflict" };

/**
 * Saves the public summary and whether it is published. The update applies only while the
 * summary and the published state are what the form started from, so a colleague's edit in
 * between is never overwritten. Publishing twice keeps the first publication moment.
 */
export async function savePublication(
  user: { id: string },
  trajectoryId: string,
  decisionId: string,
  input: PublicationInput,
): Promise<PublishResult> {
  return db.$transaction(async (tx): Promise<PublishResult> => {
    const before = await tx.closureDecision.findFirst({
      where: { id: decisionId, decision: "APPROVED", proposal: { trajectoryId } },
      select: { publicSummary: true, publishedAt: true },
    });
    if (!before) throw new Response("Not found", { status: 404 });
    const startedPublished = input.previousPublishedAt !== "";
    const publishedAt = input.publish ? (before.publishedAt ?? new Date()) : null;
    const { count } = await tx.closureDecision.updateMany({
      where: {
        id: decisionId,
        publicSummary: input.previousSummary === "" ? null : input.previousSummary,
        publishedAt: startedPublished ? { not: null } : null,
      },
      data: { publicSummary: input.publicSummary, publishedAt },
    });
    if (count !== 1) return { ok: false, reason: "conflict" };
    const action = input.publish && !before.publishedAt ? "decision.published" : !input.publish && before.publishedAt ? "decision.unpublished" : "decision.summary_edited";
    await recordAudit(tx, {
      trajectoryId,
      actorId: user.id,
      action,
      entity: "ClosureDecision",
      entityId: decisionId,
      before: { publicSummary: before.publicSummary, publishedAt: before.publishedAt },
      after: { publicSummary: input.publicSummary, publishedAt },
    });
    return { ok: true };
  });
}
