import type { FieldChange } from "~/domain/audit-diff";
import { AuditChange } from "./audit-change";

/** An audit event's changed fields, labelled and translated (trajectory history, administrators' activity). */
export function AuditChangeList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <>—</>;
  return (
    <ul className="changes">
      {changes.map((c) => (
        <AuditChange key={c.field} change={c} />
      ))}
    </ul>
  );
}
