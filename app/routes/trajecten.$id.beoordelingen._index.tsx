import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { NormMatrix, RoundSummary } from "~/components/norm-matrix";
import { StatusError } from "~/components/status-error";
import { PublishRoundSchema } from "~/domain/assessment-forms";
import { getAssessmentMatrix, publishRound } from "~/models/assessment.server";
import { notFound, requireTrajectoryAccess } from "~/models/access.server";
import { parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { mayOnTrajectory } from "~/domain/permissions";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const { t } = await getTranslator(request);
  const matrix = await getAssessmentMatrix(user, trajectory);
  return {
    pageTitle: `${t("assessment.matrix.title")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    canWrite: mayOnTrajectory(user, trajectory, "assess"),
    organisationView: user.role === "ORGANISATION",
    ...matrix,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const { t } = await getTranslator(request);
  const parsed = parseForm(PublishRoundSchema, await request.formData(), t);
  if (!parsed.ok) return parsed.response;
  const outcome = await publishRound(user, trajectory.id, parsed.data.roundId);
  if (outcome === "notFound") throw notFound();
  return redirect(`/trajecten/${trajectory.id}/beoordelingen?gepubliceerd=${encodeURIComponent(parsed.data.roundId)}`);
}

export default function AssessmentMatrix() {
  const { trajectoryId, norms, rounds, canWrite, organisationView, truncated } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const [params] = useSearchParams();
  const published = rounds.find((r) => r.id === params.get("gepubliceerd"));
  return (
    <>
      <h1>{t("assessment.matrix.title")}</h1>
      <p>{t(organisationView ? "assessment.matrix.introOrganisation" : "assessment.matrix.intro")}</p>
      {published ? <p role="status" className="notice">{t("assessment.round.publishedNotice", { round: published.title })}</p> : null}
      {canWrite ? (
        <p>
          <Link to={`/trajecten/${trajectoryId}/beoordelingen/nieuw`} className="button button--primary">
            {t("assessment.round.new")}
          </Link>
        </p>
      ) : null}
      {rounds.length === 0 ? (
        <p>{t(organisationView ? "assessment.matrix.noneOrganisation" : "assessment.matrix.none")}</p>
      ) : (
        <>
          {truncated ? <p className="notice">{t("assessment.matrix.truncated")}</p> : null}
          <NormMatrix trajectoryId={trajectoryId} norms={norms} rounds={rounds} canWrite={canWrite} />
          <h2 id="summary">{t("assessment.summary.title")}</h2>
          <RoundSummary rounds={rounds} canWrite={canWrite} />
        </>
      )}
    </>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
