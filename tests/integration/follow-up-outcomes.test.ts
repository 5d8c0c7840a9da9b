import { beforeEach, describe, expect, it } from "vitest";
import { todayIso, addDays } from "~/domain/dates";
import { action, loader } from "~/routes/trajecten.$id.afsluiting._index";
import { loader as overviewLoader } from "~/routes/trajecten.$id._index";
import { callAction, callLoader, db } from "../support/assessment-fixtures";
import { seedDemoData } from "../support/database";
import { sessionCookieFor } from "../support/requests";

// Enver (demo): lifted on 9 March 2026 and in follow-up (FOLLOW_UP) with two open obligations,
// a sharpened plan and a report after the summer. Lead Sanne (inspecteur), manager Mirjam.
const ENVER = "traj-enver";
const path = `/trajecten/${ENVER}/afsluiting`;

const as = {
  lead: () => sessionCookieFor("inspecteur@igj.example"),
  outsider: () => sessionCookieFor("buiten@igj.example"),
  manager: () => sessionCookieFor("teamleider@igj.example"),
  organisation: () => sessionCookieFor("enver@enver.example"),
};

beforeEach(async () => {
  await seedDemoData();
  await db.user.create({ data: { id: "user-outsider", email: "buiten@igj.example", name: "B. Buiten", role: "INSPECTOR", passwordHash: "-" } });
});

const post = (fields: Record<string, string>, cookie: string) => callAction(action as never, path, { id: ENVER }, fields, cookie);

async function reportObligation() {
  return db.followUpObligation.findFirstOrThrow({ where: { trajectoryId: ENVER, kind: "REPORT" }, select: { id: true, title: true } });
}

async function recordOutcome(outcome: string, cookie?: string) {
  const { id } = await reportObligation();
  return post({ intent: "followUpOutcome", followUpId: id, outcome, judgement: "De rapportage laat zien dat het alleen spreken van kinderen niet is geborgd." }, cookie ?? (await as.lead()));
}

async function decide(fields: Record<string, string>, cookie?: string) {
  const outcome = await db.followUpOutcome.findFirstOrThrow({ where: { trajectoryId: ENVER }, select: { id: true, version: true } });
  return post(
    { intent: "followUpDecide", outcomeId: outcome.id, version: String(outcome.version), decisionDate: todayIso(), comment: "", ...fields },
    cookie ?? (await as.manager()),
  );
}

async function written() {
  const [outcomes, trajectories, links, changes, audit] = await Promise.all([
    db.followUpOutcome.findMany({ select: { id: true, decision: true, version: true } }),
    db.trajectory.findMany({ select: { id: true, status: true, deadline: true, version: true }, orderBy: { id: "asc" } }),
    db.trajectoryLink.count(),
    db.deadlineChange.count(),
    db.auditEvent.count(),
  ]);
  return { outcomes, trajectories, links, changes, audit };
}

describe("follow-up outcomes", () => {
  it("records an outcome with the inspector's judgement; met needs no decision", async () => {
    expect((await recordOutcome("MET")).status).toBe(302);
    const { id } = await reportObligation();
    expect(await db.followUpObligation.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "MET" });
    const page = (await (await callLoader(loader as never, path, { id: ENVER }, await as.manager())).json()) as { awaiting: unknown[] };
    expect(page.awaiting).toEqual([]);
    expect(await db.auditEvent.findFirst({ where: { action: "followUp.outcome_recorded" }, orderBy: { id: "desc" }, select: { after: true } })).toMatchObject({
      after: expect.stringContaining('"outcome":"MET"'),
    });
  });

  it("leads a not-met outcome, by a manager's decision, back into enhanced supervision with a new deadline", async () => {
    expect((await recordOutcome("NOT_MET")).status).toBe(302);
    // Until a manager decides, the trajectory cannot be archived.
    const page = (await (await callLoader(loader as never, path, { id: ENVER }, await as.manager())).json()) as { awaiting: { mayDecide: boolean }[]; canArchive: boolean };
    expect(page.awaiting).toEqual([expect.objectContaining({ mayDecide: true })]);
    const newDeadline = addDays(todayIso(), 120);
    expect((await decide({ decision: "RESUME_SUPERVISION", newDeadline })).status).toBe(302);
    expect(await db.trajectory.findUniqueOrThrow({ where: { id: ENVER }, select: { status: true, deadline: true } })).toEqual({ status: "ACTIVE", deadline: newDeadline });
    // The reason is stored as a code (decision 007) and shown in the reader's language.
    const change = await db.deadlineChange.findFirstOrThrow({
      where: { trajectoryId: ENVER },
      orderBy: { createdAt: "desc" },
      select: { newDeadline: true, reason: true, reasonCode: true, reasonParams: true },
    });
    expect(change).toEqual({ newDeadline, reason: "", reasonCode: "RESUMED_AFTER_FOLLOW_UP", reasonParams: JSON.stringify({ decisionDate: todayIso() }) });
    const shown = (await (await callLoader(loader as never, path, { id: ENVER }, await as.manager())).json()) as { facts: { deadlineChanges: { reason: string }[] } };
    expect(shown.facts.deadlineChanges[0]?.reason).toContain("Terug onder verscherpt toezicht");
    const actions = (await db.auditEvent.findMany({ where: { trajectoryId: ENVER }, orderBy: { id: "desc" }, take: 4, select: { action: true } })).map((a) => a.action);
    expect(actions.reverse()).toEqual(["followUp.outcome_recorded", "followUp.decided", "trajectory.status_changed", "trajectory.deadline_changed"]);
  });

  it("opens a new trajectory linked to the old one, shown in both directions", async () => {
    expect((await recordOutcome("PARTLY_MET")).status).toBe(302);
    expect((await decide({ decision: "NEW_TRAJECTORY", durationMonths: "6" })).status).toBe(302);
    const link = await db.trajectoryLink.findFirstOrThrow({ where: { fromId: ENVER }, select: { to: { select: { id: true, reference: true, status: true, organisationId: true, leadInspectorId: true } } } });
    const old = await db.trajectory.findUniqueOrThrow({ where: { id: ENVER }, select: { organisationId: true, leadInspectorId: true, reference: true, status: true } });
    expect(link.to).toMatchObject({ status: "ACTIVE", organisationId: old.organisationId, leadInspectorId: old.leadInspectorId });
    expect(old.status).toBe("FOLLOW_UP");

    const from = (await (await callLoader(overviewLoader as never, `/trajecten/${ENVER}`, { id: ENVER }, await as.organisation())).json()) as { links: { followedBy: { reference: string }[] } };
    expect(from.links.followedBy).toEqual([expect.objectContaining({ reference: link.to.reference })]);
    const to = (await (await callLoader(overviewLoader as never, `/trajecten/${link.to.id}`, { id: link.to.id }, await as.lead())).json()) as { links: { follows: { reference: string }[] } };
    expect(to.links.follows).toEqual([expect.objectContaining({ reference: old.reference })]);
  });
});

describe("refusals of follow-up outcomes", () => {
  it("refuses deciding on an outcome one recorded oneself (four eyes) and writes nothing", async () => {
    await recordOutcome("NOT_MET");
    const manager = await db.user.findUniqueOrThrow({ where: { email: "teamleider@igj.example" }, select: { id: true } });
    await db.followUpOutcome.updateMany({ where: { trajectoryId: ENVER }, data: { recordedById: manager.id } });
    const before = await written();
    expect((await decide({ decision: "NO_FURTHER_ACTION" })).status).toBe(403);
    // The inspector is no manager.
    expect((await decide({ decision: "NO_FURTHER_ACTION" }, await as.lead())).status).toBe(403);
    expect(await written()).toEqual(before);
  });

  it("refuses a second outcome, a second decision, a stale version, and outsiders; nothing is written", async () => {
    await recordOutcome("NOT_MET");
    let before = await written();
    expect((await recordOutcome("MET")).status).toBe(409);
    expect((await recordOutcome("MET", await as.outsider())).status).toBe(403);
    expect((await recordOutcome("MET", await as.organisation())).status).toBe(403);
    const outcome = await db.followUpOutcome.findFirstOrThrow({ where: { trajectoryId: ENVER }, select: { id: true, version: true } });
    const stale = await post({ intent: "followUpDecide", outcomeId: outcome.id, version: String(outcome.version + 1), decisionDate: todayIso(), decision: "NO_FURTHER_ACTION" }, await as.manager());
    expect(stale.status).toBe(409);
    expect(await written()).toEqual(before);

    expect((await decide({ decision: "NO_FURTHER_ACTION" })).status).toBe(302);
    before = await written();
    expect((await decide({ decision: "RESUME_SUPERVISION", newDeadline: addDays(todayIso(), 30) })).status).toBe(409);
    expect(await written()).toEqual(before);
  });

  it("needs a new deadline after the decision date to resume, and a duration for a new trajectory", async () => {
    await recordOutcome("NOT_MET");
    const before = await written();
    const noDeadline = await decide({ decision: "RESUME_SUPERVISION" });
    expect(noDeadline.status).toBe(400);
    expect(((await noDeadline.json()) as { errors: Record<string, string[]> }).errors.newDeadline).toBeDefined();
    const past = await decide({ decision: "RESUME_SUPERVISION", newDeadline: todayIso() });
    expect(((await past.json()) as { errors: Record<string, string[]> }).errors.newDeadline).toBeDefined();
    const noMonths = await decide({ decision: "NEW_TRAJECTORY", durationMonths: "99" });
    expect(((await noMonths.json()) as { errors: Record<string, string[]> }).errors.durationMonths).toBeDefined();
    expect(await written()).toEqual(before);
  });

  it("does not resume supervision of a trajectory no longer in follow-up, and writes nothing", async () => {
    await recordOutcome("NOT_MET");
    await db.trajectory.update({ where: { id: ENVER }, data: { status: "ARCHIVED" } });
    const before = await written();
    const response = await decide({ decision: "RESUME_SUPERVISION", newDeadline: addDays(todayIso(), 90) });
    expect(response.status).toBe(409);
    expect(await written()).toEqual(before);
  });
});
