import { Link } from "@remix-run/react";
import { RatingBadge } from "~/components/badges";
import { SelectInput, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { REQUIRED_MEASURE_STATUSES, type RequiredMeasureStatus } from "~/domain/assessment";
import type { Rating } from "~/domain/rating";
import { formatDate } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

export interface RequiredMeasureDefaults {
  normId?: string;
  description?: string;
  dueDate?: string;
  status?: RequiredMeasureStatus;
}

/** The fields of a required measure, the same for creating and editing. */
export function RequiredMeasureFields({
  norms,
  defaults,
  state,
}: {
  norms: { id: string; code: string; title: string }[];
  defaults: RequiredMeasureDefaults;
  state: FormState | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <SelectInput
        name="normId"
        label={t("assessment.norm")}
        options={norms.map((norm) => ({ value: norm.id, label: `${norm.code} ${norm.title}` }))}
        placeholder={t("requiredMeasure.chooseNorm")}
        defaultValue={defaults.normId}
        isRequired
        state={state}
      />
      <TextAreaInput
        name="description"
        label={t("requiredMeasure.description")}
        description={t("requiredMeasure.descriptionHint")}
        defaultValue={defaults.description}
        rows={4}
        isRequired
        state={state}
      />
      <TextInput name="dueDate" type="date" label={t("requiredMeasure.dueDate")} defaultValue={defaults.dueDate} isRequired state={state} />
      <SelectInput
        name="status"
        label={t("requiredMeasure.status")}
        options={REQUIRED_MEASURE_STATUSES.map((status) => ({ value: status, label: t(`requiredMeasure.statuses.${status}`) }))}
        defaultValue={defaults.status ?? "OPEN"}
        isRequired
        state={state}
      />
    </>
  );
}

export interface RequiredMeasureRow {
  id: string;
  description: string;
  dueDate: string;
  status: RequiredMeasureStatus;
  overdue: boolean;
  latestRating: Rating | null;
  norm: { id: string; code: string; title: string };
}

/** The trajectory's measures in norm order; overdue is shown in words, not only in colour. */
export function RequiredMeasureTable({ trajectoryId, measures, canWrite }: { trajectoryId: string; measures: RequiredMeasureRow[]; canWrite: boolean }) {
  const { t, locale } = useI18n();
  return (
    <DataTable caption={t("requiredMeasure.list.caption")}>
      <thead>
        <tr>
          <th scope="col">{t("assessment.norm")}</th>
          <th scope="col">{t("requiredMeasure.list.latestRating")}</th>
          <th scope="col">{t("requiredMeasure.description")}</th>
          <th scope="col">{t("requiredMeasure.dueDate")}</th>
          <th scope="col">{t("requiredMeasure.status")}</th>
        </tr>
      </thead>
      <tbody>
        {measures.map((measure) => (
          <tr key={measure.id} className={measure.overdue ? "is-overdue" : undefined}>
            <td>
              <strong>{measure.norm.code}</strong> {measure.norm.title}
            </td>
            <td>
              <RatingBadge rating={measure.latestRating} />
            </td>
            <th scope="row">
              <Link to={`/trajecten/${trajectoryId}/maatregelen/${measure.id}`}>
                {measure.description}
                {canWrite ? <span className="visually-hidden"> ({t("requiredMeasure.edit")})</span> : null}
              </Link>
            </th>
            <td>
              {formatDate(measure.dueDate, locale)}
              {measure.overdue ? <strong className="overdue-flag"> ({t("due.overdue")})</strong> : null}
            </td>
            <td>{t(`requiredMeasure.statuses.${measure.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
