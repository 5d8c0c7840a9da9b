import type { Role } from "./roles";

// Who may do what, in one place for server and UI. Organisation scope and team membership
// are checked by the models' queries and `canWriteTrajectory`; this table says what a role may do at all.
export const PERMISSIONS = [
  "trajectory:read",
  "trajectory:create",
  "trajectory:write",
  "assessment:write",
  "report:request",
  "report:review",
  "report:submit",
  "plan:edit",
  "plan:review",
  "draft-report:share",
  "draft-report:respond",
  "proposal:create",
  "decision:make",
  "decision:publish",
  "closure:read",
  "trajectory:report",
  "portfolio:read",
  "framework:read",
  "framework:manage",
  "admin:manage",
  "audit:read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  INSPECTOR: [
    "trajectory:read",
    "trajectory:create",
    "trajectory:write",
    "assessment:write",
    "report:request",
    "report:review",
    "plan:review",
    "draft-report:share",
    "proposal:create",
    "closure:read",
    "trajectory:report",
    "framework:read",
    "audit:read",
  ],
  ORGANISATION: ["trajectory:read", "report:submit", "plan:edit", "draft-report:respond"],
  MANAGER: ["trajectory:read", "portfolio:read", "decision:make", "decision:publish", "closure:read", "trajectory:report", "framework:read", "audit:read"],
  ADMIN: ["trajectory:read", "framework:read", "framework:manage", "admin:manage", "portfolio:read", "closure:read", "trajectory:report", "audit:read"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export interface TeamShape {
  leadInspectorId: string;
  memberIds: readonly string[];
}

/** Inspectors write only in trajectories they lead or are on the team of. */
export function canWriteTrajectory(user: { id: string; role: Role }, team: TeamShape): boolean {
  if (!can(user.role, "trajectory:write")) return false;
  return team.leadInspectorId === user.id || team.memberIds.includes(user.id);
}

/** Four eyes: nobody decides on a proposal they made or co-authored. */
export function canDecideOn(
  user: { id: string; role: Role },
  proposal: { proposedById: string; coAuthorIds: readonly string[] },
): boolean {
  if (!can(user.role, "decision:make")) return false;
  return proposal.proposedById !== user.id && !proposal.coAuthorIds.includes(user.id);
}
