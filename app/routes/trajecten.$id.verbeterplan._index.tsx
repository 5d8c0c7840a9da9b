import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { formatDate, formatDateTime, formatNumber } from "~/i18n";
import { canStartNextVersion } from "~/domain/plan";
import { listPlanVersions, startPlanVersion } from "~/models/plan.server";
import { assertMayOnTrajectory, requireTrajectoryAccess } from "~/models/access.server";
import { formFailure } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { mayOnTrajectory } from "~/domain/permissions";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { DataTable } from "~/components/data-table";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const { t } = await getTranslator(request);
  const versions = await listPlanVersions(trajectory.id);
  return {
    pageTitle: `${t("plan.title")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    versions,
    canStart: mayOnTrajectory(user, trajectory, "plan:edit") && canStartNextVersion(versions[0]?.status ?? null),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  assertMayOnTrajectory(user, trajectory, "plan:edit");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const result = await startPlanVersion(user, trajectory);
  if (!result.ok) return formFailure(formData, {}, t("plan.cannotStart"), 409);
  return redirect(`/trajecten/${trajectory.id}/verbeterplan/${result.id}`);
}

export default function PlanVersions() {
  const { trajectoryId, versions, canStart } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("plan.title")}</h1>
      <p>{t("plan.intro")}</p>
      {canStart ? (
        <Form method="post">
          <FormErrors state={state}>
            <input type="hidden" name="intent" value="start" />
            <SubmitButton>{t(versions.length ? "plan.startNext" : "plan.startFirst")}</SubmitButton>
          </FormErrors>
        </Form>
      ) : null}
      {versions.length === 0 ? (
        <p>{t("plan.none")}</p>
      ) : (
        <DataTable caption={t("plan.versionsCaption")}>
          <thead>
            <tr>
              <th scope="col">{t("plan.version")}</th>
              <th scope="col">{t("plan.statusLabel")}</th>
              <th scope="col">{t("plan.dueDate")}</th>
              <th scope="col">{t("plan.submittedAt")}</th>
              <th scope="col">{t("plan.actionCount")}</th>
              <th scope="col">{t("plan.compare")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <th scope="row">
                  <Link to={`/trajecten/${trajectoryId}/verbeterplan/${v.id}`}>{t("plan.versionNumber", { number: v.number })}</Link>
                </th>
                <td>{t(`plan.status.${v.status}`)}</td>
                <td>{v.dueDate ? formatDate(v.dueDate, locale) : "—"}</td>
                <td>{v.submittedAt ? formatDateTime(v.submittedAt, locale) : "—"}</td>
                <td>{formatNumber(v._count.actions, locale)}</td>
                <td>
                  {v.number > 1 ? (
                    <Link to={`/trajecten/${trajectoryId}/verbeterplan/vergelijk?van=${v.number - 1}&naar=${v.number}`}>
                      {t("plan.compareWith", { from: v.number - 1, to: v.number })}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;

export const shouldRevalidate = revalidateAfterConflict;
