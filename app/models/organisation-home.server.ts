// The organisation's start page: per trajectory what is due (overdue first) and the latest
// rating per norm as the inspectorate published it. A fixed number of queries however many
// trajectories, rounds or obligations there are.
import { isRating, type Rating } from "~/domain/rating";
import type { RoundTitleParts } from "~/domain/round-title";
import { db } from "~/utils/db.server";
import type { SessionUser } from "~/utils/session.server";
import { dueItemsPage, dueScopeFor } from "./deadline.server";
import { trajectoryScope, visibleRounds } from "./access.server";

const MAX_TRAJECTORIES = 20;
const MAX_DUE = 200;

export async function organisationHome(user: SessionUser) {
  const trajectories = await db.trajectory.findMany({
    where: trajectoryScope(user),
    orderBy: [{ deadline: "desc" }, { reference: "asc" }],
    take: MAX_TRAJECTORIES,
    select: {
      id: true,
      reference: true,
      status: true,
      deadline: true,
      organisation: { select: { id: true, name: true } },
      frameworkVersion: { select: { illustrative: true, norms: { select: { id: true, code: true, title: true }, orderBy: { order: "asc" } } } },
    },
  });
  const ids = trajectories.map((t) => t.id);
  const [due, rounds] = await Promise.all([
    dueItemsPage(dueScopeFor(user), {}, { skip: 0, take: MAX_DUE }),
    // Published rounds only: an organisation never sees a rating before the inspectorate releases it.
    db.assessmentRound.findMany({
      where: { trajectoryId: { in: ids }, ...visibleRounds(user) },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      select: { trajectoryId: true, title: true, titleCode: true, titleParams: true, date: true, assessments: { select: { normId: true, rating: true } } },
    }),
  ]);
  const latest = new Map<string, { rating: Rating; roundTitle: RoundTitleParts; roundDate: string }>();
  for (const round of rounds) {
    for (const a of round.assessments) {
      const key = `${round.trajectoryId}:${a.normId}`;
      if (!latest.has(key) && isRating(a.rating)) latest.set(key, { rating: a.rating, roundTitle: { title: round.title, titleCode: round.titleCode, titleParams: round.titleParams }, roundDate: round.date });
    }
  }
  return {
    // One list, earliest first (so overdue first); the page shows each trajectory's share.
    due: due.items,
    trajectories: trajectories.map(({ frameworkVersion, ...t }) => ({
      ...t,
      illustrative: frameworkVersion.illustrative,
      norms: frameworkVersion.norms.map((n) => ({ ...n, latest: latest.get(`${t.id}:${n.id}`) ?? null })),
    })),
  };
}
