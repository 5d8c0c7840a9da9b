import type { ActiveStatus } from "~/domain/account-forms";

// Where-clause parts the administration lists (organisations, users) share.

/** The "active / deactivated / all" filter. */
export function activeWhere(status: ActiveStatus): { active?: boolean } {
  return status ? { active: status === "active" } : {};
}
