import { Link } from "@remix-run/react";
import { SelectInput, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { ACTION_STATUSES, type ActionStatus, type ComparableAction } from "~/domain/plan";
import { formatDate } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

export interface PlanChoices {
  norms: { id: string; code: string; title: string }[];
  measures: { id: string; description: string; norm: { code: string } }[];
}

export interface ActionDefaults {
  normId?: string | null;
  measureId?: string | null;
  description?: string;
  owner?: string;
  dueDate?: string;
  status?: string;
  progress?: string;
}

const short = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The fields of a plan action, the same for adding and editing. */
export function PlanActionFields({ choices, defaults, state }: { choices: PlanChoices; defaults: ActionDefaults; state: FormState | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <SelectInput
        name="measureId"
        label={t("plan.action.measure")}
        description={t("plan.action.measureHint")}
        options={choices.measures.map((m) => ({ value: m.id, label: `${m.norm.code}: ${short(m.description)}` }))}
        placeholder={t("plan.action.noMeasure")}
        defaultValue={defaults.measureId ?? ""}
        state={state}
      />
      <SelectInput
        name="normId"
        label={t("plan.action.norm")}
        options={choices.norms.map((n) => ({ value: n.id, label: `${n.code} ${n.title}` }))}
        placeholder={t("plan.action.noNorm")}
        defaultValue={defaults.normId ?? ""}
        state={state}
      />
      <TextAreaInput name="description" label={t("plan.action.description")} defaultValue={defaults.description} rows={3} isRequired state={state} />
      <TextInput name="owner" label={t("plan.action.owner")} defaultValue={defaults.owner} isRequired state={state} />
      <TextInput name="dueDate" type="date" label={t("plan.action.dueDate")} defaultValue={defaults.dueDate} isRequired state={state} />
      <SelectInput
        name="status"
        label={t("plan.action.status")}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`plan.actionStatus.${s}`) }))}
        defaultValue={defaults.status ?? "PLANNED"}
        isRequired
        state={state}
      />
      <TextAreaInput name="progress" label={t("plan.action.progress")} defaultValue={defaults.progress} rows={3} state={state} />
    </>
  );
}

/** An action as a table shows it: the compared fields, with its norm and measure named. */
export interface ActionRow extends Omit<ComparableAction, "normId" | "measureId"> {
  id: string;
  norm: { code: string; title: string } | null;
  measure: { description: string; norm: { code: string } } | null;
}

export function actionStatusLabel(t: ReturnType<typeof useI18n>["t"], status: string): string {
  return (ACTION_STATUSES as readonly string[]).includes(status) ? t(`plan.actionStatus.${status as ActionStatus}`) : status;
}

/** The actions of one version; with `editBase` each gets a link to edit or remove it. */
export function PlanActionsTable({ actions, caption, editBase }: { actions: ActionRow[]; caption: string; editBase?: string }) {
  const { t, locale } = useI18n();
  if (actions.length === 0) return <p>{t("plan.noActions")}</p>;
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t("plan.action.description")}</th>
          <th scope="col">{t("plan.action.norm")}</th>
          <th scope="col">{t("plan.action.owner")}</th>
          <th scope="col">{t("plan.action.dueDate")}</th>
          <th scope="col">{t("plan.action.status")}</th>
          <th scope="col">{t("plan.action.progress")}</th>
          {editBase ? <th scope="col">{t("plan.action.edit")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.id}>
            <th scope="row" className="prose">
              {a.description}
            </th>
            <td>
              {a.norm ? `${a.norm.code} ${a.norm.title}` : "—"}
              {a.measure ? <div className="muted">{t("plan.action.forMeasure", { measure: short(a.measure.description, 60) })}</div> : null}
            </td>
            <td>{a.owner}</td>
            <td>{formatDate(a.dueDate, locale)}</td>
            <td>{actionStatusLabel(t, a.status)}</td>
            <td className="prose">{a.progress || "—"}</td>
            {editBase ? (
              <td>
                <Link to={`${editBase}/${a.id}`} aria-label={t("plan.action.editNamed", { action: short(a.description, 60) })}>
                  {t("plan.action.edit")}
                </Link>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
