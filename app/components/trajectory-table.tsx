import { Link } from "@remix-run/react";
import { StatusBadge } from "~/components/badges";
import { formatDate } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

export interface TrajectoryRow {
  id: string;
  reference: string;
  status: string;
  startDate: string;
  deadline: string;
  organisation: { name: string };
  leadInspector: { name: string };
}

export function TrajectoryTable({ rows, caption }: { rows: TrajectoryRow[]; caption: string }) {
  const { t, locale } = useI18n();
  if (rows.length === 0) return <p>{t("home.noTrajectories")}</p>;
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t("trajectory.reference")}</th>
          <th scope="col">{t("trajectory.organisation")}</th>
          <th scope="col">{t("trajectory.status")}</th>
          <th scope="col">{t("trajectory.deadline")}</th>
          <th scope="col">{t("trajectory.lead")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <Link to={`/trajecten/${row.id}`}>{row.reference}</Link>
            </td>
            <td>{row.organisation.name}</td>
            <td>
              <StatusBadge status={row.status} />
            </td>
            <td>{formatDate(row.deadline, locale)}</td>
            <td>{row.leadInspector.name}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
