// The shape of a theme's sector report, shared by the model that counts it
// (app/models/theme-report.server.ts) and the component that shows it (theme-report.tsx).

/** One question's answers in the sector report: counts and figures only, never who answered. */
export interface QuestionAggregate {
  id: string;
  order: number;
  text: string;
  kind: string;
  answered: number;
  /** YES_NO and CHOICE: count per option; NUMBER: min, median and max; TEXT/FILE: none. */
  counts: { label: string; count: number }[];
  numbers: { min: number; median: number; max: number } | null;
  scores: Record<string, number>;
}
