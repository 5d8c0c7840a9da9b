// Outcomes of follow-up obligations (nazorg) and what a manager decides follows a failed one.
// "Depending on the results, the inspectorate decides what follows": an obligation can be met,
// not met or partly met; anything but met waits for a manager's decision (four eyes).

export const FOLLOW_UP_OUTCOMES = ["MET", "NOT_MET", "PARTLY_MET"] as const;
export type FollowUpOutcomeCode = (typeof FOLLOW_UP_OUTCOMES)[number];

export const FOLLOW_UP_DECISIONS = ["RESUME_SUPERVISION", "NEW_TRAJECTORY", "NO_FURTHER_ACTION"] as const;
export type FollowUpDecisionCode = (typeof FOLLOW_UP_DECISIONS)[number];

export function isFollowUpOutcome(value: string): value is FollowUpOutcomeCode {
  return (FOLLOW_UP_OUTCOMES as readonly string[]).includes(value);
}

/** Whether an outcome needs a manager's decision on what follows. */
export function needsDecision(outcome: string): boolean {
  return outcome === "NOT_MET" || outcome === "PARTLY_MET";
}

/** Whether an obligation still stands in the way of archiving: open, or failed without a decision. */
export function blocksArchive(followUp: { status: string; outcome?: { outcome: string; decision: string | null } | null }): boolean {
  if (followUp.status === "OPEN") return true;
  return Boolean(followUp.outcome && needsDecision(followUp.outcome.outcome) && followUp.outcome.decision === null);
}
