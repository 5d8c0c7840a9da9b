import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { loader as downloadLoader } from "~/routes/bijlagen.$id";
import { requireTrajectoryAccess } from "~/models/access.server";
import { saveSubmission } from "~/models/progress-report.server";
import { action as requestAction } from "~/routes/trajecten.$id.rapportages.$requestId";
import { parseUpload } from "~/utils/files.server";
import { cookies } from "../support/assessment-fixtures";
import { db, seedDemoData } from "../support/database";
import { elfBytes, fileOf, mzBytes, tinyDocx, tinyPdf, tinyPng, tinyXlsx, zipOf } from "../support/files";
import { get, post, responseOf, routeArgs } from "../support/requests";

const ENVER = "traj-enver";
let requestId: string;
let normId: string;

beforeEach(async () => {
  // Stored files outlive the rows that the per-test reset deletes: start each test with none.
  await rm(path.resolve(process.env.ATTACHMENTS_DIR ?? ""), { recursive: true, force: true });
  await seedDemoData();
  const norm = await db.norm.findFirstOrThrow({ where: { frameworkVersion: { trajectories: { some: { id: ENVER } } } }, orderBy: { order: "asc" } });
  normId = norm.id;
  const lead = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" } });
  const request = await db.progressReportRequest.create({
    data: { trajectoryId: ENVER, title: "Bijlagentest", instructions: "", dueDate: "2026-12-31", status: "REQUESTED", requestedById: lead.id, norms: { create: [{ normId }] } },
  });
  requestId = request.id;
});

async function upload(file: File, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append("intent", fields.intent ?? "save");
  form.append("version", fields.version ?? "0");
  form.append("summary", fields.summary ?? "Mijn samenvatting");
  form.append(`progress-${normId}`, fields.progress ?? "Mijn voortgang");
  form.append("attachment", file);
  const path = `/trajecten/${ENVER}/rapportages/${requestId}`;
  return responseOf(async () => requestAction(routeArgs(post(path, form, await cookies.organisation()), { id: ENVER, requestId })));
}

async function download(id: string, cookie: string) {
  return responseOf(() => downloadLoader(routeArgs(get(`/bijlagen/${id}`, cookie), { id })));
}

async function storedFiles(): Promise<string[]> {
  const names = await readdir(path.resolve(process.env.ATTACHMENTS_DIR ?? "")).catch(() => [] as string[]);
  const incoming = await readdir(path.resolve(process.env.ATTACHMENTS_DIR ?? "", ".incoming")).catch(() => [] as string[]);
  return [...names.filter((n) => n !== ".incoming"), ...incoming.map((n) => `.incoming/${n}`)];
}

async function nothingWritten() {
  expect(await db.attachment.count()).toBe(0);
  expect(await db.progressReportSubmission.count({ where: { requestId } })).toBe(0);
  expect(await storedFiles()).toEqual([]);
}

describe("attachment uploads", () => {
  it.each([
    ["plain text named .pdf", () => fileOf(new TextEncoder().encode("Dit is geen PDF"), "rapport.pdf")],
    ["an ELF executable named report.pdf", () => fileOf(elfBytes(), "report.pdf")],
    ["a Windows executable named report.pdf", () => fileOf(mzBytes(), "report.pdf")],
    ["a zip without Word or Excel parts named .docx", () => fileOf(zipOf({ "evil.sh": "rm -rf /" }), "plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
    ["an HTML page named .png", () => fileOf(new TextEncoder().encode("<html><script>alert(1)</script>"), "foto.png", "image/png")],
  ])("refuses %s with a field error, keeps the typed text and stores nothing", async (_label, make) => {
    const response = await upload(make());
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors.attachment).toEqual(["Dit bestand is geen PDF, DOCX, XLSX, PNG of JPEG. We kijken naar de inhoud van het bestand, niet naar de naam."]);
    expect(body.values).toMatchObject({ summary: "Mijn samenvatting", [`progress-${normId}`]: "Mijn voortgang" });
    await nothingWritten();
  });

  it("refuses a file over the size limit at the limit, with a clear error, storing nothing", async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(tinyPdf().subarray(0, 8));
    const response = await upload(fileOf(big, "groot.pdf"));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors.attachment).toEqual(["Dit bestand is groter dan 20 MB."]);
    expect(body.values.summary).toBe("Mijn samenvatting");
    await nothingWritten();
  });

  it("reports a summary over 256 KB at the summary field, not as a file at the attachment field", async () => {
    const response = await upload(fileOf(tinyPdf(), "verslag.pdf"), { summary: "a".repeat(256 * 1024 + 10) });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toEqual({ summary: ["Gebruik hoogstens 5000 tekens."] });
    // The fields after it still arrived, so what the user typed there comes back.
    expect(body.values[`progress-${normId}`]).toBe("Mijn voortgang");
    await nothingWritten();
  });

  it("leaves no stored file behind when the save fails with an error rather than a refusal", async () => {
    const form = new FormData();
    form.append("attachment", fileOf(tinyPdf(), "verslag.pdf"));
    const { files } = await parseUpload(new Request("http://localhost/upload", { method: "POST", body: form }));
    expect(files).toHaveLength(1);
    const row = await db.user.findFirstOrThrow({ where: { role: "ORGANISATION", organisation: { trajectories: { some: { id: ENVER } } } }, select: { id: true, organisationId: true } });
    const organisation = { ...row, role: "ORGANISATION" as const };
    const trajectory = await requireTrajectoryAccess(organisation, ENVER);
    // A request of no trajectory of theirs: the transaction throws (404) after the file was stored.
    const failed = saveSubmission(organisation, trajectory, "no-such-request", { summary: "x", version: 0, progress: {}, submit: false }, files);
    await expect(failed).rejects.toMatchObject({ status: 404 });
    await nothingWritten();
  });

  it("refuses an empty file", async () => {
    const response = await upload(fileOf(new Uint8Array(), "leeg.pdf"));
    expect(response.status).toBe(400);
    expect((await response.json()).errors.attachment).toEqual(["Dit bestand is leeg."]);
    await nothingWritten();
  });

  it("accepts PDF, DOCX, XLSX and PNG by content, naming them by what they are, stored once per content", async () => {
    expect((await upload(fileOf(tinyPdf(), "../../etc/verslag.pdf"))).status).toBe(302);
    expect((await upload(fileOf(tinyDocx(), "plan.docx"), { version: "1" })).status).toBe(302);
    expect((await upload(fileOf(tinyXlsx(), "cijfers.pdf"), { version: "2" })).status).toBe(302);
    expect((await upload(fileOf(tinyPng(), 'foto "team" é.png'), { version: "3" })).status).toBe(302);
    expect((await upload(fileOf(tinyPdf(), "zelfde inhoud.pdf"), { version: "4" })).status).toBe(302);
    const rows = await db.attachment.findMany({ orderBy: { createdAt: "asc" }, select: { fileName: true, mimeType: true, sha256: true } });
    expect(rows.map((r) => [r.fileName, r.mimeType])).toEqual([
      ["verslag.pdf", "application/pdf"],
      ["plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["cijfers.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ["foto team é.png", "image/png"],
      ["zelfde inhoud.pdf", "application/pdf"],
    ]);
    // Content-addressed: the two identical PDFs share one file; nothing is left in staging.
    expect((await storedFiles()).sort()).toEqual([...new Set(rows.map((r) => r.sha256))].sort());
  });
});

describe("attachment downloads", () => {
  it("serves the file as a download to those who may see it, and 404 to anyone else", async () => {
    const pdf = tinyPdf();
    expect((await upload(fileOf(pdf, 'rapport "juni" é.pdf'))).status).toBe(302);
    const attachment = await db.attachment.findFirstOrThrow();

    const own = await download(attachment.id, await cookies.organisation());
    expect(own.status).toBe(200);
    expect(own.headers.get("Content-Type")).toBe("application/pdf");
    expect(own.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(own.headers.get("Content-Disposition")).toBe(`attachment; filename="rapport juni _.pdf"; filename*=UTF-8''rapport%20juni%20%C3%A9.pdf`);
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(pdf);

    expect((await download(attachment.id, await cookies.otherOrganisation())).status).toBe(404);
    expect((await download("bestaat-niet", await cookies.organisation())).status).toBe(404);
    // A draft is the organisation's own until it is submitted.
    expect((await download(attachment.id, await cookies.lead())).status).toBe(404);
    expect((await upload(new File([], ""), { intent: "submit", version: "1" })).status).toBe(302);
    expect((await download(attachment.id, await cookies.lead())).status).toBe(200);
    expect((await download(attachment.id, await cookies.manager())).status).toBe(200);
    expect((await download(attachment.id, await cookies.otherOrganisation())).status).toBe(404);
  });

  it("removes a draft attachment and its file, but never one of a submitted submission", async () => {
    expect((await upload(fileOf(tinyPdf(), "weg.pdf"))).status).toBe(302);
    const attachment = await db.attachment.findFirstOrThrow();
    const path = `/trajecten/${ENVER}/rapportages/${requestId}`;
    const remove = async (version: string) =>
      responseOf(async () =>
        requestAction(routeArgs(post(path, { intent: "removeAttachment", attachmentId: attachment.id, version }, await cookies.organisation()), { id: ENVER, requestId })),
      );
    expect((await remove("1")).status).toBe(302);
    expect(await db.attachment.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "report.attachmentRemoved", entityId: attachment.id } })).toBe(1);

    expect((await upload(fileOf(tinyPdf(), "blijft.pdf"), { intent: "submit", version: "2" })).status).toBe(302);
    const kept = await db.attachment.findFirstOrThrow();
    const late = await responseOf(async () =>
      requestAction(routeArgs(post(path, { intent: "removeAttachment", attachmentId: kept.id, version: "3" }, await cookies.organisation()), { id: ENVER, requestId })),
    );
    expect(late.status).toBe(404);
    expect(await db.attachment.count()).toBe(1);
  });
});
