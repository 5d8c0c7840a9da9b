import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxInput, RadioGroupInput } from "~/components/choice-fields";
import { TextAreaInput, TextInput, type FormState } from "~/components/form";
import { FormPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { VISIT_KINDS, VISIT_STATES } from "~/domain/assessment";
import { visitSchema } from "~/domain/assessment-forms";
import { todayIso } from "~/domain/dates";
import { requireTrajectoryAccess } from "~/models/access.server";
import { recordVisit } from "~/models/visit.server";
import { parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const { t } = await getTranslator(request);
  return { pageTitle: `${t("assessment.visit.new")} ${trajectory.reference}`, trajectoryId: trajectory.id, today: todayIso() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const { t } = await getTranslator(request);
  const parsed = parseForm(visitSchema(), await request.formData(), t);
  if (!parsed.ok) return parsed.response;
  const recorded = await recordVisit(user, trajectory.id, parsed.data);
  // With a round opened, the next thing to do is assess in it.
  return redirect(recorded.roundId ? `/trajecten/${trajectory.id}/beoordelingen` : `/trajecten/${trajectory.id}/bezoeken`);
}

export default function NewVisit() {
  const { trajectoryId, today } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t } = useI18n();
  return (
    <FormPage
      title={t("assessment.visit.new")}
      state={state}
      submit={t("assessment.visit.save")}
      back={{ to: `/trajecten/${trajectoryId}/bezoeken`, label: t("assessment.visits.back") }}
    >
      <TextInput name="date" type="date" label={t("assessment.visit.date")} defaultValue={today} isRequired state={state} />
      <RadioGroupInput
        name="kind"
        label={t("assessment.visit.kind")}
        options={VISIT_KINDS.map((kind) => ({ value: kind, label: t(`assessment.visit.${kind}`) }))}
        isRequired
        state={state}
      />
      <RadioGroupInput
        name="state"
        label={t("assessment.visit.state")}
        description={t("assessment.visit.stateHint")}
        options={VISIT_STATES.map((state) => ({ value: state, label: t(`assessment.visit.${state}`) }))}
        isRequired
        state={state}
      />
      <TextAreaInput
        name="participants"
        label={t("assessment.visit.participants")}
        description={t("assessment.visit.participantsHint")}
        rows={3}
        isRequired
        state={state}
      />
      <TextAreaInput name="notes" label={t("assessment.visit.notes")} rows={6} state={state} />
      <CheckboxInput name="openRound" label={t("assessment.visit.openRound")} description={t("assessment.visit.openRoundHint")} state={state} />
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
