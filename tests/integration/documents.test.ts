// Documents of a trajectory: the team adds reports, letters and outside references (a file is
// checked and stored as attachments are); the organisation sees only what is meant for it
// (seesDocument); a published report has a public page and a public file; a report moves
// draft → final → published, and a stale step answers 409.
import { beforeEach, describe, expect, it } from "vitest";
import { loader as downloadLoader } from "~/routes/documenten.$id";
import { loader as publicLoader } from "~/routes/rapporten.$id";
import { releaseFiles } from "~/models/stored-files.server";
import { loader as overviewLoader } from "~/routes/trajecten.$id._index";
import { action as documentsAction, loader as documentsLoader } from "~/routes/trajecten.$id.documenten";
import { assessmentFixture, callLoader, cookies, db } from "../support/assessment-fixtures";
import { tinyPdf } from "../support/files";
import { get, post, responseOf, routeArgs } from "../support/requests";

let fx: Awaited<ReturnType<typeof assessmentFixture>>;
beforeEach(async () => {
  fx = await assessmentFixture();
});

const base = () => `/trajecten/${fx.trajectoryId}/documenten`;

async function add(fields: Record<string, string>, file?: File, cookie?: string) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append("file", file);
  return responseOf(async () => documentsAction(routeArgs(post(base(), form, cookie ?? (await cookies.lead())), { id: fx.trajectoryId })));
}

const pdf = (name: string) => new File([Buffer.from(tinyPdf(name))], name, { type: "application/pdf" });

async function seen(cookie: string) {
  const body = (await (await callLoader(documentsLoader, base(), { id: fx.trajectoryId }, cookie)).json()) as { documents: { title: string }[] };
  return body.documents.map((d) => d.title).sort();
}

describe("documents", () => {
  it("adds each kind, stores the file checked, and shows the organisation only what is meant for it", async () => {
    expect((await add({ kind: "INSPECTION_REPORT", title: "Concept", date: "2026-03-01", status: "DRAFT" }, pdf("concept.pdf"))).status).toBe(302);
    expect((await add({ kind: "INSPECTION_REPORT", title: "Rapport", date: "2026-03-02", status: "FINAL" }, pdf("rapport.pdf"))).status).toBe(302);
    expect((await add({ kind: "LETTER", title: "Brief aan Enver", date: "2026-03-03", status: "TO_ORGANISATION" })).status).toBe(302);
    expect((await add({ kind: "LETTER", title: "Interne notitie", date: "2026-03-04", status: "INTERNAL" })).status).toBe(302);
    expect((await add({ kind: "EXTERNAL", title: "Kamervragen", date: "2026-03-05", status: "PUBLIC", url: "https://www.tweedekamer.nl/kamerstukken" })).status).toBe(302);
    expect(await db.auditEvent.count({ where: { trajectoryId: fx.trajectoryId, action: "document.added" } })).toBe(5);

    expect(await seen(await cookies.lead())).toEqual(["Brief aan Enver", "Concept", "Interne notitie", "Kamervragen", "Rapport"]);
    expect(await seen(await cookies.manager())).toHaveLength(5);
    expect(await seen(await cookies.organisation())).toEqual(["Brief aan Enver", "Kamervragen", "Rapport"]);
    expect((await callLoader(documentsLoader, base(), { id: fx.trajectoryId }, await cookies.otherOrganisation())).status).toBe(404);

    // The timeline follows the same rule.
    const timeline = async (cookie: string) =>
      ((await (await callLoader(overviewLoader, `/trajecten/${fx.trajectoryId}`, { id: fx.trajectoryId }, cookie)).json()) as { timeline: { kind: string; label: string }[] }).timeline
        .filter((e) => e.kind === "document")
        .map((e) => e.label);
    expect(await timeline(await cookies.organisation())).toEqual(["Inspectierapport: Rapport", "Brief: Brief aan Enver", "Openbaar stuk (Kamervragen, brief van de minister): Kamervragen"]);
    expect(await timeline(await cookies.lead())).toHaveLength(5);

    // Downloads: the organisation gets the final report's file, not the draft's (404, as for no such id).
    const draft = await db.trajectoryDocument.findFirstOrThrow({ where: { title: "Concept" } });
    const final = await db.trajectoryDocument.findFirstOrThrow({ where: { title: "Rapport" } });
    const download = async (id: string, cookie?: string) => responseOf(() => downloadLoader(routeArgs(get(`/documenten/${id}`, cookie), { id })));
    const org = await download(final.id, await cookies.organisation());
    expect(org.status).toBe(200);
    expect(org.headers.get("Content-Disposition")).toContain("rapport.pdf");
    expect((await download(draft.id, await cookies.organisation())).status).toBe(404);
    expect((await download(final.id, await cookies.otherOrganisation())).status).toBe(404);
    expect((await download(draft.id, await cookies.lead())).status).toBe(200);
    // Not published yet: no public page and no file for anyone signed out.
    expect((await download(final.id)).status).toBe(404);
    expect((await responseOf(() => publicLoader(routeArgs(get(`/rapporten/${final.id}`), { id: final.id })))).status).toBe(404);
  });

  it("keeps a document's file when a progress report or theme answer with the same content releases it", async () => {
    expect((await add({ kind: "INSPECTION_REPORT", title: "Rapport", date: "2026-03-02", status: "FINAL" }, pdf("gedeeld-met-een-bijlage.pdf"))).status).toBe(302);
    const document = await db.trajectoryDocument.findFirstOrThrow({ where: { title: "Rapport" }, select: { id: true, sha256: true } });
    // Content is stored once per hash; removing an attachment of the same bytes calls this.
    await releaseFiles([document.sha256!]);
    const download = await responseOf(async () => downloadLoader(routeArgs(get(`/documenten/${document.id}`, await cookies.lead()), { id: document.id })));
    expect(download.status).toBe(200);
  });

  it("moves a report to final and published; the published one is public; a stale step answers 409", async () => {
    await add({ kind: "INSPECTION_REPORT", title: "Rapport", date: "2026-03-02", status: "DRAFT" }, pdf("rapport.pdf"));
    const report = await db.trajectoryDocument.findFirstOrThrow({ where: { title: "Rapport" } });
    const advance = async (version: number) => add({ intent: "advance", documentId: report.id, version: String(version), publishedOn: "2026-03-20" });
    expect((await advance(1)).status).toBe(302);
    expect((await advance(1)).status).toBe(409);
    expect((await advance(2)).status).toBe(302);
    expect(await db.trajectoryDocument.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "PUBLISHED", publishedOn: "2026-03-20", version: 3 });
    expect((await advance(3)).status).toBe(409);

    const page = await responseOf(() => publicLoader(routeArgs(get(`/rapporten/${report.id}`), { id: report.id })));
    expect(page.status).toBe(200);
    expect(((await page.json()) as { report: { title: string } }).report.title).toBe("Rapport");
    expect((await responseOf(() => downloadLoader(routeArgs(get(`/documenten/${report.id}`), { id: report.id })))).status).toBe(200);
  });

  it("refuses bad input with field errors, a disguised file, and anyone but the team, writing nothing", async () => {
    const before = await db.trajectoryDocument.count();
    const bad = await add({ kind: "LETTER", title: "", date: "2026-13-01", status: "PUBLISHED", url: "javascript:alert(1)" });
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { errors: object }).errors).sort()).toEqual(["date", "status", "title", "url"]);
    const noUrl = await add({ kind: "EXTERNAL", title: "Brief van de minister", date: "2026-03-01", status: "PUBLIC" });
    expect(Object.keys(((await noUrl.json()) as { errors: object }).errors)).toEqual(["url"]);
    const disguised = await add({ kind: "LETTER", title: "Brief", date: "2026-03-01", status: "INTERNAL" }, new File(["<script>alert(1)</script>"], "brief.pdf", { type: "application/pdf" }));
    expect(disguised.status).toBe(400);
    for (const cookie of [await cookies.organisation(), await cookies.manager(), await cookies.outsider()]) {
      expect((await add({ kind: "LETTER", title: "Brief", date: "2026-03-01", status: "INTERNAL" }, undefined, cookie)).status).toBe(403);
    }
    expect((await add({ kind: "LETTER", title: "Brief", date: "2026-03-01", status: "INTERNAL" }, undefined, await cookies.otherOrganisation())).status).toBe(404);
    expect(await db.trajectoryDocument.count()).toBe(before);
  });
});
