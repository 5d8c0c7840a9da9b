// Demo data: the IGJ / Enver model case (2025–2026) plus three invented foster-care
// organisations, so every role has something real to look at. Ids are fixed and readable
// ("traj-enver", "norm-pz-3") so tests, links and the README can name them.
//
// Idempotent by construction: reference rows (organisations, users, framework, measure
// types) are created only when their id is absent, and each trajectory is written as a
// whole only when the trajectory itself is absent. A second run therefore writes nothing,
// and nothing a user changed in the app (a revised assessment, a deleted draft action, a
// withdrawn proposal) is ever overwritten or brought back.
//
// prisma/seed/: reference.ts (organisations, accounts, framework, measure types), story.ts (the
// helpers that build a trajectory's history in memory), and one file per demo story.
import type { PrismaClient } from "../app/generated/prisma/client.ts";
import { seal } from "./audit-chain.ts";
import { hashPassword } from "./password.ts";
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD, FRAMEWORK, FRAMEWORK_VERSION, MEASURE_TYPES, NORMS, SECTOR, normId, type Tx } from "./seed/reference.ts";
import { emptyRows, type Rows } from "./seed/story.ts";
import { enver } from "./seed/enver.ts";
import { horizon } from "./seed/horizon.ts";
import { deLinde } from "./seed/de-linde.ts";
import { kustregio } from "./seed/kustregio.ts";
import { seedThemePleegzorg } from "./seed/theme-pleegzorg.ts";

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "./seed/reference.ts";

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

const TRAJECTORY_IDS = ["traj-enver", "traj-horizon", "traj-de-linde", "traj-kustregio"] as const;

async function idsPresent(find: (ids: string[]) => Promise<{ id: string }[]>, ids: readonly string[]): Promise<Set<string>> {
  return new Set((await find([...ids])).map((row) => row.id));
}

async function seedReferenceData(tx: Tx): Promise<void> {
  // The migration lists the sectors; the demo's own must be there even in a database emptied by the tests.
  await tx.sector.upsert({ where: { name: SECTOR }, update: {}, create: { name: SECTOR } });
  const orgs = await idsPresent((ids) => tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true } }), DEMO_ORGANISATIONS.map((o) => o.id));
  const newOrgs = DEMO_ORGANISATIONS.filter((o) => !orgs.has(o.id));
  if (newOrgs.length) await tx.organisation.createMany({ data: newOrgs.map((o) => ({ ...o, createdAt: new Date("2024-01-01T00:00:00Z") })) });

  const users = await idsPresent((ids) => tx.user.findMany({ where: { id: { in: ids } }, select: { id: true } }), DEMO_ACCOUNTS.map((u) => u.id));
  const newUsers = DEMO_ACCOUNTS.filter((u) => !users.has(u.id));
  if (newUsers.length) {
    // scrypt is deliberately slow: hash once and share it, and only when someone is missing.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await tx.user.createMany({
      data: newUsers.map(({ id, email, name, role, organisationId }) => ({ id, email, name, role, organisationId, passwordHash })),
    });
  }

  await tx.framework.upsert({ where: { id: FRAMEWORK.id }, update: {}, create: { ...FRAMEWORK, createdAt: FRAMEWORK_VERSION.createdAt } });
  await tx.frameworkVersion.upsert({ where: { id: FRAMEWORK_VERSION.id }, update: {}, create: FRAMEWORK_VERSION });
  const norms = await idsPresent((ids) => tx.norm.findMany({ where: { id: { in: ids } }, select: { id: true } }), NORMS.map((n) => normId(n.code)));
  const newNorms = NORMS.map((n, index) => ({
    id: normId(n.code),
    frameworkVersionId: FRAMEWORK_VERSION.id,
    code: n.code,
    title: n.title,
    description: n.description,
    criteria: n.criteria.join("\n"),
    order: index + 1,
  })).filter((n) => !norms.has(n.id));
  if (newNorms.length) await tx.norm.createMany({ data: newNorms });
}

/** Measure types are looked up by code: an administrator may have created one before the seed ran. */
async function seedMeasureTypes(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const type of MEASURE_TYPES) {
    const row = await tx.enforcementMeasureType.upsert({ where: { code: type.code }, update: {}, create: type, select: { id: true } });
    ids.set(type.code, row.id);
  }
  return ids;
}

/** Parents before children, so foreign keys hold at every insert. */
async function writeRows(tx: Tx, rows: Rows): Promise<void> {
  const byTime = (a: { createdAt?: Date | string | null }, b: { createdAt?: Date | string | null }) =>
    new Date(a.createdAt ?? 0).getTime() - new Date(b.createdAt ?? 0).getTime();
  if (rows.trajectories.length) await tx.trajectory.createMany({ data: rows.trajectories });
  if (rows.members.length) await tx.trajectoryMember.createMany({ data: rows.members });
  if (rows.deadlineChanges.length) await tx.deadlineChange.createMany({ data: rows.deadlineChanges });
  if (rows.visits.length) await tx.visit.createMany({ data: rows.visits });
  if (rows.rounds.length) await tx.assessmentRound.createMany({ data: rows.rounds });
  if (rows.assessments.length) await tx.normAssessment.createMany({ data: rows.assessments });
  if (rows.revisions.length) await tx.normAssessmentRevision.createMany({ data: rows.revisions });
  if (rows.measures.length) await tx.requiredMeasure.createMany({ data: rows.measures });
  if (rows.plans.length) await tx.improvementPlanVersion.createMany({ data: rows.plans });
  if (rows.planActions.length) await tx.planAction.createMany({ data: rows.planActions });
  if (rows.reportRequests.length) await tx.progressReportRequest.createMany({ data: rows.reportRequests });
  if (rows.reportNorms.length) await tx.progressReportNorm.createMany({ data: rows.reportNorms });
  if (rows.submissions.length) await tx.progressReportSubmission.createMany({ data: rows.submissions });
  if (rows.entries.length) await tx.progressReportEntry.createMany({ data: rows.entries });
  if (rows.draftReports.length) await tx.draftReport.createMany({ data: rows.draftReports });
  if (rows.proposals.length) await tx.closureProposal.createMany({ data: rows.proposals });
  if (rows.coAuthors.length) await tx.closureProposalCoAuthor.createMany({ data: rows.coAuthors });
  if (rows.decisions.length) await tx.closureDecision.createMany({ data: rows.decisions });
  if (rows.enforcementMeasures.length) await tx.enforcementMeasure.createMany({ data: rows.enforcementMeasures });
  if (rows.complianceChecks.length) await tx.complianceCheck.createMany({ data: rows.complianceChecks });
  if (rows.followUps.length) await tx.followUpObligation.createMany({ data: rows.followUps });
  // The audit log is read in id order, so ids must follow the story's clock.
  if (rows.audit.length) {
    // Sealed onto the chain like any event the app records (prisma/audit-chain.ts).
    const head = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
    const ordered = [...rows.audit].sort(byTime).map((row) => ({
      trajectoryId: row.trajectoryId ?? null,
      actorId: row.actorId ?? null,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      before: row.before ?? null,
      after: row.after ?? null,
      createdAt: new Date(row.createdAt ?? 0),
    }));
    await tx.auditEvent.createMany({ data: seal(head?.hash ?? null, ordered) });
  }
}

/** Writes the whole demo in one transaction; safe to run any number of times. */
export async function seedDemo(db: PrismaClient): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await seedReferenceData(tx);
      // The sign-in page lists the demo accounts only in a database that has them.
      await tx.setting.upsert({ where: { key: "demoData" }, update: {}, create: { key: "demoData", value: "loaded" } });
      const measureTypes = await seedMeasureTypes(tx);
      const aanwijzing = measureTypes.get("AANWIJZING");
      if (!aanwijzing) throw new Error("Measure type AANWIJZING is missing");

      const present = await idsPresent((ids) => tx.trajectory.findMany({ where: { id: { in: ids } }, select: { id: true } }), TRAJECTORY_IDS);
      const stories: Record<(typeof TRAJECTORY_IDS)[number], (rows: Rows) => void> = {
        "traj-enver": enver,
        "traj-horizon": horizon,
        "traj-de-linde": deLinde,
        "traj-kustregio": (rows) => kustregio(rows, aanwijzing),
      };
      const rows = emptyRows();
      for (const id of TRAJECTORY_IDS) if (!present.has(id)) stories[id](rows);
      // The foster-care theme (issue 15): its audit events join the stories', sealed in story order.
      await seedThemePleegzorg(tx, rows);
      await writeRows(tx, rows);
    },
    // Hashing the demo password can take a moment on a slow machine.
    { timeout: 30_000 },
  );
}
