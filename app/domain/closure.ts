// Rules of closure proposals and decisions, without I/O: what may be proposed when, what an
// approved outcome does to the trajectory, and the norm summary a proposal carries.
// No zod here: components import these constants, and zod must stay out of the browser.
import { isOverdue } from "./dates";
import { canTransition, type TrajectoryStatus } from "./lifecycle";
import { RATINGS, isRating, type Rating } from "./rating";

export const CLOSURE_OUTCOMES = ["LIFT", "EXTEND", "ESCALATE"] as const;
export type ClosureOutcome = (typeof CLOSURE_OUTCOMES)[number];

export const FOLLOW_UP_KINDS = ["IMPROVEMENT_PLAN", "REPORT"] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const PROPOSAL_STATUSES = ["PENDING", "RETURNED", "APPROVED", "WITHDRAWN"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const DECISIONS = ["APPROVED", "RETURNED"] as const;
export type Decision = (typeof DECISIONS)[number];

/** The proposal form has this many optional follow-up rows: repeatable without JavaScript. */
export const FOLLOW_UP_ROWS = 3;

/** Field names of follow-up row `i` ("followUps.0.title"): field errors come back under the same names. */
export const followUpField = (i: number, part: "title" | "kind" | "dueDate") => `followUps.${i}.${part}`;

export function isClosureOutcome(value: string): value is ClosureOutcome {
  return (CLOSURE_OUTCOMES as readonly string[]).includes(value);
}

export function isFollowUpKind(value: string): value is FollowUpKind {
  return (FOLLOW_UP_KINDS as readonly string[]).includes(value);
}

export interface FollowUpPlan {
  title: string;
  kind: FollowUpKind;
  dueDate: string;
}

export interface NormSummaryEntry {
  code: string;
  title: string;
  baseline: Rating | null;
  latest: Rating | null;
}

/** A trajectory may get a closure proposal only where the lifecycle allows "closure proposed". */
export function canPropose(status: TrajectoryStatus): boolean {
  return canTransition(status, "CLOSURE_PROPOSED");
}

/**
 * The statuses an approved proposal moves the trajectory through, in order. A lift with
 * obligations after closure goes on to follow-up; without them it simply stays lifted.
 */
export function statusesAfterApproval(outcome: ClosureOutcome, followUpCount: number): TrajectoryStatus[] {
  switch (outcome) {
    case "LIFT":
      return followUpCount > 0 ? ["LIFTED", "FOLLOW_UP"] : ["LIFTED"];
    case "EXTEND":
      return ["EXTENDED"];
    case "ESCALATE":
      return ["ESCALATED"];
  }
}

/**
 * Where a returned proposal sends the trajectory: back to where it stood before the proposal,
 * which the last approved decision determines (an extension or an escalation), else active.
 */
export function statusAfterReturn(lastApprovedOutcome: ClosureOutcome | null): TrajectoryStatus {
  if (lastApprovedOutcome === "EXTEND") return "EXTENDED";
  if (lastApprovedOutcome === "ESCALATE") return "ESCALATED";
  return "ACTIVE";
}

/** An obligation after closure still open after its due date (issue 17: it said only "open"). */
export function isFollowUpOverdue(followUp: { status: string; dueDate: string }, today: string): boolean {
  return followUp.status === "OPEN" && isOverdue(followUp.dueDate, today);
}

/** A lifted trajectory is archived once nothing after closure is still open. */
export function canArchive(status: TrajectoryStatus, openFollowUps: number): boolean {
  return canTransition(status, "ARCHIVED") && openFollowUps === 0;
}

export interface SummaryAssessment {
  normId: string;
  rating: string;
  round: { kind: string; date: string; createdAt: Date | string };
}

function newestFirst(a: SummaryAssessment, b: SummaryAssessment): number {
  return b.round.date.localeCompare(a.round.date) || new Date(b.round.createdAt).getTime() - new Date(a.round.createdAt).getTime();
}

/**
 * Per norm, in framework order: the baseline rating and the rating in the newest round that
 * assessed it (which is the baseline itself while nothing later exists). Generated when a
 * proposal is made, so the decision reads the picture the proposer saw.
 */
export function buildNormSummary(
  norms: readonly { id: string; code: string; title: string }[],
  assessments: readonly SummaryAssessment[],
): NormSummaryEntry[] {
  const sorted = [...assessments].sort(newestFirst);
  const asRating = (value: string | undefined): Rating | null => (value && isRating(value) ? value : null);
  return norms.map((norm) => {
    const mine = sorted.filter((a) => a.normId === norm.id);
    return {
      code: norm.code,
      title: norm.title,
      baseline: asRating(mine.find((a) => a.round.kind === "BASELINE")?.rating),
      latest: asRating(mine[0]?.rating),
    };
  });
}

/** The stored JSON back as entries; anything malformed reads as no summary rather than a crash. */
export function parseNormSummary(json: string): NormSummaryEntry[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((item: unknown) => {
      if (!item || typeof item !== "object") return [];
      const { code, title, baseline, latest } = item as Record<string, unknown>;
      if (typeof code !== "string" || typeof title !== "string") return [];
      const rating = (r: unknown) => (typeof r === "string" && isRating(r) ? r : null);
      return [{ code, title, baseline: rating(baseline), latest: rating(latest) }];
    });
  } catch {
    return [];
  }
}

export function parseFollowUps(json: string): FollowUpPlan[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((item: unknown) => {
      if (!item || typeof item !== "object") return [];
      const { title, kind, dueDate } = item as Record<string, unknown>;
      if (typeof title !== "string" || typeof dueDate !== "string" || typeof kind !== "string" || !isFollowUpKind(kind)) return [];
      return [{ title, kind, dueDate }];
    });
  } catch {
    return [];
  }
}

export type RatingTally = Record<Rating | "none", number>;

export function emptyTally(): RatingTally {
  return Object.fromEntries([...RATINGS, "none"].map((key) => [key, 0])) as RatingTally;
}

/** How many norms had each rating at baseline and latest: the counts a public summary names. */
export function tallySummary(summary: readonly NormSummaryEntry[]): { baseline: RatingTally; latest: RatingTally } {
  const baseline = emptyTally();
  const latest = emptyTally();
  for (const entry of summary) {
    baseline[entry.baseline ?? "none"] += 1;
    latest[entry.latest ?? "none"] += 1;
  }
  return { baseline, latest };
}
