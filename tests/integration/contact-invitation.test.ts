import { beforeEach, describe, expect, it } from "vitest";
import { loader as messageLoader } from "~/routes/berichten.$id";
import { action as createAction } from "~/routes/trajecten.nieuw";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";
import { trajectoryForm } from "../support/trajectory-form";

// Issue 12, item 6: the inspector who opens an organisation's first trajectory invites its contact person.

function form(overrides: Record<string, string> = {}) {
  return trajectoryForm({ contactName: "Carla Contact", contactEmail: "Carla@Nieuwe-Pleegzorg.example", ...overrides });
}

async function create(fields: Record<string, string>) {
  const cookie = await sessionCookieFor("inspecteur@igj.example");
  return responseOf(() => createAction(routeArgs(post("/trajecten/nieuw", fields, cookie))));
}

describe("inviting the contact person with an organisation's first trajectory", () => {
  beforeEach(seedDemoData);

  it("creates the organisation's user with the trajectory and shows the inviting inspector the link, nobody else", async () => {
    const response = await create(await form());
    expect(response.status).toBe(302);
    const location = response.headers.get("Location") ?? "";
    expect(location).toMatch(/^\/berichten\/[^/?]+\?traject=/);
    const user = await db.user.findUniqueOrThrow({ where: { email: "carla@nieuwe-pleegzorg.example" }, include: { organisation: true } });
    expect(user).toMatchObject({ role: "ORGANISATION", passwordHash: "", organisation: { kvkNumber: "87654321" } });
    expect(await db.trajectory.count({ where: { organisationId: user.organisationId ?? "" } })).toBe(1);

    const id = location.split("/")[2]?.split("?")[0] ?? "";
    const mine = await responseOf(() => messageLoader(routeArgs(get(location), { id })));
    expect(mine.status).toBe(302); // not signed in: to the sign-in page
    const sanne = await sessionCookieFor("inspecteur@igj.example");
    const shown = await responseOf(() => messageLoader(routeArgs(get(location, sanne), { id })));
    expect(shown.status).toBe(200);
    expect(((await shown.json()) as { message: { link: string } }).message.link).toContain("/wachtwoord/instellen/");
    const joris = await sessionCookieFor("inspecteur2@igj.example");
    expect((await responseOf(() => messageLoader(routeArgs(get(location, joris), { id })))).status).toBe(404);
  });

  it("refuses an address already in use and then writes nothing: no organisation, no trajectory", async () => {
    const before = await Promise.all([db.trajectory.count(), db.organisation.count(), db.user.count()]);
    const response = await create(await form({ contactEmail: "ENVER@enver.example" }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Record<string, string[]> }).errors.contactEmail).toEqual(["Er is al een account met dit e-mailadres."]);
    expect(await Promise.all([db.trajectory.count(), db.organisation.count(), db.user.count()])).toEqual(before);
  });

  it("is only for the first trajectory of an organisation", async () => {
    const response = await create(await form({ kvkNumber: "24301175", organisationName: "", sector: "", location: "" }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Record<string, string[]> }).errors.contactEmail).toEqual([
      "Deze organisatie heeft al een traject: vraag een beheerder om de gebruiker uit te nodigen.",
    ]);
  });

  it("needs a name with the address", async () => {
    const response = await create(await form({ contactName: "" }));
    expect(((await response.json()) as { errors: Record<string, string[]> }).errors.contactName).toEqual(["Vul dit veld in."]);
  });
});
