import { Link } from "@remix-run/react";
import { RatingBadge } from "~/components/badges";
import type { AssessmentField, RequiredMeasureStatus } from "~/domain/assessment";
import type { Rating } from "~/domain/rating";
import { formatDate, formatDateTime } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

export interface RevisionRow {
  id: string;
  revision: number;
  rating: Rating;
  findings: string;
  authorName: string;
  createdAt: Date | string;
  changed: AssessmentField[];
}

/** Every saved revision, newest first, with who saved it, when and what it changed. */
export function RevisionHistory({ revisions }: { revisions: RevisionRow[] }) {
  const { t, locale } = useI18n();
  if (revisions.length === 0) return <p>{t("assessment.history.none")}</p>;
  return (
    <DataTable caption={t("assessment.history.caption")}>
      <thead>
        <tr>
          <th scope="col">{t("assessment.history.revision")}</th>
          <th scope="col">{t("assessment.history.author")}</th>
          <th scope="col">{t("assessment.history.time")}</th>
          <th scope="col">{t("assessment.rating")}</th>
          <th scope="col">{t("assessment.history.changed")}</th>
          <th scope="col">{t("assessment.findings")}</th>
        </tr>
      </thead>
      <tbody>
        {revisions.map((revision) => (
          <tr key={revision.id}>
            <th scope="row">{revision.revision}</th>
            <td>{revision.authorName}</td>
            <td>{formatDateTime(revision.createdAt, locale)}</td>
            <td>
              <RatingBadge rating={revision.rating} />
            </td>
            <td>
              {revision.revision === 1
                ? t("assessment.history.first")
                : revision.changed.map((field) => t(`assessment.field.${field}`)).join(", ")}
            </td>
            <td className="prose">{revision.findings}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

interface ComparedRound {
  rating: Rating;
  findings: string;
  round: { id: string; title: string; date: string };
}

/** This norm at the baseline against its latest assessment, with the trend in words. */
export function BaselineComparison({
  trajectoryId,
  normId,
  baseline,
  latest,
  trend,
}: {
  trajectoryId: string;
  normId: string;
  baseline: ComparedRound | null;
  latest: ComparedRound | null;
  trend: "improved" | "declined" | "unchanged" | "unknown";
}) {
  const { t, locale } = useI18n();
  if (!baseline && !latest) return <p>{t("assessment.compare.nothing")}</p>;
  const rows = [
    { label: t("assessment.compare.baseline"), entry: baseline, missing: t("assessment.compare.noBaseline") },
    { label: t("assessment.compare.latest"), entry: latest, missing: t("assessment.compare.noLatest") },
  ];
  return (
    <>
      <DataTable caption={t("assessment.compare.caption")}>
        <thead>
          <tr>
            <th scope="col">{t("assessment.compare.moment")}</th>
            <th scope="col">{t("assessment.round")}</th>
            <th scope="col">{t("assessment.rating")}</th>
            <th scope="col">{t("assessment.findings")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, entry, missing }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {entry ? (
                <>
                  <td>
                    <Link to={`/trajecten/${trajectoryId}/beoordelingen/${entry.round.id}/${normId}`}>{entry.round.title}</Link>
                    <span className="muted"> ({formatDate(entry.round.date, locale)})</span>
                  </td>
                  <td>
                    <RatingBadge rating={entry.rating} />
                  </td>
                  <td className="prose">{entry.findings}</td>
                </>
              ) : (
                <td colSpan={3}>{missing}</td>
              )}
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p>
        <strong>{t("assessment.compare.trend")}:</strong> <span className={`trend trend--${trend}`}>{t(`assessment.trend.${trend}`)}</span>
      </p>
    </>
  );
}

export interface NormMeasure {
  id: string;
  description: string;
  dueDate: string;
  status: RequiredMeasureStatus | string;
}

/** The required measures of one norm, linking to where they are kept. */
export function NormMeasures({ trajectoryId, measures }: { trajectoryId: string; measures: NormMeasure[] }) {
  const { t, locale } = useI18n();
  if (measures.length === 0) return <p>{t("requiredMeasure.list.noneForNorm")}</p>;
  return (
    <ul>
      {measures.map((measure) => (
        <li key={measure.id}>
          <Link to={`/trajecten/${trajectoryId}/maatregelen/${measure.id}`}>{measure.description}</Link>{" "}
          <span className="muted">
            ({t("requiredMeasure.list.dueOn", { date: formatDate(measure.dueDate, locale) })},{" "}
            {t(`requiredMeasure.statuses.${measure.status as RequiredMeasureStatus}`)})
          </span>
        </li>
      ))}
    </ul>
  );
}
