import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

// Every route under /trajecten/:id and /bijlagen, found on disk, so a route added later by
// anyone is covered without editing this test. The other organisation's user must get 404
// from each loader and each action on Enver's trajectory: not 403 (that would confirm it
// exists), not 200, and nothing written.

const ROUTES_DIR = path.resolve(import.meta.dirname, "../../app/routes");
const ROUTE_FILES = readdirSync(ROUTES_DIR)
  .filter((file) => /\.(tsx|ts)$/.test(file) && !file.includes(".test."))
  .filter((file) => file.startsWith("trajecten.$id") || file.startsWith("bijlagen."))
  .sort();

/** Param names in a flat route file name: "trajecten.$id.maatregelen.$measureId.tsx" → ["id", "measureId"]. */
function paramNames(file: string): string[] {
  return file
    .replace(/\.(tsx|ts)$/, "")
    .split(".")
    .filter((segment) => segment.startsWith("$"))
    .map((segment) => segment.slice(1));
}

/** Real sub-ids of Enver's trajectory from the seeded database, by param name. */
async function enverIds(): Promise<Record<string, string>> {
  const trajectoryId = "traj-enver";
  const [round, measure, decision, plan, request, attachment] = await Promise.all([
    db.assessmentRound.findFirstOrThrow({ where: { trajectoryId }, select: { id: true, assessments: { select: { normId: true }, take: 1 } } }),
    db.requiredMeasure.findFirstOrThrow({ where: { trajectoryId }, select: { id: true } }),
    db.closureDecision.findFirstOrThrow({ where: { proposal: { trajectoryId } }, select: { id: true } }),
    db.improvementPlanVersion.findFirstOrThrow({ where: { trajectoryId }, orderBy: { number: "desc" }, select: { id: true, actions: { select: { id: true }, take: 1 } } }),
    db.progressReportRequest.findFirstOrThrow({ where: { trajectoryId }, select: { id: true } }),
    db.attachment.findFirstOrThrow({ where: { trajectoryId }, select: { id: true } }),
  ]);
  return {
    id: trajectoryId,
    roundId: round.id,
    normId: round.assessments[0]!.normId,
    measureId: measure.id,
    decisionId: decision.id,
    proposalId: (await db.closureProposal.findFirstOrThrow({ where: { trajectoryId }, select: { id: true } })).id,
    versionId: plan.id,
    actionId: plan.actions[0]!.id,
    requestId: request.id,
    attachmentId: attachment.id,
    // Any visit of Enver's: the other organisation is answered 404 before the visit is looked up.
    visitId: (await db.visit.findFirstOrThrow({ where: { trajectoryId }, select: { id: true } })).id,
  };
}

function paramsFor(file: string, ids: Record<string, string>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of paramNames(file)) {
    // /bijlagen/:id names an attachment, not a trajectory.
    const key = file.startsWith("bijlagen.") && name === "id" ? "attachmentId" : name;
    const value = ids[key];
    if (!value) throw new Error(`route-isolation: ${file} needs param "$${name}"; add a real Enver id for it in enverIds()`);
    params[name] = value;
  }
  return params;
}

function urlFor(file: string, params: Record<string, string>): string {
  const segments = file
    .replace(/\.(tsx|ts)$/, "")
    .split(".")
    .filter((s) => s !== "_index")
    .map((s) => (s.startsWith("$") ? params[s.slice(1)] : s));
  return `/${segments.join("/")}`;
}

async function writtenState() {
  const [audit, attachments, plans, actions, requests, submissions, drafts] = await Promise.all([
    db.auditEvent.count(),
    db.attachment.count(),
    db.improvementPlanVersion.aggregate({ _sum: { version: true }, _count: true }),
    db.planAction.count(),
    db.progressReportRequest.aggregate({ _sum: { version: true }, _count: true }),
    db.progressReportSubmission.count(),
    db.draftReport.count({ where: { respondedAt: { not: null } } }),
  ]);
  return { audit, attachments, plans, actions, requests, submissions, drafts };
}

type RouteModule = { loader?: (args: unknown) => Promise<unknown>; action?: (args: unknown) => Promise<unknown> };

describe("route isolation: another organisation gets 404 on everything of Enver's trajectory", () => {
  let ids: Record<string, string>;
  let cookie: string;

  beforeEach(async () => {
    await seedDemoData();
    const submission = await db.progressReportSubmission.findFirstOrThrow({ where: { request: { trajectoryId: "traj-enver" }, status: "SUBMITTED" } });
    const owner = await db.user.findUniqueOrThrow({ where: { email: "enver@enver.example" } });
    await db.attachment.create({
      data: { trajectoryId: "traj-enver", submissionId: submission.id, fileName: "geheim.pdf", mimeType: "application/pdf", size: 10, sha256: "0".repeat(64), uploadedById: owner.id },
    });
    ids = await enverIds();
    cookie = await sessionCookieFor("gebruiker@horizon.example");
  });

  it("finds the routes to check", () => {
    expect(ROUTE_FILES).toContain("trajecten.$id.tsx");
    expect(ROUTE_FILES).toContain("bijlagen.$id.tsx");
    expect(ROUTE_FILES.length).toBeGreaterThan(10);
  });

  it.each(ROUTE_FILES)("%s", async (file) => {
    const module = (await import(path.join(ROUTES_DIR, file))) as RouteModule;
    const params = paramsFor(file, ids);
    const url = urlFor(file, params);
    expect(module.loader ?? module.action, `${file} has neither loader nor action`).toBeDefined();
    if (module.loader) {
      const response = await responseOf(() => module.loader!(routeArgs(get(url, cookie), params)));
      expect(response.status, `GET ${url} (${file})`).toBe(404);
    }
    if (module.action) {
      const before = await writtenState();
      for (const intent of ["", "save", "submit", "review", "respond", "share", "publish", "remove", "update", "addAction", "start"]) {
        const response = await responseOf(() => module.action!(routeArgs(post(url, intent ? { intent } : {}, cookie), params)));
        expect(response.status, `POST ${url} intent=${intent} (${file})`).toBe(404);
      }
      expect(await writtenState()).toEqual(before);
    }
  });
});
