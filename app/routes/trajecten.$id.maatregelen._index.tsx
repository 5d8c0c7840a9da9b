import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { MeasureTable } from "~/components/measure-parts";
import { Pagination } from "~/components/pagination";
import { StatusError } from "~/components/status-error";
import { pageCount, pageRequest } from "~/domain/pagination";
import { listMeasures } from "~/models/measure.server";
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
  const { total, measures } = await listMeasures(user, trajectory.id, page);
  return {
    pageTitle: `${t("assessment.measures.title")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    canWrite: mayOnTrajectory(user, trajectory, "assess"),
    measures,
    page: page.page,
    pages: pageCount(total, page.pageSize),
  };
}

export default function Measures() {
  const { trajectoryId, canWrite, measures, page, pages } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <>
      <h1>{t("assessment.measures.title")}</h1>
      <p>{t("assessment.measures.intro")}</p>
      {canWrite ? (
        <p>
          <Link to={`/trajecten/${trajectoryId}/maatregelen/nieuw`} className="button button--primary">
            {t("assessment.measure.new")}
          </Link>
        </p>
      ) : null}
      {measures.length === 0 ? (
        <p>{t("assessment.measures.none")}</p>
      ) : (
        <MeasureTable trajectoryId={trajectoryId} measures={measures} canWrite={canWrite} />
      )}
      <Pagination page={page} pages={pages} />
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
