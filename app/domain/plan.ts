// Rules of the improvement plan (verbeterplan), without I/O. A version is edited while it is
// a draft and frozen once submitted; the next version starts as a copy of the last one.
// Actions keep their `order` number when copied, so it identifies "the same action" across
// versions and the comparison needs no extra bookkeeping.

export const PLAN_STATUSES = ["DRAFT", "SUBMITTED", "ACCEPTED", "SHARPENING_REQUESTED"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const ACTION_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const PLAN_REVIEW_OUTCOMES = ["ACCEPTED", "SHARPENING_REQUESTED"] as const;
export type PlanReviewOutcome = (typeof PLAN_REVIEW_OUTCOMES)[number];

export function isPlanStatus(value: string): value is PlanStatus {
  return (PLAN_STATUSES as readonly string[]).includes(value);
}

/** A new version may start when there is none yet or the last one has been reviewed. */
export function canStartNextVersion(latestStatus: string | null): boolean {
  return latestStatus === null || latestStatus === "ACCEPTED" || latestStatus === "SHARPENING_REQUESTED";
}

/** The order number for an action added to a draft: above every number this lineage has used. */
export function nextActionOrder(ordersInDraft: readonly number[], ordersInPrevious: readonly number[]): number {
  return Math.max(0, ...ordersInDraft, ...ordersInPrevious) + 1;
}

export interface ComparableAction {
  order: number;
  description: string;
  owner: string;
  dueDate: string;
  status: string;
  progress: string;
  normId: string | null;
  measureId: string | null;
}

export const COMPARED_FIELDS = ["description", "owner", "dueDate", "status", "progress", "normId", "measureId"] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export type ActionChange<A extends ComparableAction> =
  | { kind: "added"; order: number; after: A }
  | { kind: "removed"; order: number; before: A }
  | { kind: "changed"; order: number; before: A; after: A; fields: ComparedField[] }
  | { kind: "unchanged"; order: number; before: A; after: A };

/** Per action: added, removed, changed (with the fields) or unchanged, in order. */
export function comparePlanActions<A extends ComparableAction>(before: readonly A[], after: readonly A[]): ActionChange<A>[] {
  const old = new Map(before.map((a) => [a.order, a]));
  const now = new Map(after.map((a) => [a.order, a]));
  const orders = [...new Set([...old.keys(), ...now.keys()])].sort((a, b) => a - b);
  return orders.map((order): ActionChange<A> => {
    const b = old.get(order);
    const a = now.get(order);
    if (!b && a) return { kind: "added", order, after: a };
    if (b && !a) return { kind: "removed", order, before: b };
    const prev = b as A;
    const next = a as A;
    const fields = COMPARED_FIELDS.filter((field) => prev[field] !== next[field]);
    return fields.length ? { kind: "changed", order, before: prev, after: next, fields } : { kind: "unchanged", order, before: prev, after: next };
  });
}

/** Why a change to a plan was refused; `Current` is the newer version a conflict shows. */
export type PlanRefusal<Current> =
  | { ok: false; reason: "conflict"; current: Current }
  | { ok: false; reason: "frozen" }
  | { ok: false; reason: "unknownNorm" | "unknownMeasure" | "noActions" | "notAllowed" };
