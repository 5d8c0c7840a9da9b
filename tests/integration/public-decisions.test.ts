import { beforeEach, describe, expect, it } from "vitest";
import { loader as detailLoader } from "~/routes/besluiten.$id";
import { loader as listLoader } from "~/routes/besluiten._index";
import { action as publishAction, loader as publishLoader } from "~/routes/trajecten.$id.afsluiting.besluit.$decisionId";
import { callAction, callLoader, db } from "../support/assessment-fixtures";
import { seedDemoData } from "../support/database";
import { get, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

type Loader = Parameters<typeof callLoader>[0];

// The only fields a published decision shows outside the inspectorate.
const PUBLIC_FIELDS = ["decisionDate", "id", "organisation", "outcome", "publishedAt", "startDate", "summary"];

beforeEach(async () => {
  await seedDemoData();
});

/** The public pages without any session: as anyone on the internet sees them. */
async function anonymous(loader: Loader, path: string, params: Record<string, string> = {}) {
  return responseOf(() => loader(routeArgs(get(path), params) as never));
}

async function publish(trajectoryId: string, decisionId: string, fields: Record<string, string>, email = "teamleider@igj.example") {
  return callAction(
    publishAction as never,
    `/trajecten/${trajectoryId}/afsluiting/besluit/${decisionId}`,
    { id: trajectoryId, decisionId },
    fields,
    await sessionCookieFor(email),
  );
}

describe("the public decisions page", () => {
  it("lists published decisions without signing in, exposing only the published summary fields", async () => {
    const response = await anonymous(listLoader as Loader, "/besluiten");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["decisions", "page", "pages"]);
    expect(body.decisions).toHaveLength(1);
    const [enver] = body.decisions;
    expect(Object.keys(enver).sort()).toEqual(PUBLIC_FIELDS);
    expect(enver).toMatchObject({ id: "decision-enver-lift", organisation: "Enver", outcome: "LIFT", startDate: "2025-04-30", decisionDate: "2026-03-09" });
    expect(enver.summary).toMatch(/^De Inspectie Gezondheidszorg en Jeugd heeft het verscherpt toezicht op Enver/);

    // Nothing internal rides along: not the decision's comment, the rationale or any finding.
    const text = JSON.stringify(body);
    const decision = await db.closureDecision.findUniqueOrThrow({ where: { id: "decision-enver-lift" }, include: { proposal: true } });
    expect(text).not.toContain(decision.comment.slice(0, 40));
    expect(text).not.toContain(decision.proposal.rationale.slice(0, 40));
    const findings = await db.normAssessment.findMany({ where: { round: { trajectoryId: "traj-enver" } }, select: { findings: true } });
    for (const f of findings) expect(text).not.toContain(f.findings.slice(0, 40));
    expect(text).not.toMatch(/Sanne de Vries|Mirjam Jansen|Joris Bakker/);
  });

  it("shows one published decision, and 404 for unpublished or returned ones", async () => {
    const one = await anonymous(detailLoader as Loader, "/besluiten/decision-enver-lift", { id: "decision-enver-lift" });
    expect(one.status).toBe(200);
    expect(Object.keys((await one.json()).decision).sort()).toEqual(PUBLIC_FIELDS);
    // Kustregio's escalation is approved but not published.
    expect((await anonymous(detailLoader as Loader, "/besluiten/decision-kustregio-escalate", { id: "decision-kustregio-escalate" })).status).toBe(404);
    const returned = await db.closureDecision.create({
      data: { proposalId: "proposal-de-linde-lift", decision: "RETURNED", comment: "Intern", decidedById: "user-mirjam", decisionDate: "2026-11-05", publicSummary: "x", publishedAt: new Date() },
    });
    expect((await anonymous(detailLoader as Loader, `/besluiten/${returned.id}`, { id: returned.id })).status).toBe(404);
    expect((await (await anonymous(listLoader as Loader, "/besluiten")).json()).decisions).toHaveLength(1);
  });
});

describe("publishing a decision", () => {
  const KUSTREGIO = "traj-kustregio";
  const DECISION = "decision-kustregio-escalate";

  async function listed() {
    return (await (await anonymous(listLoader as Loader, "/besluiten")).json()).decisions.map((d: { id: string }) => d.id);
  }

  it("offers a plain-language draft, saves it unpublished, then publishes it; audited", async () => {
    const form = await (await callLoader(publishLoader as Loader, `/trajecten/${KUSTREGIO}/afsluiting/besluit/${DECISION}`, { id: KUSTREGIO, decisionId: DECISION }, await sessionCookieFor("teamleider@igj.example"))).json();
    expect(form.decision.publicSummary).toBeNull();
    expect(form.draft).toContain("Pleegzorg Kustregio");
    expect(form.draft).toContain("10 februari 2026");
    expect(form.draft).toContain("Aanwijzing");

    const summary = "De inspectie heeft Pleegzorg Kustregio op 10 februari 2026 een aanwijzing gegeven.";
    expect((await publish(KUSTREGIO, DECISION, { publicSummary: summary, previousSummary: "", previousPublishedAt: "" })).status).toBe(302);
    expect(await listed()).not.toContain(DECISION);
    expect((await publish(KUSTREGIO, DECISION, { publicSummary: summary, publish: "on", previousSummary: summary, previousPublishedAt: "" })).status).toBe(302);
    expect(await listed()).toContain(DECISION);
    const saved = await db.closureDecision.findUniqueOrThrow({ where: { id: DECISION } });
    expect(saved.publicSummary).toBe(summary);
    expect(saved.publishedAt).not.toBeNull();
    const actions = await db.auditEvent.findMany({ where: { entityId: DECISION, action: { in: ["decision.summary_edited", "decision.published"] } } });
    expect(actions.map((a) => a.action).sort()).toEqual(["decision.published", "decision.summary_edited"]);
  });

  it("refuses a stale save with 409 and the newer text, an empty summary with a field error, and non-managers", async () => {
    await publish(KUSTREGIO, DECISION, { publicSummary: "Eerste versie", previousSummary: "", previousPublishedAt: "" });
    const stale = await publish(KUSTREGIO, DECISION, { publicSummary: "Mijn versie", publish: "on", previousSummary: "", previousPublishedAt: "" });
    expect(stale.status).toBe(409);
    expect((await stale.json()).conflict.publicSummary).toBe("Eerste versie");
    const empty = await publish(KUSTREGIO, DECISION, { publicSummary: " ", previousSummary: "Eerste versie", previousPublishedAt: "" });
    expect(empty.status).toBe(400);
    expect(Object.keys((await empty.json()).errors)).toEqual(["publicSummary"]);
    expect((await publish(KUSTREGIO, DECISION, { publicSummary: "x", previousSummary: "Eerste versie" }, "inspecteur@igj.example")).status).toBe(403);
    expect((await publish(KUSTREGIO, DECISION, { publicSummary: "x", previousSummary: "Eerste versie" }, "enver@enver.example")).status).toBe(404);
    // A decision of another trajectory is not found through this one.
    expect((await publish("traj-enver", DECISION, { publicSummary: "x", previousSummary: "Eerste versie" })).status).toBe(404);
    const saved = await db.closureDecision.findUniqueOrThrow({ where: { id: DECISION } });
    expect(saved).toMatchObject({ publicSummary: "Eerste versie", publishedAt: null });
  });
});
