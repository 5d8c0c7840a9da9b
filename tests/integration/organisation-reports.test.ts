import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { addDays } from "~/domain/dates";
import { loader as homeLoader } from "~/routes/_index";
import { action as requestAction } from "~/routes/trajecten.$id.rapportages.$requestId";
import { loader as requestLoader } from "~/routes/trajecten.$id.rapportages.$requestId";
import { loader as listLoader } from "~/routes/trajecten.$id.rapportages._index";
import { action as newRequestAction } from "~/routes/trajecten.$id.rapportages.nieuw";
import { cookies } from "../support/assessment-fixtures";
import { db, seedDemoData } from "../support/database";
import { fileOf, tinyPdf } from "../support/files";
import { get, post, responseOf, routeArgs } from "../support/requests";
import { onDay } from "../support/clock";

// The day these tests run on, whatever the real date (the demo data is written up to it).
const TODAY = onDay("2026-12-02");

const ENVER = "traj-enver";
const base = `/trajecten/${ENVER}/rapportages`;

async function requestReport(fields: Record<string, string | string[]>, cookie?: string) {
  return responseOf(() => newRequestAction(routeArgs(post(`${base}/nieuw`, fields, cookie), { id: ENVER })));
}

function submissionForm(fields: Record<string, string>, file?: File): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("attachment", file ?? new File([], "", { type: "application/octet-stream" }));
  return form;
}

async function act(requestId: string, body: Record<string, string> | FormData, cookie: string) {
  return responseOf(() => requestAction(routeArgs(post(`${base}/${requestId}`, body, cookie), { id: ENVER, requestId })));
}

async function page(requestId: string, cookie: string) {
  const response = await responseOf(() => requestLoader(routeArgs(get(`${base}/${requestId}`, cookie), { id: ENVER, requestId })));
  expect(response.status).toBe(200);
  return response.json();
}

async function storedFiles(): Promise<string[]> {
  const dir = path.resolve(process.env.ATTACHMENTS_DIR ?? "");
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n !== ".incoming");
}

let norms: { id: string; code: string }[];

beforeEach(async () => {
  // Stored files outlive the rows that the per-test reset deletes: start each test with none.
  await rm(path.resolve(process.env.ATTACHMENTS_DIR ?? ""), { recursive: true, force: true });
  await seedDemoData();
  norms = await db.norm.findMany({ where: { frameworkVersion: { trajectories: { some: { id: ENVER } } } }, orderBy: { order: "asc" }, select: { id: true, code: true } });
});

describe("progress reports: request, draft, submit, more information, resubmit, accept", () => {
  it("runs the whole cycle, keeping every submission and auditing each step", async () => {
    const [lead, org] = await Promise.all([cookies.lead(), cookies.organisation()]);
    const due = addDays(TODAY, 14);
    const scope = [norms[3]!.id, norms[5]!.id];
    const created = await requestReport({ title: "Rapportage alleen spreken", dueDate: due, normIds: scope, instructions: "Cijfers graag" }, lead);
    expect(created.status).toBe(302);
    const request = await db.progressReportRequest.findFirstOrThrow({ where: { trajectoryId: ENVER, title: "Rapportage alleen spreken" }, include: { norms: true } });
    expect(request).toMatchObject({ status: "REQUESTED", dueDate: due, instructions: "Cijfers graag" });
    expect(request.norms.map((n) => n.normId).sort()).toEqual([...scope].sort());

    // The organisation sees it as due on its start page.
    const home = await (await responseOf(() => homeLoader(routeArgs(get("/", org))))).json();
    expect(home.due.filter((d: { trajectoryId: string }) => d.trajectoryId === ENVER).map((d: { id: string }) => d.id)).toContain(request.id);

    // Draft with a PDF, then submit.
    const pdf = tinyPdf();
    const saved = await act(
      request.id,
      submissionForm({ intent: "save", version: "0", summary: "Eerste opzet", [`progress-${scope[0]}`]: "Monitor loopt", [`progress-${scope[1]}`]: "" }, fileOf(pdf, "monitor juni.pdf")),
      org,
    );
    expect(saved.status).toBe(302);
    const draft = await db.progressReportSubmission.findFirstOrThrow({ where: { requestId: request.id }, include: { attachments: true, entries: true } });
    expect(draft).toMatchObject({ number: 1, status: "DRAFT", summary: "Eerste opzet", version: 1 });
    expect(draft.attachments).toHaveLength(1);
    expect(draft.attachments[0]).toMatchObject({ fileName: "monitor juni.pdf", mimeType: "application/pdf", size: pdf.byteLength });
    expect(await storedFiles()).toEqual([draft.attachments[0]!.sha256]);

    // The inspector does not see the organisation's draft.
    const inspectorView = await page(request.id, lead);
    expect(inspectorView.report.submissions).toEqual([]);
    expect(inspectorView.canReview).toBe(false);

    // Submitting needs progress for every norm in scope: nothing is written without it.
    const incomplete = await act(request.id, submissionForm({ intent: "submit", version: "1", summary: "Klaar", [`progress-${scope[0]}`]: "Monitor loopt", [`progress-${scope[1]}`]: " " }), org);
    expect(incomplete.status).toBe(400);
    expect(Object.keys((await incomplete.json()).errors)).toEqual([`progress-${scope[1]}`]);
    expect(await db.progressReportSubmission.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "DRAFT", version: 1 });

    const submitted = await act(
      request.id,
      submissionForm({ intent: "submit", version: "1", summary: "Klaar", [`progress-${scope[0]}`]: "Monitor loopt", [`progress-${scope[1]}`]: "Dossiers op orde" }),
      org,
    );
    expect(submitted.status).toBe(302);
    expect(await db.progressReportRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "SUBMITTED" });

    // Frozen: a further save of submission 1 is refused and changes nothing.
    const late = await act(request.id, submissionForm({ intent: "save", version: "2", summary: "Nog iets", [`progress-${scope[0]}`]: "x", [`progress-${scope[1]}`]: "y" }), org);
    expect(late.status).toBe(409);
    expect(await db.progressReportSubmission.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ summary: "Klaar", status: "SUBMITTED" });

    // The organisation cannot review its own report.
    const selfReview = await act(request.id, { intent: "review", outcome: "ACCEPTED", comment: "", version: "2" }, org);
    expect(selfReview.status).toBe(403);

    // More information needed, with a comment and a new due date.
    const newDue = addDays(TODAY, 30);
    const missing = await act(request.id, { intent: "review", outcome: "MORE_INFO_NEEDED", comment: "", newDueDate: "", version: "2" }, lead);
    expect(missing.status).toBe(400);
    expect(Object.keys((await missing.json()).errors).sort()).toEqual(["comment", "newDueDate"]);
    const moreInfo = await act(request.id, { intent: "review", outcome: "MORE_INFO_NEEDED", comment: "Graag cijfers per team", newDueDate: newDue, version: "2" }, lead);
    expect(moreInfo.status).toBe(302);
    expect(await db.progressReportRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "MORE_INFO_NEEDED", dueDate: newDue, version: 3 });

    // Submission 2 starts from submission 1's content; submission 1 stays as it was.
    const orgView = await page(request.id, org);
    expect(orgView.canSubmit).toBe(true);
    expect(orgView.report.submissions).toHaveLength(1);
    const resubmitted = await act(
      request.id,
      submissionForm({ intent: "submit", version: "0", summary: "Klaar, met cijfers", [`progress-${scope[0]}`]: "Per team: 95%", [`progress-${scope[1]}`]: "Dossiers op orde" }),
      org,
    );
    expect(resubmitted.status).toBe(302);
    const submissions = await db.progressReportSubmission.findMany({ where: { requestId: request.id }, orderBy: { number: "asc" }, include: { attachments: true } });
    expect(submissions.map((s) => [s.number, s.status, s.summary, s.reviewOutcome, s.attachments.length])).toEqual([
      [1, "SUBMITTED", "Klaar", "MORE_INFO_NEEDED", 1],
      [2, "SUBMITTED", "Klaar, met cijfers", null, 1],
    ]);

    const accepted = await act(request.id, { intent: "review", outcome: "ACCEPTED", comment: "Dank", version: "4" }, lead);
    expect(accepted.status).toBe(302);
    expect(await db.progressReportRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "ACCEPTED" });

    const audit = await db.auditEvent.findMany({ where: { trajectoryId: ENVER, entityId: { in: [request.id, ...submissions.map((s) => s.id)] } }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual([
      "report.requested",
      "report.draftStarted",
      "report.draftSaved",
      "report.submitted",
      "report.reviewed",
      "report.draftStarted",
      "report.submitted",
      "report.reviewed",
    ]);

    // The inspector sees both submissions, the first with its review.
    const final = await page(request.id, lead);
    expect(final.report.submissions.map((s: { number: number; reviewOutcome: string }) => [s.number, s.reviewOutcome])).toEqual([
      [1, "MORE_INFO_NEEDED"],
      [2, "ACCEPTED"],
    ]);
  });

  it("shows overdue requests as overdue to both sides, computed from today", async () => {
    const [lead, org] = await Promise.all([cookies.lead(), cookies.organisation()]);
    await requestReport({ title: "Te laat", dueDate: addDays(TODAY, -1), normIds: [norms[0]!.id] }, lead);
    for (const cookie of [lead, org]) {
      const list = await (await responseOf(() => listLoader(routeArgs(get(base, cookie), { id: ENVER })))).json();
      const row = list.requests.find((r: { title: string }) => r.title === "Te laat");
      expect(row).toMatchObject({ overdue: true, status: "REQUESTED" });
    }
  });

  it("accepting the report linked to a follow-up obligation meets that obligation in the same step", async () => {
    const [lead, org] = await Promise.all([cookies.lead(), cookies.organisation()]);
    const request = await db.progressReportRequest.findUniqueOrThrow({ where: { id: "report-enver-3" }, include: { norms: true } });
    expect(request.followUpId).toBeTruthy();
    const fields: Record<string, string> = { intent: "submit", version: "0", summary: "Na de zomer" };
    for (const n of request.norms) fields[`progress-${n.normId}`] = "Geborgd";
    expect((await act(request.id, submissionForm(fields), org)).status).toBe(302);
    expect((await act(request.id, { intent: "review", outcome: "ACCEPTED", comment: "", version: String(request.version + 1) }, lead)).status).toBe(302);
    expect(await db.followUpObligation.findUniqueOrThrow({ where: { id: request.followUpId! } })).toMatchObject({ status: "MET" });
    expect(await db.auditEvent.count({ where: { action: "followUp.met", entityId: request.followUpId! } })).toBe(1);
  });

  it("refuses requests from the organisation and from inspectors outside the team, and bad input, writing nothing", async () => {
    await db.user.create({ data: { email: "buiten@igj.example", name: "Bram Buiten", role: "INSPECTOR", passwordHash: "-" } });
    const before = await db.progressReportRequest.count();
    const fields = { title: "X", dueDate: "2026-12-01", normIds: [norms[0]!.id] };
    expect((await requestReport(fields, await cookies.organisation())).status).toBe(403);
    expect((await requestReport(fields, await cookies.outsider())).status).toBe(403);
    expect((await requestReport(fields, await cookies.manager())).status).toBe(403);
    const bad = await requestReport({ title: " ", dueDate: "morgen" }, await cookies.lead());
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(["dueDate", "normIds", "title"]);
    const foreign = await requestReport({ ...fields, normIds: ["norm-elders"] }, await cookies.lead());
    expect(foreign.status).toBe(400);
    expect(await db.progressReportRequest.count()).toBe(before);
  });

  it("refuses a stale draft save with 409, the newer draft and the user's own text", async () => {
    const [lead, org] = await Promise.all([cookies.lead(), cookies.organisation()]);
    await requestReport({ title: "Gelijktijdig", dueDate: "2026-12-31", normIds: [norms[0]!.id] }, lead);
    const request = await db.progressReportRequest.findFirstOrThrow({ where: { title: "Gelijktijdig" } });
    const field = `progress-${norms[0]!.id}`;
    expect((await act(request.id, submissionForm({ intent: "save", version: "0", summary: "A", [field]: "eerste" }), org)).status).toBe(302);
    expect((await act(request.id, submissionForm({ intent: "save", version: "1", summary: "B", [field]: "tweede" }), org)).status).toBe(302);
    const stale = await act(request.id, submissionForm({ intent: "save", version: "1", summary: "C", [field]: "mijn tekst" }), org);
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.values[field]).toBe("mijn tekst");
    expect(body.conflict.submissions[0]).toMatchObject({ summary: "B", version: 2 });
    expect(await db.progressReportSubmission.findFirstOrThrow({ where: { requestId: request.id } })).toMatchObject({ summary: "B", version: 2 });
  });
});
