import type { ActionChange, ComparableAction, ComparedField } from "~/domain/plan";
import { formatDate } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { actionStatusLabel } from "./plan-parts";
import { DataTable } from "./data-table";

type Action = ComparableAction & { id: string; norm: { code: string; title: string } | null };

const FIELD_LABEL = {
  description: "plan.action.description",
  owner: "plan.action.owner",
  dueDate: "plan.action.dueDate",
  status: "plan.action.status",
  progress: "plan.action.progress",
  normId: "plan.action.norm",
  measureId: "plan.action.measure",
} as const satisfies Record<ComparedField, string>;

/** One action as a small definition list; changed fields are marked in words, not colour alone. */
function ActionCell({ action, changed }: { action: Action | undefined; changed: readonly ComparedField[] }) {
  const { t, locale } = useI18n();
  if (!action) return <td className="muted">—</td>;
  const mark = (field: ComparedField) => (changed.includes(field) ? <strong className="changed-mark"> ({t("plan.changedMark")})</strong> : null);
  return (
    <td>
      <p className="prose">
        {action.description}
        {mark("description")}
      </p>
      <dl className="compact">
        <dt>{t("plan.action.norm")}</dt>
        <dd>
          {action.norm ? action.norm.code : "—"}
          {mark("normId")}
          {mark("measureId")}
        </dd>
        <dt>{t("plan.action.owner")}</dt>
        <dd>
          {action.owner}
          {mark("owner")}
        </dd>
        <dt>{t("plan.action.dueDate")}</dt>
        <dd>
          {formatDate(action.dueDate, locale)}
          {mark("dueDate")}
        </dd>
        <dt>{t("plan.action.status")}</dt>
        <dd>
          {actionStatusLabel(t, action.status)}
          {mark("status")}
        </dd>
        <dt>{t("plan.action.progress")}</dt>
        <dd className="prose">
          {action.progress || "—"}
          {mark("progress")}
        </dd>
      </dl>
    </td>
  );
}

export function PlanComparison({ changes, from, to }: { changes: ActionChange<Action>[]; from: number; to: number }) {
  const { t } = useI18n();
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const c of changes) counts[c.kind] += 1;
  return (
    <>
      <p>{t("plan.compareSummary", counts)}</p>
      <DataTable caption={t("plan.compareCaption", { from, to })}>
        <thead>
          <tr>
            <th scope="col">{t("plan.compareChange")}</th>
            <th scope="col">{t("plan.versionNumber", { number: from })}</th>
            <th scope="col">{t("plan.versionNumber", { number: to })}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => {
            const fields = c.kind === "changed" ? c.fields : [];
            return (
              <tr key={c.order}>
                <th scope="row">
                  {t(`plan.change.${c.kind}`)}
                  {fields.length ? <div className="muted">{fields.map((f) => t(FIELD_LABEL[f])).join(", ")}</div> : null}
                </th>
                <ActionCell action={c.kind === "added" ? undefined : c.before} changed={fields} />
                <ActionCell action={c.kind === "removed" ? undefined : c.after} changed={fields} />
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </>
  );
}
