import type { FieldChange } from "~/domain/audit-diff";

/** An audit event's changed fields as "field: before → after" (trajectory history, administrators' activity). */
export function AuditChangeList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <>—</>;
  return (
    <ul className="changes">
      {changes.map((c) => (
        <li key={c.field}>
          <span className="changes__field">{c.field}</span>: {c.before ?? "—"} → {c.after ?? "—"}
        </li>
      ))}
    </ul>
  );
}
