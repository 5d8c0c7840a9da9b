// Assessment rounds and norm assessments. Every query names the trajectory in its where
// clause, so a round or norm of another trajectory is simply not found.
import { Prisma } from "~/generated/prisma/client";
import { baselineComparison, changedFields, countRatings, roundKindTaken } from "~/domain/assessment";
import type { AssessmentInput, RoundInput } from "~/domain/assessment-forms";
import type { PageRequest } from "~/domain/pagination";
import { isRating, type Rating } from "~/domain/rating";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import type { SessionUser } from "~/utils/session.server";
import type { VisibleTrajectory } from "~/domain/permissions";
import type { RoundTitleParts } from "~/domain/round-title";
import { visibleRounds } from "./access.server";

type Viewer = Pick<SessionUser, "id" | "role">;

/** More rounds than this in one trajectory is not a real supervision; the matrix shows the newest. */
export const MAX_ROUNDS = 40;

function asRating(value: string): Rating {
  return isRating(value) ? value : "NOT_ASSESSED";
}

export async function normsOf(trajectory: VisibleTrajectory) {
  return db.norm.findMany({
    where: { frameworkVersionId: trajectory.frameworkVersionId },
    select: { id: true, code: true, title: true },
    orderBy: { order: "asc" },
  });
}

/** Norms × rounds: every norm with its rating in every visible round, and a count per rating per round. */
export async function getAssessmentMatrix(user: Viewer, trajectory: VisibleTrajectory) {
  const [norms, newest] = await Promise.all([
    normsOf(trajectory),
    db.assessmentRound.findMany({
      where: { trajectoryId: trajectory.id, ...visibleRounds(user) },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      take: MAX_ROUNDS,
      select: {
        id: true,
        kind: true,
        title: true,
        titleCode: true,
        titleParams: true,
        date: true,
        publishedAt: true,
        visit: { select: { id: true, date: true } },
        assessments: { select: { normId: true, rating: true } },
      },
    }),
  ]);
  const normIds = new Set(norms.map((n) => n.id));
  // Columns read left to right in date order; the query took the newest so a long history keeps the latest rounds.
  const rounds = newest.reverse().map(({ assessments, ...round }) => {
    const ratings = new Map(assessments.filter((a) => normIds.has(a.normId)).map((a) => [a.normId, asRating(a.rating)]));
    return { ...round, ratings: Object.fromEntries(ratings), counts: countRatings([...ratings.values()], norms.length) };
  });
  return { norms, rounds, truncated: newest.length === MAX_ROUNDS };
}

export async function roundKinds(trajectoryId: string): Promise<string[]> {
  const rounds = await db.assessmentRound.findMany({ where: { trajectoryId }, select: { kind: true } });
  return rounds.map((r) => r.kind);
}

/** Creates a round inside `tx`, or says the kind is taken (one baseline, one final per trajectory). */
export async function createRoundIn(
  tx: Tx,
  user: Viewer,
  trajectoryId: string,
  input: RoundInput & { visitId?: string; titleCode?: string; titleParams?: string },
): Promise<{ ok: true; id: string } | { ok: false; reason: "kindTaken" }> {
  const existing = await tx.assessmentRound.findMany({ where: { trajectoryId }, select: { kind: true } });
  if (roundKindTaken(input.kind, existing.map((r) => r.kind))) return { ok: false, reason: "kindTaken" };
  const round = await tx.assessmentRound.create({
    data: {
      trajectoryId,
      kind: input.kind,
      title: input.title,
      titleCode: input.titleCode,
      titleParams: input.titleParams,
      date: input.date,
      visitId: input.visitId,
      createdById: user.id,
    },
    select: { id: true, kind: true, title: true, titleCode: true, titleParams: true, date: true, visitId: true },
  });
  // A generated title's parameters (the visit's kind and day) repeat the visit and the round's
  // date: the trail keeps the code, not the JSON, so the history shows no raw data.
  const { titleParams: _params, ...audited } = round;
  await recordAudit(tx, { trajectoryId, actorId: user.id, action: "round.created", entity: "AssessmentRound", entityId: round.id, after: audited });
  return { ok: true, id: round.id };
}

export async function createRound(user: Viewer, trajectoryId: string, input: RoundInput) {
  // The kind check and the insert share one transaction, so two baselines cannot both pass.
  return db.$transaction((tx) => createRoundIn(tx, user, trajectoryId, input));
}

/** Publishes a round to the organisation; publishing twice keeps the first moment. */
export async function publishRound(user: Viewer, trajectoryId: string, roundId: string): Promise<"published" | "already" | "notFound"> {
  return db.$transaction(async (tx) => {
    const round = await tx.assessmentRound.findFirst({ where: { id: roundId, trajectoryId }, select: { id: true, publishedAt: true } });
    if (!round) return "notFound";
    const publishedAt = new Date();
    const { count } = await tx.assessmentRound.updateMany({ where: { id: roundId, trajectoryId, publishedAt: null }, data: { publishedAt } });
    if (count === 0) return "already";
    await recordAudit(tx, {
      trajectoryId,
      actorId: user.id,
      action: "round.published",
      entity: "AssessmentRound",
      entityId: roundId,
      before: { publishedAt: null },
      after: { publishedAt },
    });
    return "published";
  });
}

const roundSelect = { id: true, kind: true, title: true, titleCode: true, titleParams: true, date: true, publishedAt: true } satisfies Prisma.AssessmentRoundSelect;

/** The round and norm of an assessment page, both within this trajectory; 404 otherwise. */
export async function requireRoundAndNorm(user: Viewer, trajectory: VisibleTrajectory, roundId: string, normId: string) {
  const [round, norm] = await Promise.all([
    db.assessmentRound.findFirst({ where: { id: roundId, trajectoryId: trajectory.id, ...visibleRounds(user) }, select: roundSelect }),
    db.norm.findFirst({
      where: { id: normId, frameworkVersionId: trajectory.frameworkVersionId },
      select: { id: true, code: true, title: true, description: true, criteria: true },
    }),
  ]);
  if (!round || !norm) throw new Response("Not found", { status: 404 });
  return { round, norm };
}

const headSelect = {
  id: true,
  rating: true,
  findings: true,
  evidence: true,
  version: true,
  updatedAt: true,
  revisions: { orderBy: { revision: "desc" }, take: 1, select: { createdAt: true, author: { select: { name: true } } } },
} satisfies Prisma.NormAssessmentSelect;

/** The newest state of one norm in one round, with who wrote it and when; null before the first save. */
export async function currentAssessment(roundId: string, normId: string) {
  const head = await db.normAssessment.findUnique({ where: { roundId_normId: { roundId, normId } }, select: headSelect });
  if (!head) return null;
  const { revisions, ...rest } = head;
  return { ...rest, rating: asRating(rest.rating), authorName: revisions[0]?.author.name ?? "", savedAt: revisions[0]?.createdAt ?? rest.updatedAt };
}
export type CurrentAssessment = NonNullable<Awaited<ReturnType<typeof currentAssessment>>>;

/** Revisions newest first, one page, each with what it changed compared with the one before. */
async function revisionPage(roundId: string, normId: string, page: PageRequest) {
  const where = { assessment: { roundId, normId } };
  const [total, rows] = await Promise.all([
    db.normAssessmentRevision.count({ where }),
    db.normAssessmentRevision.findMany({
      where,
      orderBy: { revision: "desc" },
      skip: page.skip,
      // One more than the page: the oldest on the page needs its predecessor to say what changed.
      take: page.take + 1,
      select: { id: true, revision: true, rating: true, findings: true, evidence: true, createdAt: true, author: { select: { name: true } } },
    }),
  ]);
  const revisions = rows.slice(0, page.take).map((row, index) => ({
    id: row.id,
    revision: row.revision,
    rating: asRating(row.rating),
    findings: row.findings,
    authorName: row.author.name,
    createdAt: row.createdAt,
    changed: changedFields(rows[index + 1] ?? null, row),
  }));
  return { total, revisions };
}

/** Everything the page of one norm in one round shows. */
export async function getNormAssessmentPage(user: Viewer, trajectory: VisibleTrajectory, roundId: string, normId: string, page: PageRequest) {
  const { round, norm } = await requireRoundAndNorm(user, trajectory, roundId, normId);
  const [current, history, inRounds, measures] = await Promise.all([
    currentAssessment(roundId, normId),
    revisionPage(roundId, normId, page),
    db.normAssessment.findMany({
      where: { normId, round: { trajectoryId: trajectory.id, ...visibleRounds(user) } },
      select: { rating: true, findings: true, round: { select: { id: true, kind: true, title: true, titleCode: true, titleParams: true, date: true, createdAt: true } } },
    }),
    db.requiredMeasure.findMany({
      where: { trajectoryId: trajectory.id, normId },
      orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
      take: 50,
      select: { id: true, description: true, dueDate: true, status: true },
    }),
  ]);
  const comparison = baselineComparison(inRounds.map((a) => ({ ...a, rating: asRating(a.rating) })));
  return { round, norm, current, history, comparison, measures };
}

export class StaleVersionError extends Error {}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export type SaveResult =
  | { ok: true; version: number }
  | { ok: false; reason: "conflict"; current: CurrentAssessment | null }
  | { ok: false; reason: "unchanged" };

/**
 * Saves a new revision of one norm in one round. The head moves from `version` to
 * `version + 1` with a conditional update (or, for the first save, an insert guarded by the
 * unique round+norm key), so of two saves that started from the same version exactly one
 * wins; the other gets the newer content back and nothing of it is written.
 */
export async function saveAssessment(
  user: Viewer,
  target: { trajectoryId: string; roundId: string; normId: string },
  input: AssessmentInput,
): Promise<SaveResult> {
  const { trajectoryId, roundId, normId } = target;
  const content = { rating: input.rating, findings: input.findings, evidence: input.evidence };
  const next = input.version + 1;
  try {
    return await db.$transaction(async (tx): Promise<SaveResult> => {
      const now = new Date();
      const before = await tx.normAssessment.findUnique({
        where: { roundId_normId: { roundId, normId } },
        select: { id: true, rating: true, findings: true, evidence: true, version: true },
      });
      if ((before?.version ?? 0) !== input.version) throw new StaleVersionError();
      if (before && changedFields(before, content).length === 0) return { ok: false, reason: "unchanged" };
      let assessmentId: string;
      if (before) {
        const { count } = await tx.normAssessment.updateMany({
          where: { id: before.id, version: input.version },
          data: { ...content, version: next, updatedAt: now },
        });
        if (count !== 1) throw new StaleVersionError();
        assessmentId = before.id;
      } else {
        assessmentId = (await tx.normAssessment.create({ data: { roundId, normId, ...content, version: next, updatedAt: now }, select: { id: true } })).id;
      }
      await tx.normAssessmentRevision.create({ data: { assessmentId, revision: next, ...content, authorId: user.id, createdAt: now } });
      await recordAudit(tx, {
        trajectoryId,
        actorId: user.id,
        action: "assessment.revised",
        entity: "NormAssessment",
        entityId: assessmentId,
        before: before ? { rating: before.rating, findings: before.findings, evidence: before.evidence, version: before.version } : null,
        after: { roundId, normId, ...content, version: next },
      });
      return { ok: true, version: next };
    });
  } catch (error) {
    if (error instanceof StaleVersionError || isUniqueViolation(error)) {
      return { ok: false, reason: "conflict", current: await currentAssessment(roundId, normId) };
    }
    throw error;
  }
}

export interface LatestRating {
  rating: Rating;
  roundTitle: RoundTitleParts;
  roundDate: string;
}

/**
 * The newest rating of each norm in the trajectory (of these norms only, when given), from the
 * newest round the user may see that rated it. One query whatever the number of rounds.
 */
export async function latestRatings(user: Viewer, trajectoryId: string, normIds?: readonly string[]): Promise<Map<string, LatestRating>> {
  if (normIds?.length === 0) return new Map();
  const rows = await db.normAssessment.findMany({
    where: { ...(normIds ? { normId: { in: [...normIds] } } : {}), round: { trajectoryId, ...visibleRounds(user) } },
    orderBy: [{ round: { date: "desc" } }, { round: { createdAt: "desc" } }],
    select: { normId: true, rating: true, round: { select: { title: true, titleCode: true, titleParams: true, date: true } } },
  });
  const latest = new Map<string, LatestRating>();
  for (const row of rows) {
    if (!latest.has(row.normId)) latest.set(row.normId, { rating: asRating(row.rating), roundTitle: row.round, roundDate: row.round.date });
  }
  return latest;
}
