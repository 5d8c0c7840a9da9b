import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { RadioGroupInput } from "~/components/choice-fields";
import { TextInput, type FormState } from "~/components/form";
import { FormPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { ROUND_KINDS, roundKindTaken } from "~/domain/assessment";
import { RoundSchema } from "~/domain/assessment-forms";
import { todayIso } from "~/domain/dates";
import { createRound, roundKinds } from "~/models/assessment.server";
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
  const taken = await roundKinds(trajectory.id);
  return {
    pageTitle: `${t("assessment.round.newTitle")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    // Only the kinds still possible: a second baseline or final round is not offered at all.
    kinds: ROUND_KINDS.filter((kind) => !roundKindTaken(kind, taken)),
    today: todayIso(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(RoundSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const created = await createRound(user, trajectory.id, parsed.data);
  if (!created.ok) return formFailure(formData, { kind: [t("assessment.round.kindTaken", { kind: t(`assessment.kind.${parsed.data.kind}`) })] });
  return redirect(`/trajecten/${trajectory.id}/beoordelingen`);
}

export default function NewRound() {
  const { trajectoryId, kinds, today } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t } = useI18n();
  return (
    <FormPage
      title={t("assessment.round.newTitle")}
      intro={t("assessment.round.newIntro")}
      state={state}
      submit={t("assessment.round.create")}
      back={{ to: `/trajecten/${trajectoryId}/beoordelingen`, label: t("assessment.backToMatrix") }}
    >
      <TextInput name="title" label={t("assessment.round.title")} description={t("assessment.round.titleHint")} isRequired state={state} />
      <RadioGroupInput
        name="kind"
        label={t("assessment.round.kind")}
        options={kinds.map((kind) => ({ value: kind, label: t(`assessment.kind.${kind}`) }))}
        defaultValue={kinds[0]}
        isRequired
        state={state}
      />
      <TextInput name="date" type="date" label={t("assessment.round.date")} defaultValue={today} isRequired state={state} />
    </FormPage>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
