import type { NormForm } from "~/domain/framework-forms";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

export async function listFrameworks() {
  return db.framework.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      sector: true,
      versions: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, effectiveDate: true, illustrative: true, _count: { select: { norms: true, trajectories: true } } },
      },
    },
  });
}

export async function getFrameworkVersion(id: string) {
  const version = await db.frameworkVersion.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      effectiveDate: true,
      illustrative: true,
      note: true,
      framework: { select: { id: true, name: true, sector: true } },
      norms: { orderBy: { order: "asc" }, select: { id: true, code: true, title: true, description: true, criteria: true, order: true } },
      _count: { select: { trajectories: true } },
    },
  });
  if (!version) return null;
  const latest = await db.frameworkVersion.findFirst({ where: { frameworkId: version.framework.id }, orderBy: { version: "desc" }, select: { version: true } });
  return { ...version, inUse: version._count.trajectories > 0, isLatest: latest?.version === version.version };
}

/** A version is immutable once a trajectory uses it: its norms are what that trajectory was assessed against. */
export class FrameworkInUseError extends Error {}

async function assertEditable(tx: Pick<typeof db, "trajectory">, versionId: string) {
  if ((await tx.trajectory.count({ where: { frameworkVersionId: versionId } })) > 0) throw new FrameworkInUseError();
}

export async function createFramework(actorId: string, input: { name: string; sector: string; effectiveDate: string }) {
  return db.$transaction(async (tx) => {
    const framework = await tx.framework.create({ data: { name: input.name, sector: input.sector }, select: { id: true } });
    const version = await tx.frameworkVersion.create({
      data: { frameworkId: framework.id, version: 1, effectiveDate: input.effectiveDate },
      select: { id: true },
    });
    await recordAudit(tx, { trajectoryId: null, actorId, action: "framework.created", entity: "FrameworkVersion", entityId: version.id, after: input });
    return version.id;
  });
}

/** The next version of a framework, starting as a copy of the given version's norms. */
export async function createNextVersion(actorId: string, fromVersionId: string, effectiveDate: string) {
  return db.$transaction(async (tx) => {
    const from = await tx.frameworkVersion.findUniqueOrThrow({
      where: { id: fromVersionId },
      select: { frameworkId: true, illustrative: true, note: true, norms: { select: { code: true, title: true, description: true, criteria: true, order: true } } },
    });
    const latest = await tx.frameworkVersion.findFirstOrThrow({ where: { frameworkId: from.frameworkId }, orderBy: { version: "desc" }, select: { version: true } });
    const version = await tx.frameworkVersion.create({
      data: { frameworkId: from.frameworkId, version: latest.version + 1, effectiveDate, illustrative: from.illustrative, note: from.note, norms: { create: from.norms } },
      select: { id: true, version: true },
    });
    await recordAudit(tx, { trajectoryId: null, actorId, action: "framework.versioned", entity: "FrameworkVersion", entityId: version.id, after: { version: version.version, from: fromVersionId } });
    return version.id;
  });
}

export async function saveNorm(actorId: string, versionId: string, normId: string | null, input: NormForm) {
  return db.$transaction(async (tx) => {
    await assertEditable(tx, versionId);
    const duplicate = await tx.norm.findFirst({ where: { frameworkVersionId: versionId, code: input.code, NOT: normId ? { id: normId } : undefined }, select: { id: true } });
    if (duplicate) return { ok: false as const };
    if (normId) {
      const before = await tx.norm.findFirst({ where: { id: normId, frameworkVersionId: versionId } });
      if (!before) throw new Response("Not found", { status: 404 });
      await tx.norm.update({ where: { id: normId }, data: input });
      await recordAudit(tx, { trajectoryId: null, actorId, action: "norm.updated", entity: "Norm", entityId: normId, before, after: input });
    } else {
      const norm = await tx.norm.create({ data: { ...input, frameworkVersionId: versionId }, select: { id: true } });
      await recordAudit(tx, { trajectoryId: null, actorId, action: "norm.created", entity: "Norm", entityId: norm.id, after: input });
    }
    return { ok: true as const };
  });
}

export async function deleteNorm(actorId: string, versionId: string, normId: string) {
  await db.$transaction(async (tx) => {
    await assertEditable(tx, versionId);
    const before = await tx.norm.findFirst({ where: { id: normId, frameworkVersionId: versionId } });
    // An id from the form that is not a norm of this version: nothing to delete.
    if (!before) throw new Response("Not found", { status: 404 });
    await tx.norm.delete({ where: { id: normId } });
    await recordAudit(tx, { trajectoryId: null, actorId, action: "norm.deleted", entity: "Norm", entityId: normId, before });
  });
}
