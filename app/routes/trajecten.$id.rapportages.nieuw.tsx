import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TextAreaInput, TextInput, type FormState } from "~/components/form";
import { NormCheckboxes } from "~/components/norm-checkboxes";
import { FormPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { ProgressReportRequestSchema } from "~/domain/progress-report-forms";
import { createProgressReportRequest, requestableNorms } from "~/models/progress-report.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "progress-report:request");
  const { t } = await getTranslator(request);
  return { pageTitle: `${t("progressReport.list.new")} ${trajectory.reference}`, trajectoryId: trajectory.id, norms: await requestableNorms(trajectory) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "progress-report:request");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(ProgressReportRequestSchema, formData, t);
  // Ticked boxes come back too: the plain values keep only one value per name.
  const checked = formData.getAll("normIds").map(String);
  if (!parsed.ok) return data({ ...parsed.response.data, checked }, { status: 400 });
  const result = await createProgressReportRequest(user, trajectory, parsed.data);
  if (!result.ok) return data({ ...formFailure(formData, { normIds: [t("progressReport.field.norms")] }).data, checked }, { status: 400 });
  return redirect(`/trajecten/${trajectory.id}/rapportages/${result.id}`);
}

export default function NewReportRequest() {
  const { trajectoryId, norms } = useLoaderData<typeof loader>();
  const state = useActionData<FormState & { checked?: string[] }>();
  const { t } = useI18n();
  return (
    <FormPage
      title={t("progressReport.list.new")}
      state={state}
      submit={t("progressReport.list.send")}
      back={{ to: `/trajecten/${trajectoryId}/rapportages`, label: t("progressReport.back") }}
      wide
    >
      <TextInput name="title" label={t("progressReport.title")} isRequired state={state} />
      <TextInput name="dueDate" type="date" label={t("progressReport.dueDate")} isRequired state={state} />
      <NormCheckboxes name="normIds" legend={t("progressReport.normsInScope")} norms={norms} checked={state?.checked ?? []} />
      <TextAreaInput name="instructions" label={t("progressReport.instructions")} rows={5} state={state} />
    </FormPage>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
