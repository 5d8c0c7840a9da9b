export const DUE_KINDS = ["trajectory", "measure", "report", "followUp", "plan", "response", "enforcement", "complianceCheck", "visit"] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/**
 * The kinds the reminder run reminds of: obligations someone must meet by a date. A planned
 * visit is the inspectorate's own appointment, not an obligation, and an unannounced one must
 * reach no organisation in any message (seesVisit), so visits have no reminders.
 */
export type ReminderKind = Exclude<DueKind, "visit">;
export const REMINDER_KINDS = DUE_KINDS.filter((kind): kind is ReminderKind => kind !== "visit");

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
