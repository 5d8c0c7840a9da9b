import { beforeEach, describe, expect, it } from "vitest";
import { loader } from "~/routes/trajecten.$id.historie";
import { action as createAction } from "~/routes/trajecten.nieuw";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

interface Event {
  id: number;
  action: string;
  actor: { name: string } | null;
  changes: { field: string; before: unknown; after: unknown }[];
}

async function history(email: string, id: string, query = "") {
  const cookie = await sessionCookieFor(email);
  return responseOf(() => loader(routeArgs(get(`/trajecten/${id}/historie${query}`, cookie), { id })));
}

describe("the audit trail of a trajectory", () => {
  beforeEach(seedDemoData);

  it("is open to inspectors, managers and administrators; not to organisation users (403); another organisation gets 404", async () => {
    for (const email of ["inspecteur@igj.example", "inspecteur2@igj.example", "teamleider@igj.example", "beheer@igj.example"]) {
      expect((await history(email, "traj-enver")).status, email).toBe(200);
    }
    expect((await history("enver@enver.example", "traj-enver")).status).toBe(403);
    expect((await history("gebruiker@horizon.example", "traj-enver")).status).toBe(404);
    expect((await history("inspecteur@igj.example", "does-not-exist")).status).toBe(404);
  });

  it("shows who changed what, newest first, with the fields as before → after", async () => {
    const sanne = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" } });
    const version = await db.frameworkVersion.findFirstOrThrow({ select: { id: true } });
    const cookie = await sessionCookieFor("inspecteur@igj.example");
    const created = await responseOf(() =>
      createAction(
        routeArgs(
          post(
            "/trajecten/nieuw",
            {
              kvkNumber: "24301175", // Enver's
              frameworkVersionId: version.id,
              reason: "Nieuwe meldingen.",
              legalBasis: "Jeugdwet",
              leadInspectorId: sanne.id,
              startDate: "2025-04-30",
              durationMonths: "9",
              deadlineOverride: "2026-02-28",
              deadlineOverrideReason: "Kerstreces",
            },
            cookie,
          ),
        ),
      ),
    );
    const id = created.headers.get("Location")?.split("/").pop() ?? "";
    const response = await history("teamleider@igj.example", id);
    const { events } = (await response.json()) as { events: Event[] };
    expect(events.map((e) => e.action)).toEqual(["trajectory.deadline_changed", "trajectory.created"]);
    expect(events[0]!.actor?.name).toBe(sanne.name);
    expect(events[0]!.changes).toEqual([
      { field: "deadline", before: { kind: "date", value: "2026-01-31" }, after: { kind: "date", value: "2026-02-28" } },
      { field: "reason", before: null, after: { kind: "text", value: "Kerstreces" } },
    ]);
    // Typed values, so the page can translate the code and format the date (issue 17).
    expect(events[1]!.changes).toContainEqual({ field: "status", before: null, after: { kind: "code", value: "ACTIVE" } });
  });

  it("pages 50 events at a time, newest first across pages", async () => {
    const actor = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" } });
    await db.auditEvent.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        trajectoryId: "traj-enver",
        actorId: actor.id,
        action: "measure.updated",
        entity: "RequiredMeasure",
        entityId: `m-${i}`,
        before: JSON.stringify({ status: "OPEN" }),
        after: JSON.stringify({ status: "DONE" }),
      })),
    });
    const total = await db.auditEvent.count({ where: { trajectoryId: "traj-enver" } });
    const first = (await (await history("inspecteur@igj.example", "traj-enver")).json()) as { events: Event[]; paging: { pages: number } };
    expect(first.events).toHaveLength(50);
    expect(first.paging.pages).toBe(Math.ceil(total / 50));
    const seen: number[] = [];
    for (let page = 1; page <= first.paging.pages; page++) {
      const data = (await (await history("inspecteur@igj.example", "traj-enver", `?pagina=${page}`)).json()) as { events: Event[] };
      seen.push(...data.events.map((e) => e.id));
    }
    expect(seen).toHaveLength(total);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    // Only this trajectory's events.
    const others = await db.auditEvent.findMany({ where: { NOT: { trajectoryId: "traj-enver" } }, select: { id: true } });
    expect(seen.some((id) => others.some((o) => o.id === id))).toBe(false);
  });
});
