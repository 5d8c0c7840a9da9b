import { beforeEach, describe, expect, it } from "vitest";
import { action, loader } from "~/routes/trajecten.$id.zienswijze";
import { cookies } from "../support/assessment-fixtures";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs } from "../support/requests";

const ENVER = "traj-enver";
const path = `/trajecten/${ENVER}/zienswijze`;

const send = async (fields: Record<string, string>, cookie: string) => responseOf(() => action(routeArgs(post(path, fields, cookie), { id: ENVER })));
const view = async (cookie: string) => (await responseOf(() => loader(routeArgs(get(path, cookie), { id: ENVER })))).json();

beforeEach(async () => {
  await seedDemoData();
});

describe("draft report and response (zienswijze)", () => {
  it("the inspector shares draft findings, the organisation responds once, both audited and shown side by side", async () => {
    const [lead, org] = await Promise.all([cookies.lead(), cookies.organisation()]);
    const shared = await send({ intent: "share", title: "Concept nazorgrapport", findings: "De borging is zichtbaar.", responseDueDate: "2026-12-15" }, lead);
    expect(shared.status).toBe(302);
    const draft = await db.draftReport.findFirstOrThrow({ where: { trajectoryId: ENVER, title: "Concept nazorgrapport" } });

    const orgView = await view(org);
    expect(orgView.canRespond).toBe(true);
    expect(orgView.canShare).toBe(false);
    expect(orgView.drafts.find((d: { id: string }) => d.id === draft.id)).toMatchObject({ findings: "De borging is zichtbaar.", response: null });

    const empty = await send({ intent: "respond", draftReportId: draft.id, response: "  " }, org);
    expect(empty.status).toBe(400);
    expect(Object.keys((await empty.json()).errors)).toEqual(["response"]);

    expect((await send({ intent: "respond", draftReportId: draft.id, response: "Wij herkennen ons hierin." }, org)).status).toBe(302);
    const again = await send({ intent: "respond", draftReportId: draft.id, response: "Toch anders." }, org);
    expect(again.status).toBe(409);
    expect(await db.draftReport.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ response: "Wij herkennen ons hierin." });

    const audit = await db.auditEvent.findMany({ where: { entityId: draft.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["draftReport.shared", "draftReport.responded"]);
    const leadView = await view(lead);
    expect(leadView.drafts.find((d: { id: string }) => d.id === draft.id)).toMatchObject({ response: "Wij herkennen ons hierin." });
  });

  it("refuses sharing by the organisation or a manager and responding by an inspector, writing nothing", async () => {
    const before = await db.draftReport.count();
    const share = { intent: "share", title: "X", findings: "Y", responseDueDate: "2026-12-15" };
    expect((await send(share, await cookies.organisation())).status).toBe(403);
    expect((await send(share, await cookies.manager())).status).toBe(403);
    const open = await db.draftReport.create({
      data: { trajectoryId: ENVER, title: "Open", findings: "F", responseDueDate: "2026-12-01", sharedById: "user-sanne" },
    });
    expect((await send({ intent: "respond", draftReportId: open.id, response: "Namens Enver" }, await cookies.lead())).status).toBe(403);
    expect(await db.draftReport.count()).toBe(before + 1);
    expect(await db.draftReport.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ response: null });
    const bad = await send({ intent: "share", title: "", findings: "", responseDueDate: "gisteren" }, await cookies.lead());
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(["findings", "responseDueDate", "title"]);
  });
});
