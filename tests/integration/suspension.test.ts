import { beforeEach, describe, expect, it } from "vitest";
import { addDays } from "~/domain/dates";
import { action, loader } from "~/routes/trajecten.$id.afsluiting._index";
import { loader as overviewLoader } from "~/routes/trajecten.$id._index";
import { callAction, callLoader, db } from "../support/assessment-fixtures";
import { seedDemoData } from "../support/database";
import { sessionCookieFor } from "../support/requests";

// Horizon (demo): ACTIVE, started 2 March 2026 for nine months, lead Joris (inspecteur2).
const HORIZON = "traj-horizon";
const path = `/trajecten/${HORIZON}/afsluiting`;

const as = {
  lead: () => sessionCookieFor("inspecteur2@igj.example"),
  manager: () => sessionCookieFor("teamleider@igj.example"),
  organisation: () => sessionCookieFor("gebruiker@horizon.example"),
  otherOrganisation: () => sessionCookieFor("enver@enver.example"),
};

beforeEach(async () => {
  await seedDemoData();
});

async function trajectory() {
  return db.trajectory.findUniqueOrThrow({ where: { id: HORIZON }, select: { deadline: true, version: true, status: true, startDate: true } });
}

async function suspend(fields: Record<string, string>, cookie?: string) {
  const { version } = await trajectory();
  return callAction(
    action as never,
    path,
    { id: HORIZON },
    { intent: "suspend", version: String(version), reason: "Wachten op de dossiers die Horizon moet aanleveren.", ...fields },
    cookie ?? (await as.lead()),
  );
}

async function written() {
  const [suspensions, changes, audit, row] = await Promise.all([db.deadlineSuspension.count(), db.deadlineChange.count(), db.auditEvent.count(), trajectory()]);
  return { suspensions, changes, audit, row };
}

describe("suspending the supervision term", () => {
  it("moves the deadline by the days suspended (both ends included), apart from extensions, and audits it", async () => {
    const { deadline, startDate } = await trajectory();
    const changes = await db.deadlineChange.count();
    const start = addDays(startDate, 30);
    expect((await suspend({ startDate: start, endDate: addDays(start, 9) })).status).toBe(302);
    const after = await trajectory();
    expect(after.deadline).toBe(addDays(deadline, 10));
    expect(await db.deadlineSuspension.findFirstOrThrow({ where: { trajectoryId: HORIZON } })).toMatchObject({ days: 10, previousDeadline: deadline, newDeadline: after.deadline });
    // A suspension is not an extension: no deadline change is written, and the history names it apart.
    expect(await db.deadlineChange.count()).toBe(changes);
    const event = await db.auditEvent.findFirstOrThrow({ where: { trajectoryId: HORIZON }, orderBy: { id: "desc" }, select: { action: true, before: true } });
    expect(event).toMatchObject({ action: "trajectory.suspended", before: JSON.stringify({ deadline }) });

    const page = (await (await callLoader(loader as never, path, { id: HORIZON }, await as.manager())).json()) as { suspensions: { days: number }[] };
    expect(page.suspensions).toEqual([expect.objectContaining({ days: 10 })]);
    const overview = (await (await callLoader(overviewLoader as never, `/trajecten/${HORIZON}`, { id: HORIZON }, await as.organisation())).json()) as {
      suspendedDays: number;
      timeline: { kind: string }[];
    };
    expect(overview.suspendedDays).toBe(10);
    expect(overview.timeline.some((e) => e.kind === "suspension")).toBe(true);
  });
});

describe("refusals of a suspension", () => {
  it("refuses suspending an archived (or lifted) trajectory and writes nothing", async () => {
    await db.trajectory.update({ where: { id: HORIZON }, data: { status: "ARCHIVED" } });
    const before = await written();
    const { startDate } = await trajectory();
    const archived = await suspend({ startDate: addDays(startDate, 5), endDate: addDays(startDate, 6) });
    expect(archived.status).toBe(400);
    expect(((await archived.json()) as { formError: string }).formError).toMatch(/lopende toezichtstermijn/);
    await db.trajectory.update({ where: { id: HORIZON }, data: { status: "LIFTED" } });
    expect((await suspend({ startDate: addDays(startDate, 5), endDate: addDays(startDate, 6) })).status).toBe(400);
    expect((await written()).suspensions).toBe(before.suspensions);
    expect((await written()).audit).toBe(before.audit);
  });

  it("refuses an end before the start, a start outside the term, an overlap and a stale version", async () => {
    const { startDate, deadline, version } = await trajectory();
    const before = await written();
    const reversed = await suspend({ startDate: addDays(startDate, 10), endDate: addDays(startDate, 5) });
    expect(((await reversed.json()) as { errors: Record<string, string[]> }).errors.endDate).toBeDefined();
    const early = await suspend({ startDate: addDays(startDate, -1), endDate: addDays(startDate, 5) });
    expect(((await early.json()) as { errors: Record<string, string[]> }).errors.startDate).toBeDefined();
    const late = await suspend({ startDate: addDays(deadline, 1), endDate: addDays(deadline, 5) });
    expect(((await late.json()) as { errors: Record<string, string[]> }).errors.startDate).toBeDefined();
    expect(await written()).toEqual(before);

    expect((await suspend({ startDate: addDays(startDate, 10), endDate: addDays(startDate, 20) })).status).toBe(302);
    const afterFirst = await written();
    expect((await suspend({ startDate: addDays(startDate, 20), endDate: addDays(startDate, 25) })).status).toBe(400);
    const stale = await callAction(
      action as never,
      path,
      { id: HORIZON },
      { intent: "suspend", version: String(version), reason: "Mijn reden", startDate: addDays(startDate, 40), endDate: addDays(startDate, 41) },
      await as.lead(),
    );
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { values: Record<string, string> }).values.reason).toBe("Mijn reden");
    expect(await written()).toEqual(afterFirst);
  });

  it("lets only the team suspend: managers and organisations get 403, another organisation 404", async () => {
    const { startDate } = await trajectory();
    const before = await written();
    const fields = { startDate: addDays(startDate, 5), endDate: addDays(startDate, 6) };
    expect((await suspend(fields, await as.manager())).status).toBe(403);
    expect((await suspend(fields, await as.organisation())).status).toBe(403);
    expect((await suspend(fields, await as.otherOrganisation())).status).toBe(404);
    expect(await written()).toEqual(before);
  });
});
