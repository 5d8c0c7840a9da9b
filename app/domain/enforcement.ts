// The enforcement ladder (handhaving): a measure is in force until a manager decides, on an
// inspector's compliance check, to end it, to impose the next step, or to withdraw it. Pure
// rules, shared by the models, the pages and the unit tests.

export const ENFORCEMENT_MEASURE_STATUSES = ["IN_FORCE", "ENDED", "SUCCEEDED", "WITHDRAWN"] as const;
export type EnforcementMeasureStatus = (typeof ENFORCEMENT_MEASURE_STATUSES)[number];

export const CHECK_STATUSES = ["PLANNED", "PROPOSED", "DECIDED"] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const FINDINGS = ["COMPLIED", "NOT_COMPLIED"] as const;
export type Finding = (typeof FINDINGS)[number];

/** What the inspector proposes and the manager decides: end, next step, or withdraw. */
export const CONSEQUENCES = ["END", "NEXT", "WITHDRAW"] as const;
export type Consequence = (typeof CONSEQUENCES)[number];

export const CHECK_DECISIONS = ["APPROVED", "RETURNED"] as const;
export type CheckDecision = (typeof CHECK_DECISIONS)[number];

export function isFinding(value: string): value is Finding {
  return (FINDINGS as readonly string[]).includes(value);
}
export function isConsequence(value: string): value is Consequence {
  return (CONSEQUENCES as readonly string[]).includes(value);
}

/** The status a measure takes when an approved consequence is applied to it. */
export function statusAfter(consequence: Consequence): Exclude<EnforcementMeasureStatus, "IN_FORCE"> {
  switch (consequence) {
    case "END":
      return "ENDED";
    case "NEXT":
      return "SUCCEEDED";
    case "WITHDRAW":
      return "WITHDRAWN";
  }
}

/**
 * Why a finding with this consequence does not hold together, or null. A measure that was
 * complied with is ended or withdrawn, never followed by a heavier one; one that was not
 * complied with can be followed by the next step, or ended or withdrawn when the manager so
 * decides (for instance when the situation changed).
 */
export function consequenceRefusal(finding: Finding, consequence: Consequence): "complied-next" | null {
  return finding === "COMPLIED" && consequence === "NEXT" ? "complied-next" : null;
}

/** Checks and findings are recorded only on a measure in force. */
export function acceptsCheck(status: string): boolean {
  return status === "IN_FORCE";
}

/** At most one check is open (planned or awaiting a decision) per measure at a time. */
export function isOpenCheck(status: string): boolean {
  return status === "PLANNED" || status === "PROPOSED";
}
