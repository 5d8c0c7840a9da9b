import type { ReactNode } from "react";
import type { FieldChange } from "~/domain/audit-diff";
import { formatDateTime } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { AuditChange } from "./audit-change";
import { DataTable } from "./page-shells";

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

export interface AuditEventRow {
  id: string | number;
  action: string;
  createdAt: Date | string;
  actor: { name: string } | null;
  changes: FieldChange[];
}

/**
 * Audit events as a table: when, who, what, which fields changed. The trajectory's history and
 * the administrators' activity page both show it; `what` says the action in the page's own words.
 */
export function AuditEventTable<E extends AuditEventRow>({ caption, events, what }: { caption: string; events: E[]; what: (event: E) => ReactNode }) {
  const { t, locale } = useI18n();
  return (
    <DataTable caption={caption} columns={[t("history.when"), t("history.who"), t("history.what"), t("history.changes")]}>
      {events.map((event) => (
        <tr key={event.id}>
          <td>{formatDateTime(event.createdAt, locale)}</td>
          <td>{event.actor?.name ?? t("history.system")}</td>
          <td>{what(event)}</td>
          <td>
            <AuditChangeList changes={event.changes} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
