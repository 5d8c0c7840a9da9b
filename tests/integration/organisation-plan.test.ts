import { beforeEach, describe, expect, it } from "vitest";
import { action as editAction } from "~/routes/trajecten.$id.verbeterplan.$versionId.acties.$actionId";
import { action as versionAction, loader as versionLoader } from "~/routes/trajecten.$id.verbeterplan.$versionId._index";
import { action as plansAction, loader as plansLoader } from "~/routes/trajecten.$id.verbeterplan._index";
import { loader as compareLoader } from "~/routes/trajecten.$id.verbeterplan.vergelijk";
import { cookies } from "../support/assessment-fixtures";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs } from "../support/requests";

const ENVER = "traj-enver";
const V2 = "plan-enver-2";
const base = `/trajecten/${ENVER}/verbeterplan`;

async function onVersion(versionId: string, fields: Record<string, string>, cookie: string) {
  return responseOf(() => versionAction(routeArgs(post(`${base}/${versionId}`, fields, cookie), { id: ENVER, versionId })));
}

async function onAction(versionId: string, actionId: string, fields: Record<string, string>, cookie: string) {
  return responseOf(() => editAction(routeArgs(post(`${base}/${versionId}/acties/${actionId}`, fields, cookie), { id: ENVER, versionId, actionId })));
}

async function planState(versionId: string) {
  return db.improvementPlanVersion.findUniqueOrThrow({ where: { id: versionId }, include: { actions: { orderBy: { order: "asc" } } } });
}

const newAction = (version: number, extra: Record<string, string> = {}) => ({
  intent: "addAction",
  version: String(version),
  normId: "",
  measureId: "",
  description: "Werving van pleegzorgwerkers versnellen",
  owner: "HR-manager",
  dueDate: "2026-12-31",
  status: "PLANNED",
  progress: "",
  ...extra,
});

beforeEach(async () => {
  await seedDemoData();
});

describe("improvement plan versions", () => {
  it("lets the organisation add, edit and remove actions in a draft, each audited, with version checks", async () => {
    const org = await cookies.organisation();
    const start = await planState(V2);
    const norm = await db.norm.findFirstOrThrow({ where: { code: "PZ-8", frameworkVersion: { trajectories: { some: { id: ENVER } } } } });

    const added = await onVersion(V2, newAction(start.version, { normId: norm.id }), org);
    expect(added.status).toBe(302);
    const afterAdd = await planState(V2);
    const created = afterAdd.actions.at(-1)!;
    expect(created).toMatchObject({ description: "Werving van pleegzorgwerkers versnellen", normId: norm.id, order: Math.max(...start.actions.map((a) => a.order)) + 1 });
    expect(afterAdd.version).toBe(start.version + 1);

    // A stale form (the version before the add) is refused with the newer content and the user's input.
    const stale = await onAction(V2, created.id, { ...newAction(start.version), intent: "update", description: "Mijn versie" }, org);
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.values.description).toBe("Mijn versie");
    expect(body.conflict.actions.map((a: { id: string }) => a.id)).toContain(created.id);

    const updated = await onAction(V2, created.id, { ...newAction(afterAdd.version), intent: "update", status: "IN_PROGRESS", progress: "Vacatures uitgezet" }, org);
    expect(updated.status).toBe(302);
    expect(await db.planAction.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "IN_PROGRESS", progress: "Vacatures uitgezet" });

    const bad = await onVersion(V2, newAction(afterAdd.version + 1, { description: " ", dueDate: "eind juni", status: "KLAAR" }), org);
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(["description", "dueDate", "status"]);

    const removed = await onAction(V2, created.id, { intent: "remove", version: String(afterAdd.version + 1) }, org);
    expect(removed.status).toBe(302);
    expect(await db.planAction.count({ where: { id: created.id } })).toBe(0);
    const audit = await db.auditEvent.findMany({ where: { trajectoryId: ENVER, action: { startsWith: "plan.action" } }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["plan.actionAdded", "plan.actionUpdated", "plan.actionRemoved"]);
  });

  it("freezes a submitted version, takes a request to sharpen, starts the next as a copy, compares, and accepting meets the follow-up", async () => {
    const [org, lead] = await Promise.all([cookies.organisation(), cookies.lead()]);
    const v2 = await planState(V2);
    expect(v2.followUpId).toBe("followup-enver-plan");

    // A new version cannot start while the last one is still a draft.
    const early = await responseOf(() => plansAction(routeArgs(post(base, { intent: "start" }, org), { id: ENVER })));
    expect(early.status).toBe(409);

    expect((await onVersion(V2, { intent: "submit", version: String(v2.version) }, org)).status).toBe(302);
    const submitted = await planState(V2);
    expect(submitted.status).toBe("SUBMITTED");

    // Frozen: no action can be added, changed or removed any more.
    const before = await db.planAction.count();
    expect((await onVersion(V2, newAction(submitted.version), org)).status).toBe(409);
    expect((await onVersion(V2, { intent: "summary", summary: "Anders", version: String(submitted.version) }, org)).status).toBe(409);
    const firstAction = submitted.actions[0]!;
    expect((await onAction(V2, firstAction.id, { intent: "remove", version: String(submitted.version) }, org)).status).toBe(409);
    expect(await db.planAction.count()).toBe(before);

    // The organisation cannot review; the inspector must explain a request to sharpen.
    expect((await onVersion(V2, { intent: "review", outcome: "ACCEPTED", comment: "", version: String(submitted.version) }, org)).status).toBe(403);
    const noComment = await onVersion(V2, { intent: "review", outcome: "SHARPENING_REQUESTED", comment: "", version: String(submitted.version) }, lead);
    expect(noComment.status).toBe(400);
    expect((await onVersion(V2, { intent: "review", outcome: "SHARPENING_REQUESTED", comment: "Werkdruk ontbreekt", version: String(submitted.version) }, lead)).status).toBe(302);
    expect(await planState(V2)).toMatchObject({ status: "SHARPENING_REQUESTED", reviewComment: "Werkdruk ontbreekt" });

    // The next version copies the last one's actions and answers the same follow-up.
    const started = await responseOf(() => plansAction(routeArgs(post(base, { intent: "start" }, org), { id: ENVER })));
    expect(started.status).toBe(302);
    const v3 = await db.improvementPlanVersion.findFirstOrThrow({ where: { trajectoryId: ENVER, number: 3 }, include: { actions: { orderBy: { order: "asc" } } } });
    expect(v3).toMatchObject({ status: "DRAFT", followUpId: "followup-enver-plan", dueDate: v2.dueDate });
    expect(v3.actions.map((a) => [a.order, a.description])).toEqual(submitted.actions.map((a) => [a.order, a.description]));

    const changedAction = v3.actions[1]!;
    const sameButOwner = {
      intent: "update",
      version: String(v3.version),
      normId: changedAction.normId ?? "",
      measureId: changedAction.measureId ?? "",
      description: changedAction.description,
      owner: "Bestuurder",
      dueDate: changedAction.dueDate,
      status: changedAction.status,
      progress: changedAction.progress,
    };
    expect((await onAction(v3.id, changedAction.id, sameButOwner, org)).status).toBe(302);
    expect((await onAction(v3.id, v3.actions[0]!.id, { intent: "remove", version: String(v3.version + 1) }, org)).status).toBe(302);
    expect((await onVersion(v3.id, newAction(v3.version + 2), org)).status).toBe(302);

    const compare = await (await responseOf(() => compareLoader(routeArgs(get(`${base}/vergelijk?van=2&naar=3`, org), { id: ENVER })))).json();
    const kinds = compare.changes.map((c: { kind: string; order: number; fields?: string[] }) => [c.order, c.kind, c.fields ?? []]);
    expect(kinds[0]).toEqual([v3.actions[0]!.order, "removed", []]);
    expect(kinds[1]).toEqual([changedAction.order, "changed", ["owner"]]);
    expect(kinds.slice(2, -1).every(([, kind]: [number, string]) => kind === "unchanged")).toBe(true);
    expect(kinds.at(-1)).toEqual([Math.max(...submitted.actions.map((a) => a.order)) + 1, "added", []]);

    // Submit v3 and accept it: the follow-up obligation is met in the same step.
    const current = await planState(v3.id);
    expect((await onVersion(v3.id, { intent: "submit", version: String(current.version) }, org)).status).toBe(302);
    expect((await onVersion(v3.id, { intent: "review", outcome: "ACCEPTED", comment: "", version: String(current.version + 1) }, lead)).status).toBe(302);
    expect(await db.followUpObligation.findUniqueOrThrow({ where: { id: "followup-enver-plan" } })).toMatchObject({ status: "MET" });

    const list = await (await responseOf(() => plansLoader(routeArgs(get(base, org), { id: ENVER })))).json();
    expect(list.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [3, "ACCEPTED"],
      [2, "SHARPENING_REQUESTED"],
      [1, "ACCEPTED"],
    ]);
    expect(list.canStart).toBe(true);
  });

  it("lets inspectors and managers read the plan but not edit it", async () => {
    for (const cookie of [await cookies.lead(), await cookies.manager()]) {
      const page = await (await responseOf(() => versionLoader(routeArgs(get(`${base}/${V2}`, cookie), { id: ENVER, versionId: V2 })))).json();
      expect(page.canEdit).toBe(false);
      expect(page.plan.actions.length).toBeGreaterThan(0);
      const v2 = await planState(V2);
      expect((await onVersion(V2, newAction(v2.version), cookie)).status).toBe(403);
    }
  });
});
