import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { verifyAuditChain, verifyTrajectoryChain } from "~/models/audit-chain.server";
import { loader as historyLoader } from "~/routes/trajecten.$id.historie";
import { action as visitAction } from "~/routes/trajecten.$id.bezoeken.nieuw";
import { databaseEngine, databaseFile } from "../../prisma/database-file";
import { db, seedDemoData } from "../support/database";
import { get, post, responseOf, routeArgs, sessionCookieFor } from "../support/requests";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Runs SQL with a history trigger lifted, as someone holding the database file could, then restores it. */
async function tamper(trigger: string, sql: string): Promise<void> {
  if (databaseEngine() === "postgresql") {
    // PostgreSQL: the trigger switched off on its table (its name says which) for the one statement.
    const table = trigger.replace(/_no_\w+$/, "");
    await db.$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
    try {
      await db.$executeRawUnsafe(sql);
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
    }
    return;
  }
  const [row] = await db.$queryRawUnsafe<{ sql: string }[]>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", trigger);
  if (!row) throw new Error(`No trigger ${trigger}`);
  await db.$executeRawUnsafe(`DROP TRIGGER "${trigger}"`);
  try {
    await db.$executeRawUnsafe(sql);
  } finally {
    await db.$executeRawUnsafe(row.sql);
  }
}

function auditVerify() {
  return spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/audit-verify.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseEngine() === "postgresql" ? process.env.DATABASE_URL! : `file:${databaseFile()}` },
    encoding: "utf8",
  });
}

async function chainShownOnHistoryPage() {
  const cookie = await sessionCookieFor("inspecteur@igj.example");
  const response = await responseOf(() => historyLoader(routeArgs(get("/trajecten/traj-enver/historie", cookie), { id: "traj-enver" })));
  return ((await response.json()) as { chain: { ok: boolean; brokenAt?: number } }).chain;
}

describe("the audit trail is append-only", () => {
  beforeEach(seedDemoData);

  it("refuses UPDATE and DELETE of audit events and of norm-assessment revisions", async () => {
    const events = await db.auditEvent.count();
    await expect(db.$executeRawUnsafe("UPDATE AuditEvent SET action = 'x'")).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("DELETE FROM AuditEvent")).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("UPDATE NormAssessmentRevision SET rating = 'VOLDOET'")).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("DELETE FROM NormAssessmentRevision")).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("does not cascade: a trajectory or a user with audit events cannot be deleted, and the events stay", async () => {
    const kustregio = await db.auditEvent.count({ where: { trajectoryId: "traj-kustregio" } });
    expect(kustregio).toBeGreaterThan(0);
    await expect(db.trajectory.delete({ where: { id: "traj-kustregio" } })).rejects.toThrow();
    await expect(db.$executeRawUnsafe("DELETE FROM Trajectory WHERE id = 'traj-kustregio'")).rejects.toThrow();
    expect(await db.auditEvent.count({ where: { trajectoryId: "traj-kustregio" } })).toBe(kustregio);
    const actor = await db.auditEvent.findFirstOrThrow({ where: { actorId: { not: null } }, select: { actorId: true } });
    await expect(db.$executeRawUnsafe(`DELETE FROM User WHERE id = '${actor.actorId}'`)).rejects.toThrow();
  });
});

describe("the hash chain", () => {
  beforeEach(seedDemoData);

  it("holds over the demo and over events the app appends; the history page says so", async () => {
    const cookie = await sessionCookieFor("inspecteur@igj.example");
    const response = await responseOf(() =>
      visitAction(routeArgs(post("/trajecten/traj-enver/bezoeken/nieuw", { date: "2026-02-02", kind: "ANNOUNCED", state: "HELD", participants: "Sanne", notes: "Gesprek" }, cookie), { id: "traj-enver" })),
    );
    expect(response.status).toBe(302);
    const verdict = await verifyAuditChain();
    expect(verdict).toMatchObject({ ok: true, unsealed: 0 });
    expect(verdict.checked).toBe(await db.auditEvent.count());
    expect(await chainShownOnHistoryPage()).toMatchObject({ ok: true });
    const run = auditVerify();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/intact/);
  });

  it("names the first event whose content was changed behind the triggers' back", async () => {
    const target = await db.auditEvent.findFirstOrThrow({ where: { trajectoryId: "traj-enver" }, orderBy: { id: "asc" }, skip: 3, select: { id: true } });
    await tamper("AuditEvent_no_update", `UPDATE AuditEvent SET after = '{"rating":"VOLDOET"}' WHERE id = ${target.id}`);
    expect(await verifyAuditChain()).toMatchObject({ ok: false, brokenAt: target.id, reason: "content" });
    expect(await verifyTrajectoryChain("traj-enver")).toMatchObject({ ok: false, brokenAt: target.id });
    expect(await chainShownOnHistoryPage()).toEqual({ ok: false, brokenAt: target.id });
    const run = auditVerify();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`BROKEN at event ${target.id}`);
  });

  it("notices an event removed from the middle: the next one no longer links", async () => {
    const [removed, next] = await db.auditEvent.findMany({ where: { trajectoryId: "traj-enver" }, orderBy: { id: "asc" }, skip: 5, take: 2, select: { id: true } });
    if (!removed || !next) throw new Error("The demo has too few events");
    await tamper("AuditEvent_no_delete", `DELETE FROM AuditEvent WHERE id = ${removed.id}`);
    const verdict = await verifyAuditChain();
    expect(verdict).toMatchObject({ ok: false, reason: "link" });
    expect(verdict.ok ? 0 : verdict.brokenAt).toBeGreaterThan(removed.id);
  });
});
