import { beforeEach, describe, expect, it } from "vitest";
import { action as loginAction } from "~/routes/inloggen";
import { IDLE_MINUTES, getUser } from "~/utils/session.server";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

const PASSWORD = "toezicht-demo";
const sqlTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

async function signedIn(cookie: string) {
  return getUser(get("/", cookie));
}

describe("sessions", () => {
  beforeEach(seedDemoData);

  it(`end after ${IDLE_MINUTES} idle minutes, before the 8-hour limit; use keeps them alive`, async () => {
    const cookie = await sessionCookieFor("inspecteur@igj.example");
    expect(await signedIn(cookie)).not.toBeNull();
    const almost = new Date(Date.now() - (IDLE_MINUTES - 1) * 60_000);
    await db.$executeRaw`UPDATE Session SET lastSeenAt = ${sqlTime(almost)}`;
    // Still within the idle limit: allowed, and the visit moves lastSeenAt forward.
    expect(await signedIn(cookie)).not.toBeNull();
    const [touched] = await db.$queryRaw<{ lastSeenAt: string }[]>`SELECT lastSeenAt FROM Session`;
    expect(new Date(touched?.lastSeenAt ?? 0).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const idle = new Date(Date.now() - (IDLE_MINUTES + 1) * 60_000);
    await db.$executeRaw`UPDATE Session SET lastSeenAt = ${sqlTime(idle)}`;
    expect(await signedIn(cookie)).toBeNull();
  });

  it("get a new id at sign-in: a session id the browser held before is not carried over", async () => {
    const planted = await sessionCookieFor("inspecteur@igj.example");
    const response = await responseOf(() =>
      loginAction(routeArgs(post("/inloggen", { email: "inspecteur@igj.example", password: PASSWORD }, planted))),
    );
    expect(response.status).toBe(302);
    const fresh = (response.headers.getSetCookie().find((c) => c.startsWith("__session=")) ?? "").split(";")[0] ?? "";
    expect(fresh).not.toBe(planted);
    expect(await signedIn(planted)).toBeNull();
    expect(await signedIn(fresh)).not.toBeNull();
    expect(await db.session.count()).toBe(1);
  });

  it("all end when the user's role changes, their password changes, or they are deactivated", async () => {
    for (const change of [
      { role: "MANAGER" },
      { passwordHash: "scrypt$32768$8$1$AAAA$BBBB" },
      { active: false },
    ]) {
      await seedDemoData();
      const user = await db.user.findUniqueOrThrow({ where: { email: "inspecteur2@igj.example" } });
      const first = await sessionCookieFor(user.email);
      const second = await sessionCookieFor(user.email);
      const bystander = await sessionCookieFor("inspecteur@igj.example");
      await db.user.update({ where: { id: user.id }, data: change });
      expect(await signedIn(first), JSON.stringify(change)).toBeNull();
      expect(await signedIn(second), JSON.stringify(change)).toBeNull();
      expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
      expect(await signedIn(bystander)).not.toBeNull();
      await db.user.update({ where: { id: user.id }, data: { role: user.role, passwordHash: user.passwordHash, active: true } });
    }
  });

  it("a change that touches none of those leaves sessions alone", async () => {
    const cookie = await sessionCookieFor("inspecteur2@igj.example");
    await db.user.update({ where: { email: "inspecteur2@igj.example" }, data: { name: "Nieuwe naam" } });
    expect(await signedIn(cookie)).not.toBeNull();
  });
});
