// Everything the printable trajectory report shows, in a fixed number of queries: the facts,
// ratings and findings per round, measures, progress reports, decisions and what followed.
import { isRating, type Rating } from "~/domain/rating";
import { db } from "~/utils/db.server";
import { MAX_ROUNDS } from "./assessment.server";
import { closureFacts, listProposals } from "./closure.server";

const MAX_ROWS = 200;

export async function getTrajectoryReport(trajectoryId: string) {
  const [trajectory, rounds, measures, reports, proposals, facts] = await Promise.all([
    db.trajectory.findUniqueOrThrow({
      where: { id: trajectoryId },
      select: {
        id: true,
        reference: true,
        status: true,
        startDate: true,
        deadline: true,
        reason: true,
        reasonCode: { select: { code: true, params: true } },
        legalBasis: true,
        organisation: { select: { name: true, location: true } },
        leadInspector: { select: { name: true } },
        members: { select: { user: { select: { name: true } } } },
        frameworkVersion: {
          select: {
            version: true,
            illustrative: true,
            framework: { select: { name: true } },
            norms: { orderBy: { order: "asc" }, select: { id: true, code: true, title: true } },
          },
        },
      },
    }),
    db.assessmentRound.findMany({
      where: { trajectoryId },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      take: MAX_ROUNDS,
      select: { id: true, kind: true, title: true, titleCode: true, titleParams: true, date: true, assessments: { select: { normId: true, rating: true, findings: true } } },
    }),
    db.requiredMeasure.findMany({
      where: { trajectoryId },
      orderBy: [{ norm: { order: "asc" } }, { dueDate: "asc" }],
      take: MAX_ROWS,
      select: { id: true, description: true, dueDate: true, status: true, norm: { select: { code: true } } },
    }),
    db.progressReportRequest.findMany({
      where: { trajectoryId },
      orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
      take: MAX_ROWS,
      select: { id: true, title: true, dueDate: true, status: true, _count: { select: { submissions: true } } },
    }),
    listProposals(trajectoryId),
    closureFacts(trajectoryId),
  ]);
  const normIds = new Set(trajectory.frameworkVersion.norms.map((n) => n.id));
  const roundViews = rounds.map((round) => ({
    ...round,
    assessments: round.assessments
      .filter((a) => normIds.has(a.normId))
      .map((a) => ({ ...a, rating: (isRating(a.rating) ? a.rating : "NOT_ASSESSED") as Rating })),
  }));
  return { trajectory, rounds: roundViews, measures, reports, proposals, facts };
}
