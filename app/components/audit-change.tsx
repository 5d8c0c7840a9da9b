import type { AuditValue, FieldChange } from "~/domain/audit-diff";
import { formatDate, formatDateTime, formatNumber } from "~/i18n";
import { useI18n } from "~/utils/i18n";

// One audit change as people read it: the field's label, and the value before and after,
// translated and formatted; a long value folds away behind a disclosure.

const FOLD_AFTER = 80;

function useValueText() {
  const { t, tOr, locale } = useI18n();
  const text = (v: AuditValue): string => {
    switch (v.kind) {
      case "date":
        return formatDate(v.value, locale);
      case "instant":
        return formatDateTime(v.value, locale);
      case "code":
        return tOr(`history.code.${v.value}`, v.value.toLowerCase().replace(/_/g, " "));
      case "boolean":
        return t(v.value ? "history.yes" : "history.no");
      case "number":
        return formatNumber(v.value, locale);
      case "hash":
        return `${v.value.slice(0, 12)}…`;
      case "list":
        return v.value.map(text).join(", ");
      case "text":
        return v.value;
    }
  };
  return text;
}

function Value({ value }: { value: AuditValue | null }) {
  const { t } = useI18n();
  const text = useValueText();
  if (!value) return <>—</>;
  const shown = text(value);
  if (shown.length <= FOLD_AFTER) return <span className="change__value">{shown}</span>;
  return (
    <details className="change__fold">
      <summary>
        {shown.slice(0, FOLD_AFTER - 20).trimEnd()}… <span className="visually-hidden">{t("history.fullValue")}</span>
      </summary>
      <span className="change__value">{shown}</span>
    </details>
  );
}

export function AuditChange({ change }: { change: FieldChange }) {
  const { tOr } = useI18n();
  return (
    <li>
      <span className="changes__field">{tOr(`history.field.${change.field}`, change.field)}</span>: <Value value={change.before} /> → <Value value={change.after} />
    </li>
  );
}
