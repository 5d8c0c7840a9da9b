import { canPropose } from "./closure";
import { isOpenForWork, type TrajectoryStatus } from "./lifecycle";
import type { Role } from "./roles";

// Who may do what, in one place for server and UI. The role table says what a role may do at
// all; the predicates below add the trajectory (team, organisation, lifecycle). The server reaches
// a trajectory only through `requireTrajectoryAccess` (app/models/access.server.ts), which applies
// them: 404 when the user may not know the trajectory exists, 403 when they may see it but not do
// this (docs/decisions/003-permissions.md).
export const PERMISSIONS = [
  // by area: the trajectory, the work inside it, its closure, and the inspectorate's own views
  "trajectory:read", "trajectory:create", "trajectory:write", "trajectory-report:read", "audit:read",
  "assessment:write", "progress-report:request", "progress-report:review", "progress-report:submit", "plan:edit", "plan:review",
  "draft-report:share", "draft-report:respond",
  "proposal:create", "decision:make", "decision:publish", "closure:read",
  "portfolio:read", "framework:read", "framework:manage", "admin:manage",
  // thematic supervision of a sector (issue 15)
  "theme:read", "theme:manage", "theme:answer",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  INSPECTOR: [
    "trajectory:read",
    "trajectory:create",
    "trajectory:write",
    "assessment:write",
    "progress-report:request",
    "progress-report:review",
    "plan:review",
    "draft-report:share",
    "proposal:create",
    "closure:read",
    "trajectory-report:read",
    "framework:read",
    "audit:read",
    "theme:read",
    "theme:manage",
  ],
  ORGANISATION: ["trajectory:read", "progress-report:submit", "plan:edit", "draft-report:respond", "theme:answer"],
  MANAGER: ["trajectory:read", "portfolio:read", "decision:make", "decision:publish", "closure:read", "trajectory-report:read", "framework:read", "audit:read", "theme:read"],
  ADMIN: ["trajectory:read", "framework:read", "framework:manage", "admin:manage", "portfolio:read", "closure:read", "trajectory-report:read", "audit:read", "theme:read"],
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

/** A theme is written (questions, sending, scores, selection) by its lead inspector and team only. */
export function canWriteTheme(user: { id: string; role: Role }, team: TeamShape): boolean {
  if (!can(user.role, "theme:manage")) return false;
  return team.leadInspectorId === user.id || team.memberIds.includes(user.id);
}

/**
 * Four eyes: nobody decides on what they made or co-authored — a closure proposal, or a single
 * author's record (a compliance finding, a follow-up outcome: no co-authors).
 */
export function canDecideOn(
  user: { id: string; role: Role },
  made: { proposedById: string | null; coAuthorIds?: readonly string[] },
): boolean {
  if (!can(user.role, "decision:make")) return false;
  return made.proposedById !== user.id && !(made.coAuthorIds ?? []).includes(user.id);
}

type Actor = { id: string; role: Role };

/**
 * A trajectory as the access rules see it: found within the user's scope, with its team and
 * where it stands. Only `requireTrajectoryAccess` makes one; models take it instead of a bare id
 * wherever they reach inside a trajectory.
 */
export interface VisibleTrajectory extends TeamShape {
  id: string;
  reference: string;
  status: TrajectoryStatus;
  organisationId: string;
  frameworkVersionId: string;
  version: number;
}

/**
 * Organisation users see their own organisation's trajectories only; everyone else sees all.
 * Returns the organisation the user is confined to, or null for no confinement. A user of the
 * organisation role without an organisation is confined to none ("-" matches nothing).
 */
export function organisationScope(user: { role: Role; organisationId?: string | null }): string | null {
  return user.role === "ORGANISATION" ? (user.organisationId ?? "-") : null;
}

/**
 * The inspectorate's own records (visit notes, proposals, returned decisions, rounds not yet
 * published) are for the inspectorate's roles; an organisation user sees what is released to it.
 */
export function seesInternalRecords(user: { role: Role }): boolean {
  return user.role !== "ORGANISATION";
}

/** Organisation users see an assessment round only once it is published to them. */
export const seesUnpublishedRounds = seesInternalRecords;

/** A visit as the secrecy rule sees it: announced or not, and whether it has been held. */
export interface VisitSecrecyShape {
  announced: boolean;
  held: boolean;
}

/**
 * An unannounced visit stays unannounced: the organisation learns of it only once it has been
 * recorded as held, on every surface (visit list, timeline, counts, deadlines, start page,
 * exports, calendar feed, notifications). Announced visits, planned or held, it may know of.
 * Queries apply the same rule through `visibleVisits` / `visibleVisitsSql` (access.server.ts).
 */
export function seesVisit(user: { role: Role }, visit: VisitSecrecyShape): boolean {
  return seesUnannouncedPlannedVisits(user) || visit.announced || visit.held;
}

/**
 * Documents of its own trajectory an organisation sees when they are meant for it: an
 * inspection report once final (sent to it) or published, a letter addressed to it, and outside
 * documents (public anyway). Report drafts and internal letters are the inspectorate's.
 * Queries apply it through `visibleDocuments` (access.server.ts).
 */
export function seesDocument(user: { role: Role }, document: { kind: string; status: string }): boolean {
  if (seesInternalRecords(user)) return true;
  if (document.kind === "INSPECTION_REPORT") return document.status === "FINAL" || document.status === "PUBLISHED";
  if (document.kind === "LETTER") return document.status === "TO_ORGANISATION";
  return document.kind === "EXTERNAL";
}

/** Whether a user may know of unannounced visits that have not happened yet: the inspectorate only. */
export const seesUnannouncedPlannedVisits = seesInternalRecords;

/**
 * Inspectors on the trajectory's team write assessments, rounds, measures and visits, and only
 * while the trajectory is open for work (not a draft, not archived).
 */
export function canAssess(user: Actor, trajectory: TeamShape & { status: TrajectoryStatus }): boolean {
  return can(user.role, "assessment:write") && canWriteTrajectory(user, trajectory) && isOpenForWork(trajectory.status);
}

/** Inspectors on the team request, review and share, while the trajectory is open for work. */
export function canInspect(
  user: Actor,
  trajectory: TeamShape & { status: TrajectoryStatus },
  permission: "progress-report:request" | "progress-report:review" | "plan:review" | "draft-report:share",
): boolean {
  return can(user.role, permission) && canWriteTrajectory(user, trajectory) && isOpenForWork(trajectory.status);
}

/**
 * The organisation acts on its own trajectory only: a VisibleTrajectory is already within the
 * organisation's scope, so here only the role's permission and the status count.
 */
export function canOrganisationAct(user: Actor, trajectory: { status: TrajectoryStatus }, permission: "progress-report:submit" | "plan:edit" | "draft-report:respond"): boolean {
  return can(user.role, permission) && isOpenForWork(trajectory.status);
}

/** The lead inspector proposes closure; only while the lifecycle allows a proposal. */
export function mayPropose(user: Actor, trajectory: { leadInspectorId: string; status: TrajectoryStatus }): boolean {
  return can(user.role, "proposal:create") && trajectory.leadInspectorId === user.id && canPropose(trajectory.status);
}

/** What a user means to do with a trajectory they can see. */
export const TRAJECTORY_INTENTS = [
  "read",
  "assess",
  "audit:read",
  "trajectory-report:read",
  "closure:read",
  "proposal:create",
  "decision:make",
  "decision:publish",
  "follow-up:mark-met",
  "follow-up:record-outcome",
  "follow-up:decide",
  "enforcement:check",
  "enforcement:decide",
  "deadline:suspend",
  "progress-report:request",
  "progress-report:review",
  "plan:review",
  "draft-report:share",
  "progress-report:submit",
  "plan:edit",
  "draft-report:respond",
] as const;
export type TrajectoryIntent = (typeof TRAJECTORY_INTENTS)[number];

/** Whether the user may do `intent` with a trajectory they can see (scope is the caller's part). */
export function mayOnTrajectory(user: Actor, trajectory: VisibleTrajectory, intent: TrajectoryIntent): boolean {
  switch (intent) {
    case "read":
      return can(user.role, "trajectory:read");
    case "assess":
      return canAssess(user, trajectory);
    case "proposal:create":
      return mayPropose(user, trajectory);
    case "follow-up:mark-met":
      // The team records that a follow-up was met, and so may a manager.
      return canWriteTrajectory(user, trajectory) || can(user.role, "decision:make");
    case "follow-up:record-outcome":
    case "enforcement:check":
    case "deadline:suspend":
      // The team judges obligations and compliance and suspends the term: inspectors on the
      // trajectory only. Which statuses allow it is the model's refusal, with a clear message.
      return can(user.role, "assessment:write") && canWriteTrajectory(user, trajectory);
    case "follow-up:decide":
    case "enforcement:decide":
      // A manager decides; four eyes (never on one's own finding) is checked on the record.
      return can(user.role, "decision:make");
    case "progress-report:request":
    case "progress-report:review":
    case "plan:review":
    case "draft-report:share":
      return canInspect(user, trajectory, intent);
    case "progress-report:submit":
    case "plan:edit":
    case "draft-report:respond":
      return canOrganisationAct(user, trajectory, intent);
    case "audit:read":
    case "trajectory-report:read":
    case "closure:read":
    case "decision:make":
    case "decision:publish":
      return can(user.role, intent);
  }
}
