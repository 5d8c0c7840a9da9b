import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusError } from "~/components/status-error";
import { DataTable, ListPage } from "~/components/page-shells";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { formatDate, formatNumber } from "~/i18n";
import { listProgressReportRequests } from "~/models/progress-report.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireUser } from "~/utils/session.server";
import { mayOnTrajectory } from "~/domain/permissions";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const { t } = await getTranslator(request);
  const page = pageRequest(new URL(request.url).searchParams);
  const { total, requests } = await listProgressReportRequests(trajectory.id, page);
  return {
    pageTitle: `${t("progressReport.list.title")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    canRequest: mayOnTrajectory(user, trajectory, "progress-report:request"),
    requests,
    paging: pagingOf(page, total),
  };
}

export default function Reports() {
  const { trajectoryId, canRequest, requests, paging } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <ListPage
      title={t("progressReport.list.title")}
      intro={t("progressReport.list.intro")}
      action={canRequest ? { to: `/trajecten/${trajectoryId}/rapportages/nieuw`, label: t("progressReport.list.new") } : null}
      empty={requests.length === 0 ? t("progressReport.list.none") : null}
      paging={paging}
    >
      <DataTable
        caption={t("progressReport.list.caption")}
        columns={[
          t("progressReport.title"),
          t("progressReport.dueDate"),
          t("progressReport.statusLabel"),
          t("progressReport.list.normCount"),
          t("progressReport.list.submissionCount"),
        ]}
      >
        {requests.map((r) => (
          <tr key={r.id} className={r.overdue ? "is-overdue" : undefined}>
            <th scope="row">
              <Link to={`/trajecten/${trajectoryId}/rapportages/${r.id}`}>{r.title}</Link>
            </th>
            <td>
              {formatDate(r.dueDate, locale)}
              {r.overdue ? <strong className="overdue-flag"> ({t("due.overdue")})</strong> : null}
            </td>
            <td>{t(`progressReport.status.${r.status}`)}</td>
            <td>{formatNumber(r._count.norms, locale)}</td>
            <td>{formatNumber(r._count.submissions, locale)}</td>
          </tr>
        ))}
      </DataTable>
    </ListPage>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
