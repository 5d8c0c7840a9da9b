import { beforeEach, describe, expect, it } from "vitest";
import { loader as rootLoader } from "~/root";
import { loader as homeLoader } from "~/routes/_index";
import { loader as trajectoryLayoutLoader } from "~/routes/trajecten.$id";
import { loader as trajectoryLoader } from "~/routes/trajecten.$id._index";
import { seedDemoData } from "../support/database";
import { get, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

async function home(email: string) {
  const response = await responseOf(async () => homeLoader(routeArgs(get("/", await sessionCookieFor(email)))));
  expect(response.status).toBe(200);
  return response.json();
}

describe("start page per role", () => {
  beforeEach(seedDemoData);

  it("shows an inspector the trajectories they lead or work on, and what falls due", async () => {
    const data = await home("inspecteur@igj.example");
    expect(data.view).toBe("INSPECTOR");
    expect(data.trajectories.map((t: { reference: string }) => t.reference)).toContain("VT-2025-001");
    expect(data.due.length).toBeGreaterThan(0);
  });

  it("shows an organisation user only its own organisation's trajectories and obligations", async () => {
    const data = await home("enver@enver.example");
    expect(data.view).toBe("ORGANISATION");
    expect(data.trajectories.map((t: { organisation: { name: string } }) => t.organisation.name)).toEqual(["Enver"]);
    expect(data.due.every((d: { organisationName: string }) => d.organisationName === "Enver")).toBe(true);
    // The follow-up obligations come as the report and plan that carry them (one row each).
    expect(data.due.map((d: { kind: string }) => d.kind)).toEqual(expect.arrayContaining(["report", "plan"]));
  });

  it("shows a manager the whole portfolio by status", async () => {
    const data = await home("teamleider@igj.example");
    expect(data.view).toBe("MANAGER");
    const statuses = data.byStatus.map((s: { status: string }) => s.status);
    expect(statuses).toEqual(expect.arrayContaining(["ACTIVE", "CLOSURE_PROPOSED", "ESCALATED", "FOLLOW_UP"]));
  });

  it("shows an administrator organisations and users", async () => {
    const data = await home("beheer@igj.example");
    expect(data.view).toBe("ADMIN");
    expect(data.organisations.length).toBeGreaterThanOrEqual(4);
  });
});

describe("the Enver trajectory page", () => {
  beforeEach(seedDemoData);

  it("shows status, key dates and the nine norms with their latest rating", async () => {
    const cookie = await sessionCookieFor("inspecteur@igj.example");
    const response = await responseOf(() => trajectoryLoader(routeArgs(get("/trajecten/traj-enver", cookie), { id: "traj-enver" })));
    const { trajectory } = await response.json();
    expect(trajectory.startDate).toBe("2025-04-30");
    expect(trajectory.deadline).toBe("2026-01-31");
    expect(trajectory.norms).toHaveLength(9);
    expect(trajectory.norms.every((n: { latest: unknown }) => n.latest !== null)).toBe(true);
  });

  it("answers 404 to a user of another organisation, on the layout and the page", async () => {
    const cookie = await sessionCookieFor("gebruiker@horizon.example");
    const args = routeArgs(get("/trajecten/traj-enver", cookie), { id: "traj-enver" });
    expect((await responseOf(() => trajectoryLayoutLoader(args))).status).toBe(404);
    expect((await responseOf(() => trajectoryLoader(args))).status).toBe(404);
  });

  it("lets Enver's own user see it", async () => {
    const cookie = await sessionCookieFor("enver@enver.example");
    const response = await responseOf(() => trajectoryLoader(routeArgs(get("/trajecten/traj-enver", cookie), { id: "traj-enver" })));
    expect(response.status).toBe(200);
  });

  it("sends an anonymous visitor to the sign-in page and back", async () => {
    const response = await responseOf(() => trajectoryLoader(routeArgs(get("/trajecten/traj-enver"), { id: "traj-enver" })));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/inloggen?naar=%2Ftrajecten%2Ftraj-enver");
  });

  it("keeps old links with English query parameter names working: a permanent redirect to the Dutch names", async () => {
    const old = await responseOf(() => rootLoader(routeArgs(get("/trajecten?organisation=Enver&page=2&sort=deadline-desc"))));
    expect(old.status).toBe(301);
    expect(old.headers.get("Location")).toBe("/trajecten?organisatie=Enver&pagina=2&volgorde=deadline-desc");
    expect((await responseOf(() => rootLoader(routeArgs(get("/trajecten?organisatie=Enver&pagina=2"))))).status).toBe(200);
  });
});
