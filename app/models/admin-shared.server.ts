import type { ActiveStatus } from "~/domain/account-forms";
import { recordAudit, type Tx } from "~/utils/audit.server";

// What the administration of organisations and of users share.

/** The "active / deactivated / all" filter of their lists. */
export function activeWhere(status: ActiveStatus): { active?: boolean } {
  return status ? { active: status === "active" } : {};
}

/** The audit event of a deactivation or reactivation ("organisation.deactivated", "user.reactivated", …). */
export async function auditActiveChange(tx: Tx, actorId: string | null, subject: { entity: "Organisation" | "User"; id: string }, active: boolean): Promise<void> {
  await recordAudit(tx, {
    trajectoryId: null,
    actorId,
    action: `${subject.entity.toLowerCase()}.${active ? "reactivated" : "deactivated"}`,
    entity: subject.entity,
    entityId: subject.id,
    before: { active: !active },
    after: { active },
  });
}
