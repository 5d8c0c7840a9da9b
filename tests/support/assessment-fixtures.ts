import { db, seedDemoData } from "./database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "./requests";

/**
 * The demo data plus a fresh trajectory of Enver with no rounds, measures or visits yet, so a
 * test sees exactly what it wrote. Lead: inspecteur@igj.example; team: inspecteur2@igj.example;
 * buiten@igj.example is an inspector on no team of it.
 */
export async function assessmentFixture() {
  await seedDemoData();
  const enver = await db.trajectory.findUniqueOrThrow({
    where: { id: "traj-enver" },
    select: { organisationId: true, frameworkVersionId: true },
  });
  const [lead, member] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" }, select: { id: true } }),
    db.user.findUniqueOrThrow({ where: { email: "inspecteur2@igj.example" }, select: { id: true } }),
  ]);
  await db.user.create({ data: { email: "buiten@igj.example", name: "Bram Buiten", role: "INSPECTOR", passwordHash: "-" } });
  const trajectory = await db.trajectory.create({
    data: {
      reference: "VT-TEST-A2",
      organisationId: enver.organisationId,
      frameworkVersionId: enver.frameworkVersionId,
      reason: "Testtraject",
      legalBasis: "Wkkgz",
      leadInspectorId: lead.id,
      startDate: "2026-01-05",
      durationMonths: 9,
      deadline: "2026-10-31",
      status: "ACTIVE",
      members: { create: [{ userId: member.id }] },
    },
    select: { id: true },
  });
  const norms = await db.norm.findMany({ where: { frameworkVersionId: enver.frameworkVersionId }, orderBy: { order: "asc" }, select: { id: true, code: true } });
  const other = await db.trajectory.findFirstOrThrow({
    where: { organisation: { users: { some: { email: "gebruiker@horizon.example" } } } },
    select: { id: true },
  });
  return { trajectoryId: trajectory.id, norms, otherTrajectoryId: other.id, leadId: lead.id };
}

export const cookies = {
  lead: () => sessionCookieFor("inspecteur@igj.example"),
  member: () => sessionCookieFor("inspecteur2@igj.example"),
  outsider: () => sessionCookieFor("buiten@igj.example"),
  manager: () => sessionCookieFor("teamleider@igj.example"),
  organisation: () => sessionCookieFor("enver@enver.example"),
  otherOrganisation: () => sessionCookieFor("gebruiker@horizon.example"),
};

type RouteFn = (args: ReturnType<typeof routeArgs>) => Promise<unknown>;

export function callLoader(fn: RouteFn, path: string, params: Record<string, string>, cookie: string) {
  return responseOf(() => fn(routeArgs(get(path, cookie), params)));
}

export function callAction(fn: RouteFn, path: string, params: Record<string, string>, fields: Record<string, string>, cookie: string) {
  return responseOf(() => fn(routeArgs(post(path, fields, cookie), params)));
}

/** Row counts of everything the assessment work writes: equal before and after means nothing was written. */
export async function writtenRows() {
  const [rounds, published, assessments, revisions, measures, measureVersions, visits, audit] = await Promise.all([
    db.assessmentRound.count(),
    db.assessmentRound.count({ where: { publishedAt: { not: null } } }),
    db.normAssessment.count(),
    db.normAssessmentRevision.count(),
    db.requiredMeasure.count(),
    db.requiredMeasure.aggregate({ _sum: { version: true } }).then((r) => r._sum.version ?? 0),
    db.visit.count(),
    db.auditEvent.count(),
  ]);
  return { rounds, published, assessments, revisions, measures, measureVersions, visits, audit };
}

export { db };
