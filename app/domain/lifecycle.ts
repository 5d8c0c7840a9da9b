// The trajectory lifecycle: active → (extended) → closure proposed → lifted | escalated, then
// follow-up while obligations after closure remain open, then archived. A trajectory starts
// active: the brief's "draft" stage was never used (nothing created or showed a draft) and was
// dropped with its migration (docs/glossary.md).
export const TRAJECTORY_STATUSES = [
  "ACTIVE",
  "EXTENDED",
  "CLOSURE_PROPOSED",
  "LIFTED",
  "ESCALATED",
  "FOLLOW_UP",
  "ARCHIVED",
] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];

const TRANSITIONS: Record<TrajectoryStatus, readonly TrajectoryStatus[]> = {
  ACTIVE: ["CLOSURE_PROPOSED"],
  EXTENDED: ["CLOSURE_PROPOSED"],
  // A returned proposal sends the trajectory back to where it was (active or extended).
  CLOSURE_PROPOSED: ["ACTIVE", "EXTENDED", "LIFTED", "ESCALATED"],
  LIFTED: ["FOLLOW_UP", "ARCHIVED"],
  // Escalated trajectories stay under supervision: a new closure proposal can follow.
  ESCALATED: ["CLOSURE_PROPOSED"],
  // A follow-up obligation not met can lead, by a manager's decision, back into supervision.
  FOLLOW_UP: ["ARCHIVED", "ACTIVE"],
  ARCHIVED: [],
};

export function isTrajectoryStatus(value: string): value is TrajectoryStatus {
  return (TRAJECTORY_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: TrajectoryStatus, to: TrajectoryStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses in which the organisation is under enhanced supervision. */
export const UNDER_SUPERVISION: readonly TrajectoryStatus[] = ["ACTIVE", "EXTENDED", "CLOSURE_PROPOSED", "ESCALATED"];

/** Statuses in which inspectors still record assessments, visits and measures. */
export function isOpenForWork(status: TrajectoryStatus): boolean {
  return status !== "ARCHIVED";
}
