import { beforeEach, describe, expect, it } from "vitest";
import { addDays } from "~/domain/dates";
import { action as closureAction, loader as closureLoader } from "~/routes/trajecten.$id.afsluiting._index";
import { action as proposeAction, loader as proposeLoader } from "~/routes/trajecten.$id.afsluiting.voorstel";
import { callAction, callLoader, db } from "../support/assessment-fixtures";
import { onDay } from "../support/clock";
import { seedDemoData } from "../support/database";
import { sessionCookieFor } from "../support/requests";
import { loader as reportLoader } from "~/routes/trajecten.$id.rapportages.$requestId";
import { localeCookie } from "~/utils/locale.server";

// The day these tests run on, whatever the real date (the demo data is written up to it).
const TODAY = onDay("2026-12-02");

// Horizon: ACTIVE, lead inspecteur2 (Joris), no team. De Linde: a pending LIFT by Joris after an
// approved extension. Enver: lifted on 9 March 2026 with two open follow-up obligations.
const HORIZON = "traj-horizon";
const DE_LINDE = "traj-de-linde";

const as = {
  lead: () => sessionCookieFor("inspecteur2@igj.example"),
  otherInspector: () => sessionCookieFor("inspecteur@igj.example"),
  manager: () => sessionCookieFor("teamleider@igj.example"),
  secondManager: () => sessionCookieFor("hoofdinspecteur@igj.example"),
  organisation: () => sessionCookieFor("gebruiker@horizon.example"),
  otherOrganisation: () => sessionCookieFor("enver@enver.example"),
};

beforeEach(async () => {
  await seedDemoData();
  await db.user.create({ data: { id: "user-manager-2", email: "hoofdinspecteur@igj.example", name: "Hanna Hoofd", role: "MANAGER", passwordHash: "-" } });
});

const base = (id: string) => `/trajecten/${id}/afsluiting`;

async function version(id: string) {
  return (await db.trajectory.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

async function propose(id: string, fields: Record<string, string | string[]>, cookie?: string) {
  return callAction(
    proposeAction as never,
    `${base(id)}/voorstel`,
    { id },
    { version: String(await version(id)), ...fields } as Record<string, string>,
    cookie ?? (await as.lead()),
  );
}

async function pendingProposal(id: string) {
  return db.closureProposal.findFirstOrThrow({ where: { trajectoryId: id, status: "PENDING" }, select: { id: true, version: true } });
}

async function decide(id: string, fields: Record<string, string>, cookie?: string) {
  const proposal = await pendingProposal(id);
  return callAction(
    closureAction as never,
    base(id),
    { id },
    { intent: "decide", proposalId: proposal.id, version: String(proposal.version), decisionDate: TODAY, comment: "", ...fields },
    cookie ?? (await as.manager()),
  );
}

/** Row counts of everything closing writes: equal before and after means nothing was written. */
async function written() {
  const [proposals, decisions, followUps, requests, measures, changes, audit, trajectories] = await Promise.all([
    db.closureProposal.count(),
    db.closureDecision.count(),
    db.followUpObligation.count(),
    db.progressReportRequest.count(),
    db.enforcementMeasure.count(),
    db.deadlineChange.count(),
    db.auditEvent.count(),
    db.trajectory.findMany({ select: { id: true, status: true, version: true, deadline: true }, orderBy: { id: "asc" } }),
  ]);
  return { proposals, decisions, followUps, requests, measures, changes, audit, trajectories };
}

const LIFT = {
  outcome: "LIFT",
  rationale: "Alle normen voldoen (grotendeels).",
  "followUps.0.title": "Aangescherpt verbeterplan",
  "followUps.0.kind": "IMPROVEMENT_PLAN",
  "followUps.0.dueDate": "2027-02-01",
  "followUps.1.title": "Rapportage na de zomer",
  "followUps.1.kind": "REPORT",
  "followUps.1.dueDate": "2027-09-30",
};

describe("closure proposals", () => {
  it("lets the lead inspector propose a lift with follow-ups and records the norm summary", async () => {
    const response = await propose(HORIZON, LIFT);
    expect(response.status).toBe(302);
    const trajectory = await db.trajectory.findUniqueOrThrow({ where: { id: HORIZON } });
    expect(trajectory.status).toBe("CLOSURE_PROPOSED");
    const proposal = await db.closureProposal.findFirstOrThrow({ where: { trajectoryId: HORIZON } });
    expect(proposal).toMatchObject({ outcome: "LIFT", status: "PENDING", proposedById: "user-joris" });
    expect(JSON.parse(proposal.followUps)).toEqual([
      { title: "Aangescherpt verbeterplan", kind: "IMPROVEMENT_PLAN", dueDate: "2027-02-01" },
      { title: "Rapportage na de zomer", kind: "REPORT", dueDate: "2027-09-30" },
    ]);
    const summary = JSON.parse(proposal.normSummary) as { code: string; baseline: string | null; latest: string | null }[];
    expect(summary).toHaveLength(9);
    const baseline = await db.normAssessment.findFirstOrThrow({ where: { normId: "norm-pz-1", round: { trajectoryId: HORIZON, kind: "BASELINE" } } });
    expect(summary[0]).toMatchObject({ code: "PZ-1", baseline: baseline.rating, latest: baseline.rating });
    const actions = await db.auditEvent.findMany({ where: { trajectoryId: HORIZON, entityId: { in: [proposal.id, HORIZON] } }, orderBy: { id: "desc" }, take: 2 });
    expect(actions.map((a) => a.action).sort()).toEqual(["proposal.created", "trajectory.status_changed"]);
  });

  it("refuses anyone but the lead inspector, and another organisation gets 404", async () => {
    const before = await written();
    expect((await propose(HORIZON, LIFT, await as.otherInspector())).status).toBe(403);
    expect((await propose(HORIZON, LIFT, await as.manager())).status).toBe(403);
    expect((await propose(HORIZON, LIFT, await as.organisation())).status).toBe(403);
    expect((await propose(HORIZON, LIFT, await as.otherOrganisation())).status).toBe(404);
    expect((await callLoader(proposeLoader as never, `${base(HORIZON)}/voorstel`, { id: HORIZON }, await as.otherInspector())).status).toBe(403);
    expect((await callLoader(closureLoader as never, base(HORIZON), { id: HORIZON }, await as.organisation())).status).toBe(403);
    expect((await callLoader(closureLoader as never, base(HORIZON), { id: HORIZON }, await as.otherOrganisation())).status).toBe(404);
    expect(await written()).toEqual(before);
  });

  it("answers bad input with field errors and writes nothing", async () => {
    const before = await written();
    const empty = await propose(HORIZON, { outcome: "", rationale: " " });
    expect(empty.status).toBe(400);
    expect(Object.keys((await empty.json()).errors).sort()).toEqual(["outcome", "rationale"]);

    const extend = await propose(HORIZON, { outcome: "EXTEND", rationale: "Meer tijd", newDeadline: "" });
    expect(Object.keys((await extend.json()).errors)).toEqual(["newDeadline"]);
    const earlier = await propose(HORIZON, { outcome: "EXTEND", rationale: "Meer tijd", newDeadline: "2026-01-01" });
    expect(earlier.status).toBe(400);
    expect(Object.keys((await earlier.json()).errors)).toEqual(["newDeadline"]);

    const escalate = await propose(HORIZON, { outcome: "ESCALATE", rationale: "Onvoldoende", measureTypeId: "amt-nope", measureDetails: "x" });
    expect(Object.keys((await escalate.json()).errors)).toEqual(["measureTypeId"]);

    const partialRow = await propose(HORIZON, { outcome: "LIFT", rationale: "Ok", "followUps.2.title": "Alleen een titel", "followUps.1.dueDate": "31-2-2027" });
    expect(Object.keys((await partialRow.json()).errors).sort()).toEqual([
      "followUps.1.dueDate",
      "followUps.1.kind",
      "followUps.1.title",
      "followUps.2.dueDate",
      "followUps.2.kind",
    ]);

    const notTeam = await propose(HORIZON, { ...LIFT, coAuthorIds: ["user-sanne"] });
    expect(Object.keys((await notTeam.json()).errors)).toEqual(["coAuthorIds"]);
    expect(await written()).toEqual(before);
  });

  it("refuses a proposal made from a stale page with 409", async () => {
    const stale = String(await version(HORIZON));
    expect((await propose(HORIZON, LIFT)).status).toBe(302);
    const before = await written();
    const second = await callAction(proposeAction as never, `${base(HORIZON)}/voorstel`, { id: HORIZON }, { ...LIFT, version: stale }, await as.lead());
    // The trajectory is now "closure proposed": the lead may not propose again at all.
    expect(second.status).toBe(403);
    expect(await written()).toEqual(before);
  });
});

describe("four eyes", () => {
  it("refuses the proposer, a co-author, a manager who proposed or co-authored, and non-managers; nothing is written", async () => {
    await db.trajectoryMember.create({ data: { trajectoryId: HORIZON, userId: "user-sanne" } });
    expect((await propose(HORIZON, { ...LIFT, coAuthorIds: ["user-sanne"] })).status).toBe(302);
    const before = await written();
    for (const cookie of [await as.lead(), await as.otherInspector(), await as.organisation()]) {
      expect((await decide(HORIZON, { decision: "APPROVED" }, cookie)).status).toBe(403);
    }
    expect((await decide(HORIZON, { decision: "APPROVED" }, await as.otherOrganisation())).status).toBe(404);

    // Managers cannot propose through the form, so put their names on proposals directly.
    const proposal = await pendingProposal(HORIZON);
    await db.closureProposalCoAuthor.create({ data: { proposalId: proposal.id, userId: "user-manager-2" } });
    const withCoAuthor = await written();
    expect((await decide(HORIZON, { decision: "APPROVED" }, await as.secondManager())).status).toBe(403);
    await db.closureProposal.update({ where: { id: proposal.id }, data: { proposedById: "user-mirjam" } });
    expect((await decide(HORIZON, { decision: "RETURNED", comment: "Nee" }, await as.manager())).status).toBe(403);
    expect(await written()).toEqual(withCoAuthor);
    expect(withCoAuthor.decisions).toBe(before.decisions);
  });

  it("hides the decision form from the proposer and says why", async () => {
    await propose(HORIZON, LIFT);
    const asLead = await (await callLoader(closureLoader as never, base(HORIZON), { id: HORIZON }, await as.lead())).json();
    expect(asLead.decider).toEqual({ canDecide: false, involved: true, isManager: false });
    const asManager = await (await callLoader(closureLoader as never, base(HORIZON), { id: HORIZON }, await as.manager())).json();
    expect(asManager.decider).toEqual({ canDecide: true, involved: false, isManager: true });
  });
});

describe("decisions", () => {
  it("approves a lift: lifted, then follow-up with obligations and a report request on every norm, audited", async () => {
    await propose(HORIZON, LIFT);
    const response = await decide(HORIZON, { decision: "APPROVED", decisionDate: "2026-06-01", comment: "Akkoord" });
    expect(response.status).toBe(302);
    const trajectory = await db.trajectory.findUniqueOrThrow({ where: { id: HORIZON } });
    expect(trajectory.status).toBe("FOLLOW_UP");
    const decision = await db.closureDecision.findFirstOrThrow({ where: { proposal: { trajectoryId: HORIZON } } });
    expect(decision).toMatchObject({ decision: "APPROVED", decisionDate: "2026-06-01", decidedById: "user-mirjam", comment: "Akkoord" });
    const followUps = await db.followUpObligation.findMany({ where: { trajectoryId: HORIZON }, orderBy: { dueDate: "asc" } });
    expect(followUps.map((f) => [f.kind, f.title, f.dueDate, f.status, f.decisionId])).toEqual([
      ["IMPROVEMENT_PLAN", "Aangescherpt verbeterplan", "2027-02-01", "OPEN", decision.id],
      ["REPORT", "Rapportage na de zomer", "2027-09-30", "OPEN", decision.id],
    ]);
    const request = await db.progressReportRequest.findFirstOrThrow({ where: { followUpId: followUps[1]!.id }, include: { norms: true } });
    expect(request).toMatchObject({ trajectoryId: HORIZON, status: "REQUESTED", dueDate: "2027-09-30" });
    expect(request.norms).toHaveLength(9);
    expect(await db.progressReportRequest.count({ where: { followUpId: followUps[0]!.id } })).toBe(0);
    const statuses = await db.auditEvent.findMany({ where: { trajectoryId: HORIZON, action: "trajectory.status_changed" }, orderBy: { id: "asc" } });
    expect(statuses.slice(-3).map((e) => JSON.parse(e.after ?? "{}").status)).toEqual(["CLOSURE_PROPOSED", "LIFTED", "FOLLOW_UP"]);
    expect(await db.auditEvent.count({ where: { trajectoryId: HORIZON, action: { in: ["decision.approved", "followUp.created", "report.requested"] }, createdAt: { gte: decision.decidedAt } } })).toBe(4);
  });

  it("approves a lift without obligations: the trajectory stays lifted", async () => {
    await propose(HORIZON, { outcome: "LIFT", rationale: "Klaar" });
    await decide(HORIZON, { decision: "APPROVED" });
    expect((await db.trajectory.findUniqueOrThrow({ where: { id: HORIZON } })).status).toBe("LIFTED");
    expect(await db.followUpObligation.count({ where: { trajectoryId: HORIZON } })).toBe(0);
  });

  it("approves an extension: new deadline, old deadline kept in the history", async () => {
    const { deadline } = await db.trajectory.findUniqueOrThrow({ where: { id: HORIZON } });
    await propose(HORIZON, { outcome: "EXTEND", rationale: "Meer tijd nodig", newDeadline: "2027-03-31" });
    expect((await decide(HORIZON, { decision: "APPROVED" })).status).toBe(302);
    const trajectory = await db.trajectory.findUniqueOrThrow({ where: { id: HORIZON } });
    expect(trajectory).toMatchObject({ status: "EXTENDED", deadline: "2027-03-31" });
    const change = await db.deadlineChange.findFirstOrThrow({ where: { trajectoryId: HORIZON } });
    expect(change).toMatchObject({ previousDeadline: deadline, newDeadline: "2027-03-31", changedById: "user-mirjam" });
    const page = await (await callLoader(closureLoader as never, base(HORIZON), { id: HORIZON }, await as.manager())).json();
    expect(page.facts.deadlineChanges[0]).toMatchObject({ previousDeadline: deadline, newDeadline: "2027-03-31" });
  });

  it("stores the extension's reason and the follow-up report's instructions as codes, read in each reader's language", async () => {
    // Everyone involved works in Dutch; the second manager and the organisation read in English.
    const inLanguage = async (cookie: string, locale: "nl" | "en") => `${cookie}; ${(await localeCookie.serialize(locale)).split(";")[0]}`;
    const dutchManager = await inLanguage(await as.manager(), "nl");
    await propose(HORIZON, { outcome: "EXTEND", rationale: "Meer tijd nodig", newDeadline: "2027-03-31" }, await inLanguage(await as.lead(), "nl"));
    expect((await decide(HORIZON, { decision: "APPROVED", decisionDate: "2026-06-01" }, dutchManager)).status).toBe(302);
    const change = await db.deadlineChange.findFirstOrThrow({ where: { trajectoryId: HORIZON } });
    expect(change).toMatchObject({ reason: "", reasonCode: "EXTENDED_BY_DECISION", reasonParams: JSON.stringify({ decisionDate: "2026-06-01" }) });
    const reasonFor = async (cookie: string) =>
      (await (await callLoader(closureLoader as never, base(HORIZON), { id: HORIZON }, cookie)).json()).facts.deadlineChanges[0].reason;
    expect(await reasonFor(await inLanguage(await as.secondManager(), "en"))).toBe("Extended by the decision of 1 June 2026 on the closure proposal.");
    expect(await reasonFor(dutchManager)).toBe("Verlengd bij besluit van 1 juni 2026 op het afsluitingsvoorstel.");

    // The follow-up report a lift creates: standard instructions as a code.
    await propose(HORIZON, LIFT, await inLanguage(await as.lead(), "nl"));
    expect((await decide(HORIZON, { decision: "APPROVED", decisionDate: "2026-06-02" }, dutchManager)).status).toBe(302);
    const request = await db.progressReportRequest.findFirstOrThrow({ where: { trajectoryId: HORIZON, followUpId: { not: null } } });
    expect(request).toMatchObject({ instructions: "", instructionsCode: "FOLLOW_UP_REPORT" });
    const path = `/trajecten/${HORIZON}/rapportages/${request.id}`;
    const page = await (await callLoader(reportLoader as never, path, { id: HORIZON, requestId: request.id }, await inLanguage(await as.organisation(), "en"))).json();
    expect(page.report.instructions).toMatch(/^Describe per norm how you have secured the improvements/);
  });

  it("approves an escalation: the measure is in force from the decision date and the trajectory stays under supervision", async () => {
    await propose(HORIZON, { outcome: "ESCALATE", rationale: "Onvoldoende verbetering", measureTypeId: "amt-last-onder-dwangsom", measureDetails: "Last onder dwangsom: PZ-1 op orde" });
    expect((await decide(HORIZON, { decision: "APPROVED", decisionDate: "2026-07-01", measureDueDate: "2026-10-01" })).status).toBe(302);
    expect((await db.trajectory.findUniqueOrThrow({ where: { id: HORIZON } })).status).toBe("ESCALATED");
    const decision = await db.closureDecision.findFirstOrThrow({ where: { proposal: { trajectoryId: HORIZON } } });
    const measure = await db.enforcementMeasure.findFirstOrThrow({ where: { trajectoryId: HORIZON } });
    expect(measure).toMatchObject({
      typeId: "amt-last-onder-dwangsom",
      description: "Last onder dwangsom: PZ-1 op orde",
      imposedOn: "2026-07-01",
      dueDate: "2026-10-01",
      status: "IN_FORCE",
      decisionId: decision.id,
    });
    // Still under supervision: the lead may propose again.
    expect((await callLoader(proposeLoader as never, `${base(HORIZON)}/voorstel`, { id: HORIZON }, await as.lead())).status).toBe(200);
  });

  it("returns a proposal with a comment; the proposer revises it and the history keeps both", async () => {
    await propose(HORIZON, LIFT);
    const before = await written();
    const noComment = await decide(HORIZON, { decision: "RETURNED", comment: "" });
    expect(noComment.status).toBe(400);
    expect(Object.keys((await noComment.json()).errors)).toEqual(["comment"]);
    const future = await decide(HORIZON, { decision: "APPROVED", decisionDate: addDays(TODAY, 1) });
    expect(Object.keys((await future.json()).errors)).toEqual(["decisionDate"]);
    expect(await written()).toEqual(before);

    expect((await decide(HORIZON, { decision: "RETURNED", comment: "Onderbouw PZ-9 beter." })).status).toBe(302);
    expect((await db.trajectory.findUniqueOrThrow({ where: { id: HORIZON } })).status).toBe("ACTIVE");
    const form = await (await callLoader(proposeLoader as never, `${base(HORIZON)}/voorstel`, { id: HORIZON }, await as.lead())).json();
    expect(form.returned).toMatchObject({ outcome: "LIFT", comment: "Onderbouw PZ-9 beter.", returnedBy: "Mirjam Jansen" });

    expect((await propose(HORIZON, { ...LIFT, rationale: "Herzien: PZ-9 voldoet grotendeels." })).status).toBe(302);
    // Both proposals are kept. The test's clock stands still, so both carry the same createdAt and
    // their order is the engine's choice (PostgreSQL gives none): compare them as a set.
    const proposals = await db.closureProposal.findMany({ where: { trajectoryId: HORIZON } });
    expect(proposals.map((p) => p.status).sort()).toEqual(["PENDING", "RETURNED"]);
    const page = await (await callLoader(closureLoader as never, base(HORIZON), { id: HORIZON }, await as.manager())).json();
    expect(page.pending.rationale).toBe("Herzien: PZ-9 voldoet grotendeels.");
    expect(page.history).toHaveLength(1);
    expect(page.history[0].decisions[0]).toMatchObject({ decision: "RETURNED", comment: "Onderbouw PZ-9 beter." });
  });

  it("returns a proposal on an extended trajectory to extended", async () => {
    expect((await decide(DE_LINDE, { decision: "RETURNED", comment: "Eerst PZ-8 op orde" })).status).toBe(302);
    expect((await db.trajectory.findUniqueOrThrow({ where: { id: DE_LINDE } })).status).toBe("EXTENDED");
  });

  it("lets exactly one of two managers deciding at once win; the other gets 409", async () => {
    const proposal = await pendingProposal(DE_LINDE);
    const fields = { intent: "decide", proposalId: proposal.id, version: String(proposal.version), decisionDate: TODAY };
    const [a, b] = await Promise.all([
      callAction(closureAction as never, base(DE_LINDE), { id: DE_LINDE }, { ...fields, decision: "APPROVED", comment: "" }, await as.manager()),
      callAction(closureAction as never, base(DE_LINDE), { id: DE_LINDE }, { ...fields, decision: "RETURNED", comment: "Nee" }, await as.secondManager()),
    ]);
    expect([a.status, b.status].sort()).toEqual([302, 409]);
    const decisions = await db.closureDecision.findMany({ where: { proposalId: proposal.id } });
    expect(decisions).toHaveLength(1);
    const status = (await db.trajectory.findUniqueOrThrow({ where: { id: DE_LINDE } })).status;
    expect(status).toBe(decisions[0]!.decision === "APPROVED" ? "FOLLOW_UP" : "EXTENDED");
  });
});

describe("after closure", () => {
  it("marks obligations met and archives once none is open", async () => {
    const enver = "traj-enver";
    const archive = async () =>
      callAction(closureAction as never, base(enver), { id: enver }, { intent: "archive", version: String(await version(enver)) }, await as.manager());
    const blocked = await archive();
    expect(blocked.status).toBe(400);
    expect((await db.trajectory.findUniqueOrThrow({ where: { id: enver } })).status).toBe("FOLLOW_UP");

    const followUps = await db.followUpObligation.findMany({ where: { trajectoryId: enver } });
    expect(followUps).toHaveLength(2);
    const organisationTry = await callAction(closureAction as never, base(enver), { id: enver }, { intent: "followUpMet", followUpId: followUps[0]!.id }, await as.otherOrganisation());
    expect(organisationTry.status).toBe(403);
    for (const f of followUps) {
      const r = await callAction(closureAction as never, base(enver), { id: enver }, { intent: "followUpMet", followUpId: f.id }, await sessionCookieFor("inspecteur@igj.example"));
      expect(r.status).toBe(302);
    }
    expect(await db.followUpObligation.count({ where: { trajectoryId: enver, status: "MET" } })).toBe(2);
    expect((await callAction(closureAction as never, base(enver), { id: enver }, { intent: "archive", version: String(await version(enver)) }, await as.lead())).status).toBe(403);
    expect((await archive()).status).toBe(302);
    expect((await db.trajectory.findUniqueOrThrow({ where: { id: enver } })).status).toBe("ARCHIVED");
  });

  it("shows the Enver demo as it happened: the lift decision of 9 March 2026 and open follow-ups", async () => {
    const page = await (await callLoader(closureLoader as never, base("traj-enver"), { id: "traj-enver" }, await as.manager())).json();
    expect(page.pending).toBeNull();
    expect(page.history[0]).toMatchObject({ outcome: "LIFT", status: "APPROVED", coAuthorNames: ["Joris Bakker"] });
    expect(page.history[0].decisions[0]).toMatchObject({ decision: "APPROVED", decisionDate: "2026-03-09" });
    expect(page.history[0].normSummary).toHaveLength(9);
    expect(page.facts.followUps.map((f: { status: string }) => f.status)).toEqual(["OPEN", "OPEN"]);
    expect(page.canArchive).toBe(false);
  });
});

describe("enforcement measure types", () => {
  it("lets an administrator add a type that escalation proposals then offer; refuses duplicates, bad codes and other roles", async () => {
    const { action: typesAction } = await import("~/routes/beheer.maatregeltypen");
    const add = async (fields: Record<string, string>, email = "beheer@igj.example") =>
      callAction(typesAction as never, "/beheer/maatregeltypen", {}, fields, await sessionCookieFor(email));
    const count = () => db.enforcementMeasureType.count();
    const before = await count();

    expect((await add({ code: "bestuurlijke_boete", nameNl: "Bestuurlijke boete", nameEn: "Administrative fine" })).status).toBe(302);
    expect(await db.enforcementMeasureType.findUniqueOrThrow({ where: { code: "BESTUURLIJKE_BOETE" } })).toMatchObject({ nameNl: "Bestuurlijke boete" });
    expect(await db.auditEvent.count({ where: { action: "measureType.created" } })).toBe(1);

    const duplicate = await add({ code: "AANWIJZING", nameNl: "Nog een", nameEn: "Another" });
    expect(duplicate.status).toBe(400);
    expect(Object.keys((await duplicate.json()).errors)).toEqual(["code"]);
    const bad = await add({ code: "1 fout", nameNl: "", nameEn: "x" });
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(["code", "nameNl"]);
    expect((await add({ code: "BEVEL_2", nameNl: "x", nameEn: "x" }, "teamleider@igj.example")).status).toBe(403);
    expect((await add({ code: "BEVEL_3", nameNl: "x", nameEn: "x" }, "inspecteur@igj.example")).status).toBe(403);
    expect(await count()).toBe(before + 1);

    const form = await (await callLoader(proposeLoader as never, `${base(HORIZON)}/voorstel`, { id: HORIZON }, await as.lead())).json();
    expect(form.options.measureTypes.map((t: { code: string }) => t.code)).toContain("BESTUURLIJKE_BOETE");
  });
});
