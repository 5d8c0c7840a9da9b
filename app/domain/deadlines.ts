import { isOverdue, todayIso } from "./dates";

export const DUE_KINDS = ["trajectory", "measure", "report", "followUp", "plan", "response"] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export interface DueItem {
  kind: DueKind;
  id: string;
  dueDate: string;
  title: string;
  trajectoryId: string;
  reference: string;
  organisationName: string;
}

export interface DueItemView extends DueItem {
  overdue: boolean;
}

/** Overdue is computed from today, never stored; earliest first puts overdue items on top. */
export function sortDueItems(items: DueItem[], today: string = todayIso()): DueItemView[] {
  return items
    .map((item) => ({ ...item, overdue: isOverdue(item.dueDate, today) }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.reference.localeCompare(b.reference) || a.id.localeCompare(b.id));
}
