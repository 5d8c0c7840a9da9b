import { beforeEach, describe, expect, it } from "vitest";
import { action as visitAction } from "~/routes/trajecten.$id.bezoeken.nieuw";
import { db, seedDemoData } from "../support/database";
import { post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

async function recordVisit(fields: Record<string, string>) {
  const cookie = await sessionCookieFor("inspecteur@igj.example");
  return responseOf(() => visitAction(routeArgs(post("/trajecten/traj-enver/bezoeken/nieuw", fields, cookie), { id: "traj-enver" })));
}

describe("input hygiene", () => {
  beforeEach(seedDemoData);
  const visit = { date: "2026-02-02", kind: "ANNOUNCED", state: "HELD", participants: "Sanne de Vries", notes: "Gesprek met de teamleider" };

  it("a NUL byte in free text gets a field error and nothing is stored", async () => {
    const before = await db.visit.count();
    const response = await recordVisit({ ...visit, notes: "Gesprek\u0000verborgen" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string[]> };
    expect(body.errors.notes?.[0]).toMatch(/stuurteken/);
    expect(await db.visit.count()).toBe(before);
  });

  it("9999-12-31 as a visit date gets a field error naming the plausible range", async () => {
    const before = await db.visit.count();
    const response = await recordVisit({ ...visit, date: "9999-12-31" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string[]> };
    expect(body.errors.date?.[0]).toMatch(/buiten het mogelijke bereik \(\d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d\)/);
    expect(await db.visit.count()).toBe(before);
  });
});
