import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxInput } from "~/components/choice-fields";
import { TextAreaInput, TextInput, type FormState } from "~/components/form";
import { FormPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { visitHeldSchema } from "~/domain/assessment-forms";
import { todayIso } from "~/domain/dates";
import { formatDate } from "~/i18n";
import { requireTrajectoryAccess } from "~/models/access.server";
import { recordVisitHeld, requirePlannedVisit } from "~/models/visit.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

// Recording a planned visit as held: from then on an unannounced visit is the organisation's to see.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const visit = await requirePlannedVisit(trajectory, params.visitId);
  const { t } = await getTranslator(request);
  const today = todayIso();
  return {
    pageTitle: `${t("assessment.visit.heldTitle")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    visit,
    // A visit planned for a later day that took place early is recorded on today's date.
    defaultDate: visit.date <= today ? visit.date : today,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(visitHeldSchema(), formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await recordVisitHeld(user, trajectory, params.visitId ?? "", parsed.data);
  if (!result.ok) {
    if (result.reason === "notFound") throw new Response("Not found", { status: 404 });
    return formFailure(formData, {}, t("assessment.visit.heldAlready"), 409);
  }
  return redirect(result.roundId ? `/trajecten/${trajectory.id}/beoordelingen` : `/trajecten/${trajectory.id}/bezoeken`);
}

export default function RecordVisitHeld() {
  const { trajectoryId, visit, defaultDate } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t, locale } = useI18n();
  return (
    <FormPage
      title={t("assessment.visit.heldTitle")}
      intro={t("assessment.visit.heldIntro", {
        kind: t(visit.announced ? "assessment.visit.announcedLower" : "assessment.visit.unannouncedLower"),
        date: formatDate(visit.date, locale),
      })}
      state={state}
      submit={t("assessment.visit.heldSave")}
      back={{ to: `/trajecten/${trajectoryId}/bezoeken`, label: t("assessment.visits.back") }}
    >
      <TextInput name="date" type="date" label={t("assessment.visit.heldDate")} defaultValue={defaultDate} isRequired state={state} />
      <TextAreaInput name="notes" label={t("assessment.visit.notes")} description={t("assessment.visit.notesHeldHint")} rows={6} state={state} />
      <CheckboxInput name="openRound" label={t("assessment.visit.openRound")} description={t("assessment.visit.openRoundHint")} state={state} />
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
