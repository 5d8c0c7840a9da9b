import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, SubmitButton, TextAreaInput, type FormState } from "~/components/form";
import { PlanActionFields, PlanActionsTable } from "~/components/plan-parts";
import { ReviewForm } from "~/components/review-form";
import { StatusError } from "~/components/status-error";
import { PlanActionSchema, PlanReviewSchema, PlanSummarySchema, PlanVersionOnlySchema } from "~/domain/plan-forms";
import { formatDate, formatDateTime } from "~/i18n";
import { addPlanAction, planChoices, requirePlanVersion, reviewPlanVersion, savePlanSummary, submitPlanVersion, type PlanVersionView } from "~/models/plan.server";
import { assertMayOnTrajectory, requireTrajectoryAccess } from "~/models/access.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { planRefusal } from "~/utils/plan-refusal.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { mayOnTrajectory } from "~/domain/permissions";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const plan = await requirePlanVersion(trajectory.id, params.versionId ?? "");
  const { t } = await getTranslator(request);
  const canEdit = mayOnTrajectory(user, trajectory, "plan:edit") && plan.status === "DRAFT";
  return {
    pageTitle: `${t("plan.versionNumber", { number: plan.number })} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    plan,
    canEdit,
    canReview: mayOnTrajectory(user, trajectory, "plan:review") && plan.status === "SUBMITTED",
    choices: canEdit ? await planChoices(trajectory) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const plan = await requirePlanVersion(trajectory.id, params.versionId ?? "");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "review") {
    assertMayOnTrajectory(user, trajectory, "plan:review");
    const parsed = parseForm(PlanReviewSchema, formData, t);
    if (!parsed.ok) return parsed.response;
    const result = await reviewPlanVersion(user, trajectory, plan.id, parsed.data);
    return result.ok ? redirect(`/trajecten/${trajectory.id}/verbeterplan/${plan.id}`) : planRefusal(result, formData, t);
  }
  assertMayOnTrajectory(user, trajectory, "plan:edit");
  switch (intent) {
    case "summary": {
      const parsed = parseForm(PlanSummarySchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await savePlanSummary(user, trajectory, plan.id, parsed.data);
      return result.ok ? redirect(`/trajecten/${trajectory.id}/verbeterplan/${plan.id}`) : planRefusal(result, formData, t);
    }
    case "addAction": {
      const parsed = parseForm(PlanActionSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await addPlanAction(user, trajectory, plan.id, parsed.data);
      return result.ok ? redirect(`/trajecten/${trajectory.id}/verbeterplan/${plan.id}#acties`) : planRefusal(result, formData, t);
    }
    case "submit": {
      const parsed = parseForm(PlanVersionOnlySchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await submitPlanVersion(user, trajectory, plan.id, parsed.data.version);
      return result.ok ? redirect(`/trajecten/${trajectory.id}/verbeterplan/${plan.id}?ingediend=1`) : planRefusal(result, formData, t);
    }
    default:
      return formFailure(formData, {}, t("form.unknownIntent"));
  }
}

type ActionData = FormState & { conflict?: PlanVersionView };

function PlanFacts({ plan }: { plan: PlanVersionView }) {
  const { t, locale } = useI18n();
  return (
    <dl className="facts">
      <div>
        <dt>{t("plan.statusLabel")}</dt>
        <dd>{t(`plan.status.${plan.status}`)}</dd>
      </div>
      <div>
        <dt>{t("plan.dueDate")}</dt>
        <dd>{plan.dueDate ? formatDate(plan.dueDate, locale) : "—"}</dd>
      </div>
      <div>
        <dt>{t("plan.submittedAt")}</dt>
        <dd>{plan.submittedAt ? formatDateTime(plan.submittedAt, locale) : "—"}</dd>
      </div>
    </dl>
  );
}

export default function PlanVersionPage() {
  const { trajectoryId, plan: loaded, canEdit, canReview, choices } = useLoaderData<typeof loader>();
  const state = useActionData<ActionData>();
  const { t } = useI18n();
  const plan = state?.conflict ?? loaded;
  const base = `/trajecten/${trajectoryId}/verbeterplan/${plan.id}`;
  return (
    <>
      <h1>{t("plan.versionNumber", { number: plan.number })}</h1>
      <PlanFacts plan={plan} />
      {plan.reviewComment ? (
        <div className="notice">
          <h2>{t("plan.reviewComment")}</h2>
          <p className="prose">{plan.reviewComment}</p>
        </div>
      ) : null}
      {state?.conflict ? (
        <p className="notice" role="alert">
          {t("plan.conflictShown")}
        </p>
      ) : null}
      <h2>{t("plan.summary")}</h2>
      {canEdit ? (
        <Form method="post" className="stack" noValidate key={`summary-${plan.version}`}>
          <FormErrors state={state?.values?.intent === "summary" ? state : undefined}>
            <input type="hidden" name="intent" value="summary" />
            <input type="hidden" name="version" value={plan.version} />
            <TextAreaInput name="summary" label={t("plan.summary")} defaultValue={plan.summary} rows={4} state={state?.values?.intent === "summary" ? state : undefined} />
            <SubmitButton variant="secondary">{t("plan.saveSummary")}</SubmitButton>
          </FormErrors>
        </Form>
      ) : (
        <p className="prose">{plan.summary || "—"}</p>
      )}
      <h2 id="acties">{t("plan.actions")}</h2>
      <PlanActionsTable actions={plan.actions} caption={t("plan.actionsCaption", { number: plan.number })} editBase={canEdit ? `${base}/acties` : undefined} />
      {canEdit && choices ? (
        <>
          <section aria-labelledby="add-action" className="narrow-wide">
            <h2 id="add-action">{t("plan.addAction")}</h2>
            <Form method="post" className="stack" noValidate key={`add-${plan.version}`}>
              <FormErrors state={state?.values?.intent === "addAction" ? state : undefined}>
                <input type="hidden" name="intent" value="addAction" />
                <input type="hidden" name="version" value={plan.version} />
                <PlanActionFields choices={choices} defaults={{}} state={state?.values?.intent === "addAction" ? state : undefined} />
                <SubmitButton>{t("plan.addAction")}</SubmitButton>
              </FormErrors>
            </Form>
          </section>
          <section aria-labelledby="submit-plan">
            <h2 id="submit-plan">{t("plan.submitTitle")}</h2>
            <p>{t("plan.submitHint")}</p>
            <Form method="post">
              <FormErrors state={state?.values?.intent === "submit" ? state : undefined}>
                <input type="hidden" name="intent" value="submit" />
                <input type="hidden" name="version" value={plan.version} />
                <SubmitButton>{t("plan.submit")}</SubmitButton>
              </FormErrors>
            </Form>
          </section>
        </>
      ) : null}
      {canReview ? (
        <ReviewForm
          title={t("plan.reviewTitle")}
          outcomes={[
            { value: "ACCEPTED", label: t("plan.status.ACCEPTED") },
            { value: "SHARPENING_REQUESTED", label: t("plan.status.SHARPENING_REQUESTED") },
          ]}
          version={plan.version}
          withDueDate={false}
          state={state?.values?.intent === "review" ? state : undefined}
        />
      ) : null}
      <p>
        <Link to={`/trajecten/${trajectoryId}/verbeterplan`}>{t("plan.back")}</Link>
      </p>
    </>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
