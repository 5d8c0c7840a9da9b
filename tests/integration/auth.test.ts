import { beforeEach, describe, expect, it } from "vitest";
import { action as loginAction, loader as loginLoader } from "~/routes/inloggen";
import { action as logoutAction } from "~/routes/uitloggen";
import { loader as homeLoader } from "~/routes/_index";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

const PASSWORD = "toezicht-demo";

function signIn(email: string, password: string, extra: Record<string, string> = {}, origin?: string) {
  return responseOf(() => loginAction(routeArgs(post("/inloggen", { email, password, ...extra }, undefined, origin))));
}

describe("signing in", () => {
  beforeEach(seedDemoData);

  it("creates a database session and an httpOnly, SameSite=Lax cookie holding only its id", async () => {
    const response = await signIn("inspecteur@igj.example", PASSWORD);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/");
    const cookie = response.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^__session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await db.session.count()).toBe(1);
  });

  it("refuses a wrong password with a message and no session", async () => {
    const response = await signIn("inspecteur@igj.example", "wrong");
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.formError).toMatch(/onbekend/);
    expect(body.values.email).toBe("inspecteur@igj.example");
    expect(await db.session.count()).toBe(0);
  });

  it("gives field errors for empty or malformed input", async () => {
    const response = await signIn("geen-email", "");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors.email).toEqual(["Vul een geldig e-mailadres in."]);
    expect(body.errors.password).toEqual(["Vul dit veld in."]);
  });

  it("stops checking passwords after ten failures for an account, even the right one, from a client it does not know", async () => {
    for (let i = 0; i < 10; i++) expect((await signIn("teamleider@igj.example", "nope")).status).toBe(401);
    const blocked = await signIn("teamleider@igj.example", PASSWORD);
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).formError).toMatch(/Wacht \d+ seconden/);
    expect(await db.session.count()).toBe(0);
  });

  it("only redirects to paths on this site after signing in", async () => {
    const away = await signIn("inspecteur@igj.example", PASSWORD, { redirectTo: "//evil.example/steal" });
    expect(away.headers.get("Location")).toBe("/");
    const here = await signIn("inspecteur@igj.example", PASSWORD, { redirectTo: "/trajecten/traj-enver" });
    expect(here.headers.get("Location")).toBe("/trajecten/traj-enver");
  });

  it("refuses a sign-in posted from another site", async () => {
    const response = await signIn("inspecteur@igj.example", PASSWORD, {}, "https://evil.example");
    expect(response.status).toBe(403);
    expect(await db.session.count()).toBe(0);
  });

  it("sends a signed-in user away from the sign-in page", async () => {
    const cookie = await sessionCookieFor("inspecteur@igj.example");
    expect((await responseOf(() => loginLoader(routeArgs(get("/inloggen", cookie))))).status).toBe(302);
  });
});

describe("sessions", () => {
  beforeEach(seedDemoData);

  it("refuses an expired session", async () => {
    const cookie = await sessionCookieFor("enver@enver.example");
    expect((await responseOf(() => homeLoader(routeArgs(get("/", cookie))))).status).toBe(200);
    await db.session.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await responseOf(() => homeLoader(routeArgs(get("/", cookie))))).status).toBe(302);
  });

  it("refuses the session of a deactivated user", async () => {
    const cookie = await sessionCookieFor("enver@enver.example");
    await db.user.update({ where: { email: "enver@enver.example" }, data: { active: false } });
    expect((await responseOf(() => homeLoader(routeArgs(get("/", cookie))))).status).toBe(302);
  });
});

describe("signing out", () => {
  beforeEach(seedDemoData);

  it("revokes the session on the server, so the old cookie no longer works", async () => {
    const cookie = await sessionCookieFor("enver@enver.example");
    expect((await responseOf(() => homeLoader(routeArgs(get("/", cookie))))).status).toBe(200);
    const out = await responseOf(() => logoutAction(routeArgs(post("/uitloggen", {}, cookie))));
    expect(out.status).toBe(302);
    expect(await db.session.count()).toBe(0);
    const after = await responseOf(() => homeLoader(routeArgs(get("/", cookie))));
    expect(after.status).toBe(302);
    expect(after.headers.get("Location")).toMatch(/^\/inloggen\?naar=/);
  });
});
