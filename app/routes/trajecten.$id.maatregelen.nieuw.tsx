import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { type FormState } from "~/components/form";
import { MeasureFields } from "~/components/measure-parts";
import { FormPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { MeasureSchema } from "~/domain/assessment-forms";
import { normsOf } from "~/models/assessment.server";
import { createMeasure } from "~/models/measure.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.pageTitle} – Toezichtspoor` : "Toezichtspoor" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const { t } = await getTranslator(request);
  const norms = await normsOf(trajectory);
  // ?norm= comes from a norm's assessment page ("add a measure for this norm").
  const requested = new URL(request.url).searchParams.get("norm");
  return {
    pageTitle: `${t("assessment.measure.new")} ${trajectory.reference}`,
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
  const parsed = parseForm(MeasureSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const created = await createMeasure(user, trajectory, parsed.data);
  if (!created.ok) return formFailure(formData, { normId: [t("assessment.field.choose")] });
  return redirect(`/trajecten/${trajectory.id}/maatregelen`);
}

export default function NewMeasure() {
  const { trajectoryId, norms, normId } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t } = useI18n();
  return (
    <FormPage
      title={t("assessment.measure.new")}
      state={state}
      submit={t("assessment.measure.create")}
      back={{ to: `/trajecten/${trajectoryId}/maatregelen`, label: t("assessment.measures.back") }}
    >
      <MeasureFields norms={norms} defaults={{ normId }} state={state} />
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
