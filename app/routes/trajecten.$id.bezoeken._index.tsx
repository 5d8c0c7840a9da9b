import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusError } from "~/components/status-error";
import { DataTable, ListPage } from "~/components/page-shells";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { formatDate, formatNumber } from "~/i18n";
import { requireTrajectoryAccess } from "~/models/access.server";
import { listVisits } from "~/models/visit.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireUser } from "~/utils/session.server";
import { mayOnTrajectory, seesInternalRecords } from "~/domain/permissions";
import { roundTitleText } from "~/domain/round-title";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

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
    showNotes: seesInternalRecords(user),
    visits,
    total,
    paging: pagingOf(page, total),
  };
}

export default function Visits() {
  const { trajectoryId, canWrite, showNotes, visits, total, paging } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <ListPage
      title={t("assessment.visits.title")}
      intro={`${t("assessment.visits.intro")} ${t("assessment.visits.count", { count: formatNumber(total, locale) })}`}
      action={canWrite ? { to: `/trajecten/${trajectoryId}/bezoeken/nieuw`, label: t("assessment.visit.new") } : null}
      empty={visits.length === 0 ? t("assessment.visits.none") : null}
      paging={paging}
    >
      <DataTable
        caption={t("assessment.visits.caption")}
        columns={[
          t("assessment.visit.date"),
          t("assessment.visit.kind"),
          t("assessment.visit.status"),
          t("assessment.visit.participants"),
          showNotes ? t("assessment.visit.notes") : null,
          t("assessment.round"),
        ]}
      >
        {visits.map((visit) => (
          <tr key={visit.id}>
            <th scope="row">{formatDate(visit.date, locale)}</th>
            <td>{t(visit.announced ? "assessment.visit.ANNOUNCED" : "assessment.visit.UNANNOUNCED")}</td>
            <td>
              {visit.held ? t("assessment.visit.heldLabel") : t("assessment.visit.planned")}
              {!visit.held && canWrite ? (
                <>
                  {" · "}
                  <Link to={`/trajecten/${trajectoryId}/bezoeken/${visit.id}`} aria-label={t("assessment.visit.markHeldFor", { date: formatDate(visit.date, locale) })}>
                    {t("assessment.visit.markHeld")}
                  </Link>
                </>
              ) : null}
            </td>
            <td className="prose">{visit.participants}</td>
            {showNotes ? <td className="prose">{visit.notes || "—"}</td> : null}
            <td>{visit.round ? <Link to={`/trajecten/${trajectoryId}/beoordelingen#matrix-caption`}>{roundTitleText(visit.round, t, locale)}</Link> : "—"}</td>
          </tr>
        ))}
      </DataTable>
    </ListPage>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
