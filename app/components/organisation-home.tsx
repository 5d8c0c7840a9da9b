import { Link } from "@remix-run/react";
import { RatingBadge, StatusBadge } from "~/components/badges";
import { DueList } from "~/components/due-list";
import type { DueItemView } from "~/domain/deadlines";
import type { Rating } from "~/domain/rating";
import { formatDate } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

interface TrajectoryCard {
  id: string;
  reference: string;
  status: string;
  deadline: string;
  illustrative: boolean;
  norms: { id: string; code: string; title: string; latest: { rating: Rating; roundTitle: string; roundDate: string } | null }[];
}

/** One trajectory on the organisation's start page: what is due, and the published ratings. */
export function OrganisationTrajectory({ trajectory, due }: { trajectory: TrajectoryCard; due: DueItemView[] }) {
  const { t, locale } = useI18n();
  const headingId = `trajectory-${trajectory.id}`;
  return (
    <section aria-labelledby={headingId} className="org-trajectory">
      <h2 id={headingId}>
        <Link to={`/trajecten/${trajectory.id}`}>{trajectory.reference}</Link> <StatusBadge status={trajectory.status} />
      </h2>
      <p>
        <Link to={`/trajecten/${trajectory.id}/verbeterplan`}>{t("trajectory.tab.plan")}</Link> ·{" "}
        <Link to={`/trajecten/${trajectory.id}/rapportages`}>{t("trajectory.tab.progressReports")}</Link> ·{" "}
        <Link to={`/trajecten/${trajectory.id}/zienswijze`}>{t("trajectory.tab.draftReport")}</Link>
      </p>
      <h3>{t("organisationHome.due")}</h3>
      <DueList items={due.filter((item) => item.trajectoryId === trajectory.id)} caption={t("organisationHome.dueCaption", { reference: trajectory.reference })} showTrajectory={false} />
      <h3>{t("organisationHome.ratings")}</h3>
      {trajectory.illustrative ? <p className="muted">{t("organisationHome.illustrative")}</p> : null}
      <DataTable caption={t("organisationHome.ratingsCaption", { reference: trajectory.reference })}>
        <thead>
          <tr>
            <th scope="col">{t("organisationHome.norm")}</th>
            <th scope="col">{t("organisationHome.rating")}</th>
            <th scope="col">{t("organisationHome.round")}</th>
          </tr>
        </thead>
        <tbody>
          {trajectory.norms.map((n) => (
            <tr key={n.id}>
              <th scope="row">
                {n.code} {n.title}
              </th>
              <td>
                <RatingBadge rating={n.latest?.rating ?? null} />
              </td>
              <td>{n.latest ? `${n.latest.roundTitle} (${formatDate(n.latest.roundDate, locale)})` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
