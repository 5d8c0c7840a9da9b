// Types of enforcement measure (aanwijzing, last onder dwangsom, …) an escalation can propose.
// Administrators add types; a type's code never changes, because proposals and measures refer to it.
import { Prisma } from "~/generated/prisma/client";
import type { MeasureTypeInput } from "~/domain/closure-forms";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

const MAX_TYPES = 100;

export async function listMeasureTypes() {
  return db.enforcementMeasureType.findMany({ orderBy: { code: "asc" }, take: MAX_TYPES, select: { id: true, code: true, nameNl: true, nameEn: true } });
}

export async function measureTypeUsage() {
  const rows = await db.enforcementMeasureType.findMany({
    orderBy: { code: "asc" },
    take: MAX_TYPES,
    select: { id: true, code: true, nameNl: true, nameEn: true, _count: { select: { measures: true, proposals: true } } },
  });
  return rows;
}

export async function createMeasureType(user: { id: string }, input: MeasureTypeInput): Promise<{ ok: true } | { ok: false; reason: "codeTaken" }> {
  try {
    await db.$transaction(async (tx) => {
      const type = await tx.enforcementMeasureType.create({ data: input, select: { id: true } });
      await recordAudit(tx, { trajectoryId: null, actorId: user.id, action: "measureType.created", entity: "EnforcementMeasureType", entityId: type.id, after: input });
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "codeTaken" };
    throw error;
  }
}
