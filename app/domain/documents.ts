// Documents of a trajectory: inspection reports (draft → final → published), letters (to the
// organisation or internal) and references to outside documents (parliamentary questions, the
// minister's letters). Who sees which: seesDocument in ./permissions.
export const DOCUMENT_KINDS = ["INSPECTION_REPORT", "LETTER", "EXTERNAL"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const REPORT_STATUSES = ["DRAFT", "FINAL", "PUBLISHED"] as const;
export const LETTER_STATUSES = ["TO_ORGANISATION", "INTERNAL"] as const;
export const DOCUMENT_STATUSES = [...REPORT_STATUSES, ...LETTER_STATUSES, "PUBLIC"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** The statuses a kind can have; an outside document is public by nature. */
export function statusesOf(kind: DocumentKind): readonly DocumentStatus[] {
  if (kind === "INSPECTION_REPORT") return REPORT_STATUSES;
  if (kind === "LETTER") return LETTER_STATUSES;
  return ["PUBLIC"];
}

/** A report moves forward only: draft → final → published; anything else has no next step. */
export function nextReportStatus(kind: string, status: string): "FINAL" | "PUBLISHED" | null {
  if (kind !== "INSPECTION_REPORT") return null;
  if (status === "DRAFT") return "FINAL";
  if (status === "FINAL") return "PUBLISHED";
  return null;
}

/** A published inspection report has a public page, for anyone without signing in. */
export function isPublicReport(document: { kind: string; status: string }): boolean {
  return document.kind === "INSPECTION_REPORT" && document.status === "PUBLISHED";
}
