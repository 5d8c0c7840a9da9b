export const DUE_KINDS = ["trajectory", "measure", "report", "followUp", "plan", "response", "visit"] as const;
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

export function isDueKind(value: string): value is DueKind {
  return (DUE_KINDS as readonly string[]).includes(value);
}
