// What an audit event changed, from its JSON before/after snapshots, as values a page can
// label, translate and format: a calendar day, an instant, a code from a fixed list, a
// yes/no, a list, a checksum or plain text — never raw JSON or codes on screen.

export type AuditValue =
  | { kind: "date"; value: string }
  | { kind: "instant"; value: string }
  | { kind: "code"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "number"; value: number }
  | { kind: "hash"; value: string }
  | { kind: "list"; value: AuditValue[] }
  | { kind: "text"; value: string };

export interface FieldChange {
  field: string;
  before: AuditValue | null;
  after: AuditValue | null;
}

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

const MAX_TEXT = 2000;

export function auditValue(value: unknown): AuditValue | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "number") return { kind: "number", value };
  if (Array.isArray(value)) return { kind: "list", value: value.map(auditValue).filter((v): v is AuditValue => v !== null) };
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { kind: "date", value };
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return { kind: "instant", value };
    if (/^[0-9a-f]{64}$/.test(value)) return { kind: "hash", value };
    if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{3,}$/.test(value)) return { kind: "code", value };
    return { kind: "text", value: value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value };
  }
  const text = JSON.stringify(value);
  return { kind: "text", value: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text };
}

/** The fields an audit event changed, each with its value before and after. */
export function auditChanges(before: string | null, after: string | null): FieldChange[] {
  const a = parse(before);
  const b = parse(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .map((field) => ({ field, before: auditValue(a[field]), after: auditValue(b[field]) }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}
