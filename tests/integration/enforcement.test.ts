import { beforeEach, describe, expect, it } from "vitest";
import { todayIso } from "~/domain/dates";
import { dueItemsPage } from "~/models/deadline.server";
import { action, loader } from "~/routes/trajecten.$id.handhaving";
import { callAction, callLoader, db } from "../support/assessment-fixtures";
import { seedDemoData } from "../support/database";
import { sessionCookieFor } from "../support/requests";

// Kustregio (demo): escalated; an aanwijzing (instruction order) in force since 10 February 2026,
// due 10 August 2026, whose compliance check (the unannounced visit of 3 September) has no
// finding yet. Lead Sanne (inspecteur), team member Joris (inspecteur2), manager Mirjam.
const KUSTREGIO = "traj-kustregio";
const AANWIJZING = "admin-kustregio-aanwijzing";
const PENALTY_TYPE = "amt-last-onder-dwangsom";
const path = `/trajecten/${KUSTREGIO}/handhaving`;

const as = {
  lead: () => sessionCookieFor("inspecteur@igj.example"),
  member: () => sessionCookieFor("inspecteur2@igj.example"),
  manager: () => sessionCookieFor("teamleider@igj.example"),
  secondManager: () => sessionCookieFor("hoofdinspecteur@igj.example"),
  ownOrganisation: () => sessionCookieFor("contact@kustregio.example"),
  otherOrganisation: () => sessionCookieFor("enver@enver.example"),
};

beforeEach(async () => {
  await seedDemoData();
  await db.user.create({ data: { id: "user-manager-2", email: "hoofdinspecteur@igj.example", name: "Hanna Hoofd", role: "MANAGER", passwordHash: "-" } });
  await db.user.create({
    data: { id: "user-kustregio", email: "contact@kustregio.example", name: "K. Contact", role: "ORGANISATION", organisationId: "org-kustregio", passwordHash: "-" },
  });
});

async function measure(id: string) {
  return db.enforcementMeasure.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, closedOn: true, predecessorId: true } });
}

async function post(fields: Record<string, string>, cookie: string) {
  return callAction(action as never, path, { id: KUSTREGIO }, fields, cookie);
}

async function finding(measureId: string, fields: Record<string, string>, cookie?: string) {
  const { version } = await measure(measureId);
  return post(
    { intent: "finding", measureId, version: String(version), checkDate: todayIso(), evidence: "Twintig dossiers ingezien.", ...fields },
    cookie ?? (await as.lead()),
  );
}

async function proposedCheck(measureId: string) {
  return db.complianceCheck.findFirstOrThrow({ where: { measureId, status: "PROPOSED" }, select: { id: true } });
}

async function decide(measureId: string, fields: Record<string, string>, cookie?: string) {
  const [{ version }, check] = await Promise.all([measure(measureId), proposedCheck(measureId)]);
  return post(
    { intent: "decideCheck", measureId, checkId: check.id, version: String(version), decisionDate: todayIso(), comment: "", decision: "APPROVED", ...fields },
    cookie ?? (await as.manager()),
  );
}

/** Everything the ladder writes: equal before and after means nothing was written. */
async function written() {
  const [measures, checks, audit] = await Promise.all([
    db.enforcementMeasure.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: "asc" } }),
    db.complianceCheck.findMany({ select: { id: true, status: true, version: true, finding: true }, orderBy: { id: "asc" } }),
    db.auditEvent.count(),
  ]);
  return { measures, checks, audit };
}

describe("the enforcement ladder", () => {
  it("shows Kustregio's aanwijzing in force with its check planned and the judgement still to follow", async () => {
    const page = await callLoader(loader as never, path, { id: KUSTREGIO }, await as.manager());
    expect(page.status).toBe(200);
    const { measures } = (await page.json()) as { measures: { measure: { status: string; checks: { status: string; finding: string | null }[] } }[] };
    expect(measures).toHaveLength(1);
    expect(measures[0]!.measure.status).toBe("IN_FORCE");
    expect(measures[0]!.measure.checks).toEqual([expect.objectContaining({ status: "PLANNED", finding: null })]);

    // The judgement is owed from the day of the check; the inspectorate sees it, the organisation not.
    const inspectorate = await dueItemsPage({ kind: "trajectory", trajectoryId: KUSTREGIO }, {}, { skip: 0, take: 50 }, "2026-09-10");
    expect(inspectorate.items).toContainEqual(expect.objectContaining({ kind: "complianceCheck", dueDate: "2026-09-03", overdue: true, title: "Aanwijzing", titleEn: "Instruction order" }));
    // While a check is open, the measure's own deadline is no longer what is owed.
    expect(inspectorate.items.some((i) => i.kind === "enforcement")).toBe(false);
    const organisation = await dueItemsPage({ kind: "organisation", organisationId: "org-kustregio" }, {}, { skip: 0, take: 50 }, "2026-09-10");
    expect(organisation.items.some((i) => i.kind === "complianceCheck")).toBe(false);
  });

  it("runs instruction → not complied → penalty order decided by a manager → complied → ended, each step audited", async () => {
    const before = await db.auditEvent.count();
    const recorded = await finding(AANWIJZING, {
      finding: "NOT_COMPLIED",
      evidence: "De ontwikkeling wordt nog niet bij alle kinderen vastgelegd.",
      consequence: "NEXT",
      nextTypeId: PENALTY_TYPE,
      nextDetails: "Last onder dwangsom: € 5.000 per week dat de ontwikkeling niet wordt vastgelegd.",
      nextDueDate: "2027-03-01",
    });
    expect(recorded.status).toBe(302);
    // The planned check is filled in, not a second one made.
    expect(await db.complianceCheck.count({ where: { measureId: AANWIJZING } })).toBe(1);
    expect((await measure(AANWIJZING)).status).toBe("IN_FORCE");

    expect((await decide(AANWIJZING, {})).status).toBe(302);
    expect(await measure(AANWIJZING)).toMatchObject({ status: "SUCCEEDED", closedOn: todayIso() });
    const penalty = await db.enforcementMeasure.findFirstOrThrow({ where: { predecessorId: AANWIJZING }, select: { id: true, status: true, typeId: true, dueDate: true } });
    expect(penalty).toMatchObject({ status: "IN_FORCE", typeId: PENALTY_TYPE, dueDate: "2027-03-01" });

    expect((await finding(penalty.id, { finding: "COMPLIED", consequence: "END", evidence: "Alle dossiers op orde." }, await as.member())).status).toBe(302);
    expect((await decide(penalty.id, {}, await as.secondManager())).status).toBe(302);
    expect((await measure(penalty.id)).status).toBe("ENDED");

    const actions = await db.auditEvent.findMany({ where: { id: { gt: 0 }, trajectoryId: KUSTREGIO }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action).slice(-7)).toEqual([
      "enforcement.finding_recorded",
      "enforcement.check_approved",
      "enforcement.succeeded",
      "enforcement.imposed",
      "enforcement.finding_recorded",
      "enforcement.check_approved",
      "enforcement.ended",
    ]);
    expect(await db.auditEvent.count()).toBe(before + 7);
  });

  it("lets a manager send a finding back: the check is planned again and the measure stays in force", async () => {
    await finding(AANWIJZING, { finding: "COMPLIED", consequence: "END" });
    const refused = await decide(AANWIJZING, { decision: "RETURNED", comment: "" });
    expect(refused.status).toBe(400);
    expect((await decide(AANWIJZING, { decision: "RETURNED", comment: "Onderbouw met de gesprekken." })).status).toBe(302);
    expect(await db.complianceCheck.findFirstOrThrow({ where: { measureId: AANWIJZING } })).toMatchObject({ status: "PLANNED", decisionComment: "Onderbouw met de gesprekken." });
    expect((await measure(AANWIJZING)).status).toBe("IN_FORCE");
  });
});

describe("refusals of the enforcement ladder", () => {
  it("refuses deciding one's own finding (four eyes), even for a manager, and writes nothing", async () => {
    await finding(AANWIJZING, { finding: "COMPLIED", consequence: "END" });
    const before = await written();
    // The inspector who recorded it may not decide: not a manager.
    expect((await decide(AANWIJZING, {}, await as.lead())).status).toBe(403);
    // A manager who recorded the finding may not decide on it either.
    const check = await proposedCheck(AANWIJZING);
    const manager = await db.user.findUniqueOrThrow({ where: { email: "teamleider@igj.example" }, select: { id: true } });
    await db.complianceCheck.update({ where: { id: check.id }, data: { recordedById: manager.id } });
    const mine = await written();
    expect((await decide(AANWIJZING, {}, await as.manager())).status).toBe(403);
    expect(await written()).toEqual(mine);
    expect(before.audit).toBe(mine.audit);
    // Another manager may.
    expect((await decide(AANWIJZING, {}, await as.secondManager())).status).toBe(302);
  });

  it("refuses a finding on a withdrawn measure (409) and writes nothing", async () => {
    await finding(AANWIJZING, { finding: "NOT_COMPLIED", consequence: "WITHDRAW", evidence: "De aanwijzing berust op een onjuist feit." });
    expect((await decide(AANWIJZING, {})).status).toBe(302);
    expect((await measure(AANWIJZING)).status).toBe("WITHDRAWN");
    const before = await written();
    const response = await finding(AANWIJZING, { finding: "COMPLIED", consequence: "END" });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { formError: string }).formError).toMatch(/niet meer van kracht/);
    const plan = await post({ intent: "planCheck", measureId: AANWIJZING, version: String((await measure(AANWIJZING)).version), checkDate: "2027-01-10" }, await as.lead());
    expect(plan.status).toBe(409);
    expect(await written()).toEqual(before);
  });

  it("answers a stale version with 409, keeps the user's text and writes nothing; of two managers deciding at once one wins", async () => {
    const { version } = await measure(AANWIJZING);
    await finding(AANWIJZING, { finding: "COMPLIED", consequence: "END" });
    const before = await written();
    const stale = await post(
      { intent: "finding", measureId: AANWIJZING, version: String(version), checkDate: todayIso(), finding: "NOT_COMPLIED", consequence: "END", evidence: "Mijn tekst" },
      await as.member(),
    );
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { values: Record<string, string> }).values.evidence).toBe("Mijn tekst");
    expect(await written()).toEqual(before);

    const [a, b] = await Promise.all([decide(AANWIJZING, {}), decide(AANWIJZING, { decision: "RETURNED", comment: "Nee" }, await as.secondManager())]);
    expect([a.status, b.status].sort()).toEqual([302, 409]);
    expect(await db.complianceCheck.count({ where: { measureId: AANWIJZING, status: "DECIDED" } }) + (await db.complianceCheck.count({ where: { measureId: AANWIJZING, status: "PLANNED" } }))).toBe(1);
  });

  it("refuses a heavier measure after compliance, a next step without its type, and a second open check, each with field errors or 409", async () => {
    const before = await written();
    const compliedNext = await finding(AANWIJZING, { finding: "COMPLIED", consequence: "NEXT", nextTypeId: PENALTY_TYPE, nextDetails: "x", nextDueDate: "2027-01-01" });
    expect(compliedNext.status).toBe(400);
    expect(((await compliedNext.json()) as { errors: Record<string, string[]> }).errors.consequence).toBeDefined();
    const incomplete = await finding(AANWIJZING, { finding: "NOT_COMPLIED", consequence: "NEXT" });
    expect(Object.keys(((await incomplete.json()) as { errors: Record<string, string[]> }).errors).sort()).toEqual(["nextDetails", "nextDueDate", "nextTypeId"]);
    const unknownType = await finding(AANWIJZING, { finding: "NOT_COMPLIED", consequence: "NEXT", nextTypeId: "nope", nextDetails: "x", nextDueDate: "2027-01-01" });
    expect(unknownType.status).toBe(400);
    // The demo's check is still planned: a second one cannot be planned beside it.
    const second = await post({ intent: "planCheck", measureId: AANWIJZING, version: String((await measure(AANWIJZING)).version), checkDate: "2027-01-10" }, await as.lead());
    expect(second.status).toBe(409);
    expect(await written()).toEqual(before);
  });

  it("lets only the team record and only managers decide; organisations get 403 (own) or 404 (other)", async () => {
    const before = await written();
    expect((await finding(AANWIJZING, { finding: "COMPLIED", consequence: "END" }, await as.manager())).status).toBe(403);
    expect((await finding(AANWIJZING, { finding: "COMPLIED", consequence: "END" }, await as.ownOrganisation())).status).toBe(403);
    expect((await finding(AANWIJZING, { finding: "COMPLIED", consequence: "END" }, await as.otherOrganisation())).status).toBe(404);
    expect((await callLoader(loader as never, path, { id: KUSTREGIO }, await as.otherOrganisation())).status).toBe(404);
    // A measure of another trajectory is not found through this one.
    const other = await post({ intent: "planCheck", measureId: "no-such-measure", version: "1", checkDate: "2027-01-10" }, await as.lead());
    expect(other.status).toBe(404);
    expect(await written()).toEqual(before);
  });
});
