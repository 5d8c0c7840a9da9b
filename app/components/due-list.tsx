import { Link } from "@remix-run/react";
import type { DueItemView } from "~/domain/deadlines";
import { formatDate } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

/** What falls due, overdue first, as a table a screen reader can navigate by column. */
export function DueList({ items, caption, showTrajectory = true }: { items: DueItemView[]; caption: string; showTrajectory?: boolean }) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <p>{t("home.nothingDue")}</p>;
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t("due.title")}</th>
          <th scope="col">{t("due.what")}</th>
          {showTrajectory ? <th scope="col">{t("trajectory.reference")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.kind}-${item.id}`} className={item.overdue ? "is-overdue" : undefined}>
            <td>
              {formatDate(item.dueDate, locale)}
              {item.overdue ? <strong className="overdue-flag"> ({t("due.overdue")})</strong> : null}
            </td>
            <td>
              <span className="due-kind">{t(`due.kind.${item.kind}`)}</span>: {locale === "en" && item.titleEn ? item.titleEn : item.title}
            </td>
            {showTrajectory ? (
              <td>
                <Link to={`/trajecten/${item.trajectoryId}`}>{item.reference}</Link> – {item.organisationName}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
