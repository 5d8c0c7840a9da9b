import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { StatusError } from "~/components/status-error";
import { pageCount, pageRequest } from "~/domain/pagination";
import { formatDate, formatNumber } from "~/i18n";
import { listReportRequests } from "~/models/report.server";
import { requireTrajectoryAccess } from "~/models/access.server";
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
  const { total, requests } = await listReportRequests(trajectory.id, page);
  return {
    pageTitle: `${t("organisation.reports.title")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    canRequest: mayOnTrajectory(user, trajectory, "report:request"),
    requests,
    page: page.page,
    pages: pageCount(total, page.pageSize),
  };
}

export default function Reports() {
  const { trajectoryId, canRequest, requests, page, pages } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("organisation.reports.title")}</h1>
      <p>{t("organisation.reports.intro")}</p>
      {canRequest ? (
        <p>
          <Link to={`/trajecten/${trajectoryId}/rapportages/nieuw`} className="button button--primary">
            {t("organisation.reports.new")}
          </Link>
        </p>
      ) : null}
      {requests.length === 0 ? (
        <p>{t("organisation.reports.none")}</p>
      ) : (
        <table className="table">
          <caption>{t("organisation.reports.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("organisation.report.title")}</th>
              <th scope="col">{t("organisation.report.dueDate")}</th>
              <th scope="col">{t("organisation.report.statusLabel")}</th>
              <th scope="col">{t("organisation.reports.normCount")}</th>
              <th scope="col">{t("organisation.reports.submissionCount")}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id} className={r.overdue ? "is-overdue" : undefined}>
                <th scope="row">
                  <Link to={`/trajecten/${trajectoryId}/rapportages/${r.id}`}>{r.title}</Link>
                </th>
                <td>
                  {formatDate(r.dueDate, locale)}
                  {r.overdue ? <strong className="overdue-flag"> ({t("due.overdue")})</strong> : null}
                </td>
                <td>{t(`organisation.report.status.${r.status}`)}</td>
                <td>{formatNumber(r._count.norms, locale)}</td>
                <td>{formatNumber(r._count.submissions, locale)}</td>
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
