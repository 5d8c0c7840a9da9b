export const DUE_KINDS = ["trajectory", "measure", "report", "followUp", "plan", "response", "enforcement", "complianceCheck"] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export interface DueItem {
  kind: DueKind;
  id: string;
  dueDate: string;
  title: string;
  /** The title in English where it is a name the app keeps in both languages (a measure type). */
  titleEn?: string | null;
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
