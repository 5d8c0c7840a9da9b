// The IGJ rating scale. `score` orders ratings for comparisons (higher is better);
// NOT_ASSESSED has no score and never counts as an improvement or a decline.
export const RATINGS = ["MEETS", "LARGELY_MEETS", "PARTLY_MEETS", "DOES_NOT_MEET", "NOT_ASSESSED"] as const;
export type Rating = (typeof RATINGS)[number];

const SCORE: Record<Rating, number | null> = {
  MEETS: 3,
  LARGELY_MEETS: 2,
  PARTLY_MEETS: 1,
  DOES_NOT_MEET: 0,
  NOT_ASSESSED: null,
};

export function isRating(value: string): value is Rating {
  return (RATINGS as readonly string[]).includes(value);
}

/** "improved" | "declined" | "unchanged" | "unknown" between two ratings of one norm. */
export function ratingTrend(from: Rating | null, to: Rating | null): "improved" | "declined" | "unchanged" | "unknown" {
  const a = from ? SCORE[from] : null;
  const b = to ? SCORE[to] : null;
  if (a === null || b === null) return "unknown";
  if (b > a) return "improved";
  if (b < a) return "declined";
  return "unchanged";
}

/** A norm is met when it meets or largely meets the norm. */
export function isMet(rating: Rating): boolean {
  return rating === "MEETS" || rating === "LARGELY_MEETS";
}

/** Assessed and not met: partly meets or does not meet. Not assessed (or no rating) is neither met nor unmet. */
export function isUnmet(rating: Rating | null): boolean {
  return rating !== null && rating !== "NOT_ASSESSED" && !isMet(rating);
}
