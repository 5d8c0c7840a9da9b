import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { StatusError } from "~/components/status-error";
import { pageCount, pageRequest } from "~/domain/pagination";
import { formatDate } from "~/i18n";
import { requireTrajectoryAccess } from "~/models/access.server";
import { listVisits } from "~/models/visit.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireUser } from "~/utils/session.server";
import { mayOnTrajectory } from "~/domain/permissions";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.pageTitle} – Toezichtspoor` : "Toezichtspoor" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const { t } = await getTranslator(request);
  const page = pageRequest(new URL(request.url).searchParams);
  const { total, visits } = await listVisits(user, trajectory.id, page);
  return {
    pageTitle: `${t("assessment.visits.title")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    canWrite: mayOnTrajectory(user, trajectory, "assess"),
    showNotes: user.role !== "ORGANISATION",
    visits,
    page: page.page,
    pages: pageCount(total, page.pageSize),
  };
}

export default function Visits() {
  const { trajectoryId, canWrite, showNotes, visits, page, pages } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("assessment.visits.title")}</h1>
      <p>{t("assessment.visits.intro")}</p>
      {canWrite ? (
        <p>
          <Link to={`/trajecten/${trajectoryId}/bezoeken/nieuw`} className="button button--primary">
            {t("assessment.visit.new")}
          </Link>
        </p>
      ) : null}
      {visits.length === 0 ? (
        <p>{t("assessment.visits.none")}</p>
      ) : (
        <table className="table">
          <caption>{t("assessment.visits.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("assessment.visit.date")}</th>
              <th scope="col">{t("assessment.visit.kind")}</th>
              <th scope="col">{t("assessment.visit.participants")}</th>
              {showNotes ? <th scope="col">{t("assessment.visit.notes")}</th> : null}
              <th scope="col">{t("assessment.round")}</th>
            </tr>
          </thead>
          <tbody>
            {visits.map((visit) => (
              <tr key={visit.id}>
                <th scope="row">{formatDate(visit.date, locale)}</th>
                <td>{t(visit.announced ? "assessment.visit.ANNOUNCED" : "assessment.visit.UNANNOUNCED")}</td>
                <td className="prose">{visit.participants}</td>
                {showNotes ? <td className="prose">{visit.notes || "—"}</td> : null}
                <td>{visit.round ? <Link to={`/trajecten/${trajectoryId}/beoordelingen#matrix-caption`}>{visit.round.title}</Link> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pages={pages} />
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
