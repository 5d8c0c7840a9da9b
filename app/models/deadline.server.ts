import type { Prisma } from "~/generated/prisma/client";
import { sortDueItems, type DueItem } from "~/domain/deadlines";
import { UNDER_SUPERVISION } from "~/domain/lifecycle";
import { db } from "~/utils/db.server";

const trajectoryRef = { select: { id: true, reference: true, organisation: { select: { name: true } } } } as const;

function ref(t: { id: string; reference: string; organisation: { name: string } }) {
  return { trajectoryId: t.id, reference: t.reference, organisationName: t.organisation.name };
}

/**
 * Everything that falls due in the trajectories matching `where`: the supervision deadline,
 * open measures, outstanding report requests, open follow-ups, plans being drafted and
 * unanswered draft reports. Six queries whatever the number of trajectories.
 */
export async function dueItems(where: Prisma.TrajectoryWhereInput, take = 500): Promise<DueItem[]> {
  const [trajectories, measures, reports, followUps, plans, drafts] = await Promise.all([
    db.trajectory.findMany({
      where: { ...where, status: { in: [...UNDER_SUPERVISION] } },
      select: { id: true, reference: true, deadline: true, organisation: { select: { name: true } } },
      orderBy: { deadline: "asc" },
      take,
    }),
    db.requiredMeasure.findMany({
      where: { trajectory: where, status: { in: ["OPEN", "IN_PROGRESS"] } },
      select: { id: true, description: true, dueDate: true, norm: { select: { code: true } }, trajectory: trajectoryRef },
      orderBy: { dueDate: "asc" },
      take,
    }),
    db.progressReportRequest.findMany({
      where: { trajectory: where, status: { in: ["REQUESTED", "MORE_INFO_NEEDED"] } },
      select: { id: true, title: true, dueDate: true, trajectory: trajectoryRef },
      orderBy: { dueDate: "asc" },
      take,
    }),
    db.followUpObligation.findMany({
      where: { trajectory: where, status: "OPEN" },
      select: { id: true, title: true, dueDate: true, trajectory: trajectoryRef },
      orderBy: { dueDate: "asc" },
      take,
    }),
    db.improvementPlanVersion.findMany({
      where: { trajectory: where, status: { in: ["DRAFT", "SHARPENING_REQUESTED"] }, dueDate: { not: null } },
      select: { id: true, number: true, dueDate: true, trajectory: trajectoryRef },
      orderBy: { dueDate: "asc" },
      take,
    }),
    db.draftReport.findMany({
      where: { trajectory: where, respondedAt: null },
      select: { id: true, title: true, responseDueDate: true, trajectory: trajectoryRef },
      orderBy: { responseDueDate: "asc" },
      take,
    }),
  ]);
  return [
    ...trajectories.map((t) => ({ kind: "trajectory" as const, id: t.id, dueDate: t.deadline, title: t.reference, ...ref(t) })),
    ...measures.map((m) => ({ kind: "measure" as const, id: m.id, dueDate: m.dueDate, title: `${m.norm.code}: ${m.description}`, ...ref(m.trajectory) })),
    ...reports.map((r) => ({ kind: "report" as const, id: r.id, dueDate: r.dueDate, title: r.title, ...ref(r.trajectory) })),
    ...followUps.map((f) => ({ kind: "followUp" as const, id: f.id, dueDate: f.dueDate, title: f.title, ...ref(f.trajectory) })),
    ...plans.map((p) => ({ kind: "plan" as const, id: p.id, dueDate: p.dueDate ?? "", title: `v${p.number}`, ...ref(p.trajectory) })),
    ...drafts.map((d) => ({ kind: "response" as const, id: d.id, dueDate: d.responseDueDate, title: d.title, ...ref(d.trajectory) })),
  ];
}

export async function sortedDueItems(where: Prisma.TrajectoryWhereInput, take?: number) {
  return sortDueItems(await dueItems(where, take));
}
