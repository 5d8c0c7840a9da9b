// Rules of assessment rounds, norm assessments, required measures and visits, without I/O.
import { isOverdue, todayIso } from "./dates";
import { RATINGS, ratingTrend, type Rating } from "./rating";

export const ROUND_KINDS = ["BASELINE", "INTERIM", "FINAL"] as const;
export const VISIT_KINDS = ["ANNOUNCED", "UNANNOUNCED"] as const;
/** A visit is entered ahead as planned (any date) or as held (today or earlier). */
export const VISIT_STATES = ["PLANNED", "HELD"] as const;
export type VisitState = (typeof VISIT_STATES)[number];
export type RoundKind = (typeof ROUND_KINDS)[number];

/** A trajectory has at most one baseline and one final round; interim rounds are unlimited. */
const SINGLE_KINDS: readonly RoundKind[] = ["BASELINE", "FINAL"];

export function roundKindTaken(kind: RoundKind, existingKinds: readonly string[]): boolean {
  return SINGLE_KINDS.includes(kind) && existingKinds.includes(kind);
}

export const REQUIRED_MEASURE_STATUSES = ["OPEN", "IN_PROGRESS", "MET", "NOT_MET"] as const;
export type RequiredMeasureStatus = (typeof REQUIRED_MEASURE_STATUSES)[number];

export function isRequiredMeasureStatus(value: string): value is RequiredMeasureStatus {
  return (REQUIRED_MEASURE_STATUSES as readonly string[]).includes(value);
}

/** A measure is overdue while it is still open or in progress after its due date; never stored. */
export function isRequiredMeasureOverdue(measure: { status: string; dueDate: string }, today: string = todayIso()): boolean {
  return (measure.status === "OPEN" || measure.status === "IN_PROGRESS") && isOverdue(measure.dueDate, today);
}

export type RatingCounts = Record<Rating | "none", number>;

/** How many norms of `normCount` got each rating in one round; "none" counts norms not yet assessed. */
export function countRatings(ratings: readonly Rating[], normCount: number): RatingCounts {
  const counts = Object.fromEntries([...RATINGS, "none"].map((key) => [key, 0])) as RatingCounts;
  for (const rating of ratings) counts[rating] += 1;
  counts.none = Math.max(0, normCount - ratings.length);
  return counts;
}

export const ASSESSMENT_FIELDS = ["rating", "findings", "evidence"] as const;
export type AssessmentField = (typeof ASSESSMENT_FIELDS)[number];
type AssessmentContent = Record<AssessmentField, string>;

/** The fields one revision changed compared with the one before it (all of them for the first). */
export function changedFields(previous: AssessmentContent | null, current: AssessmentContent): AssessmentField[] {
  if (!previous) return [...ASSESSMENT_FIELDS];
  return ASSESSMENT_FIELDS.filter((field) => previous[field] !== current[field]);
}

export interface RoundAssessment {
  rating: Rating;
  findings: string;
  round: { id: string; kind: string; title: string; titleCode: string | null; titleParams: string | null; date: string; createdAt: Date | string };
}

/** Newest round first: by calendar day, then by when the round was made (two rounds on one day). */
function newestFirst(a: RoundAssessment, b: RoundAssessment): number {
  return b.round.date.localeCompare(a.round.date) || new Date(b.round.createdAt).getTime() - new Date(a.round.createdAt).getTime();
}

/**
 * One norm's baseline against its latest assessment in a later round. `latest` is null while
 * the baseline is the only round that assessed the norm, so nothing is compared with itself.
 */
export function baselineComparison(assessments: readonly RoundAssessment[]) {
  const baseline = assessments.find((a) => a.round.kind === "BASELINE") ?? null;
  const latest = [...assessments].sort(newestFirst).find((a) => a.round.kind !== "BASELINE") ?? null;
  return {
    baseline,
    latest,
    trend: baseline && latest ? ratingTrend(baseline.rating, latest.rating) : ("unknown" as const),
  };
}
