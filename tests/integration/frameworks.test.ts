import { beforeEach, describe, expect, it } from "vitest";
import { action as listAction, loader as listLoader } from "~/routes/toetsingskaders._index";
import { action as versionAction } from "~/routes/toetsingskaders.$versionId";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

const norm = { intent: "save-norm", code: "N-1", title: "Veiligheid", description: "Het kind is veilig.", criteria: "A\nB", order: "1" };

async function onVersion(email: string, versionId: string, fields: Record<string, string>) {
  const cookie = await sessionCookieFor(email);
  return responseOf(() => versionAction(routeArgs(post(`/toetsingskaders/${versionId}`, fields, cookie), { versionId })));
}

describe("assessment frameworks", () => {
  beforeEach(seedDemoData);

  it("lets an administrator create a framework and edit its norms while no trajectory uses it", async () => {
    const cookie = await sessionCookieFor("beheer@igj.example");
    const created = await responseOf(() =>
      listAction(routeArgs(post("/toetsingskaders", { name: "Toetsingskader Residentieel", sector: "Jeugd", effectiveDate: "2026-01-01" }, cookie))),
    );
    expect(created.status).toBe(302);
    const versionId = created.headers.get("Location")?.split("/").pop() ?? "";
    expect((await onVersion("beheer@igj.example", versionId, norm)).status).toBe(302);
    expect((await onVersion("beheer@igj.example", versionId, { ...norm, title: "" })).status).toBe(400);
    expect((await onVersion("beheer@igj.example", versionId, norm)).status).toBe(400); // duplicate code
    expect(await db.norm.count({ where: { frameworkVersionId: versionId } })).toBe(1);
  });

  it("never changes a version a trajectory uses: a change is a new version that copies its norms", async () => {
    const used = await db.frameworkVersion.findFirstOrThrow({ where: { trajectories: { some: {} } }, include: { norms: true } });
    const target = used.norms[0]!;
    const before = await db.norm.findMany({ where: { frameworkVersionId: used.id }, orderBy: { order: "asc" } });
    const edit = await onVersion("beheer@igj.example", used.id, { ...norm, normId: target.id, code: target.code, title: "Gewijzigd" });
    expect(edit.status).toBe(409);
    expect((await edit.json()).formError).toMatch(/in gebruik/);
    expect((await onVersion("beheer@igj.example", used.id, { ...norm, code: "NEW" })).status).toBe(409);
    expect((await onVersion("beheer@igj.example", used.id, { intent: "delete-norm", normId: target.id })).status).toBe(409);
    expect(await db.norm.findMany({ where: { frameworkVersionId: used.id }, orderBy: { order: "asc" } })).toEqual(before);

    const next = await onVersion("beheer@igj.example", used.id, { intent: "new-version", effectiveDate: "2027-01-01" });
    const nextId = next.headers.get("Location")?.split("/").pop() ?? "";
    const copy = await db.frameworkVersion.findUniqueOrThrow({ where: { id: nextId }, include: { norms: true } });
    expect(copy.version).toBe(used.version + 1);
    expect(copy.norms.map((n) => n.code).sort()).toEqual(used.norms.map((n) => n.code).sort());
    expect((await onVersion("beheer@igj.example", nextId, { ...norm, normId: copy.norms[0]!.id, code: copy.norms[0]!.code, title: "Gewijzigd" })).status).toBe(302);
  });

  it("lets inspectors read frameworks but only administrators change them; organisation users see none", async () => {
    const used = await db.frameworkVersion.findFirstOrThrow();
    expect((await onVersion("inspecteur@igj.example", used.id, { intent: "new-version", effectiveDate: "2027-01-01" })).status).toBe(403);
    const inspector = await sessionCookieFor("inspecteur@igj.example");
    expect((await responseOf(() => listLoader(routeArgs(get("/toetsingskaders", inspector))))).status).toBe(200);
    for (const email of ["teamleider@igj.example", "enver@enver.example"]) {
      expect((await onVersion(email, used.id, { intent: "new-version", effectiveDate: "2027-01-01" })).status, email).toBe(403);
      const cookie = await sessionCookieFor(email);
      const create = await responseOf(() => listAction(routeArgs(post("/toetsingskaders", { name: "X", sector: "Y", effectiveDate: "2027-01-01" }, cookie))));
      expect(create.status, email).toBe(403);
    }
    const org = await sessionCookieFor("enver@enver.example");
    expect((await responseOf(() => listLoader(routeArgs(get("/toetsingskaders", org))))).status).toBe(403);
    expect(await db.frameworkVersion.count()).toBe(1);
    expect(await db.framework.count()).toBe(1);
  });
});
