import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { RequiredMeasureTable } from "~/components/required-measure-parts";
import { StatusError } from "~/components/status-error";
import { ListPage } from "~/components/page-shells";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { listRequiredMeasures } from "~/models/required-measure.server";
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
  const { total, measures } = await listRequiredMeasures(user, trajectory.id, page);
  return {
    pageTitle: `${t("requiredMeasure.list.title")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    canWrite: mayOnTrajectory(user, trajectory, "assess"),
    measures,
    paging: pagingOf(page, total),
  };
}

export default function Measures() {
  const { trajectoryId, canWrite, measures, paging } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <ListPage
      title={t("requiredMeasure.list.title")}
      intro={t("requiredMeasure.list.intro")}
      action={canWrite ? { to: `/trajecten/${trajectoryId}/maatregelen/nieuw`, label: t("requiredMeasure.new") } : null}
      empty={measures.length === 0 ? t("requiredMeasure.list.none") : null}
      paging={paging}
    >
      <RequiredMeasureTable trajectoryId={trajectoryId} measures={measures} canWrite={canWrite} />
    </ListPage>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
