import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { type FormState } from "~/components/form";
import { RequiredMeasureFields } from "~/components/required-measure-parts";
import { FormPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { RequiredMeasureSchema } from "~/domain/assessment-forms";
import { normsOf } from "~/models/assessment.server";
import { createRequiredMeasure } from "~/models/required-measure.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const { t } = await getTranslator(request);
  const norms = await normsOf(trajectory);
  // ?norm= comes from a norm's assessment page ("add a measure for this norm").
  const requested = new URL(request.url).searchParams.get("norm");
  return {
    pageTitle: `${t("requiredMeasure.new")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    norms,
    normId: norms.some((n) => n.id === requested) ? (requested ?? undefined) : undefined,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(RequiredMeasureSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const created = await createRequiredMeasure(user, trajectory, parsed.data);
  if (!created.ok) return formFailure(formData, { normId: [t("assessment.field.choose")] });
  return redirect(`/trajecten/${trajectory.id}/maatregelen`);
}

export default function NewMeasure() {
  const { trajectoryId, norms, normId } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t } = useI18n();
  return (
    <FormPage
      title={t("requiredMeasure.new")}
      state={state}
      submit={t("requiredMeasure.create")}
      back={{ to: `/trajecten/${trajectoryId}/maatregelen`, label: t("requiredMeasure.list.back") }}
    >
      <RequiredMeasureFields norms={norms} defaults={{ normId }} state={state} />
    </FormPage>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
