import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { PlanActionFields, PlanActionsTable } from "~/components/plan-parts";
import { StatusError } from "~/components/status-error";
import { PlanActionSchema, PlanVersionOnlySchema } from "~/domain/plan-forms";
import { planChoices, removePlanAction, requirePlanVersion, updatePlanAction, type PlanVersionView } from "~/models/plan.server";
import { assertMayOnTrajectory, forbidden, notFound, requireTrajectoryAccess } from "~/models/access.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { planRefusal } from "~/utils/plan-refusal.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

/** The plan version and the action in it; 404 when the action belongs to another version. */
async function load(trajectoryId: string, versionId: string, actionId: string) {
  const plan = await requirePlanVersion(trajectoryId, versionId);
  const action = plan.actions.find((a) => a.id === actionId);
  if (!action) throw notFound();
  return { plan, action };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const { plan, action } = await load(trajectory.id, params.versionId ?? "", params.actionId ?? "");
  // Only the organisation edits, and only a draft: everyone else reads the version page.
  assertMayOnTrajectory(user, trajectory, "plan:edit");
  if (plan.status !== "DRAFT") throw forbidden();
  const { t } = await getTranslator(request);
  return {
    pageTitle: `${t("plan.editAction")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    plan: { id: plan.id, number: plan.number, version: plan.version },
    action,
    choices: await planChoices(trajectory),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const { plan, action: planAction } = await load(trajectory.id, params.versionId ?? "", params.actionId ?? "");
  assertMayOnTrajectory(user, trajectory, "plan:edit");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const back = `/trajecten/${trajectory.id}/verbeterplan/${plan.id}#acties`;
  switch (formData.get("intent")) {
    case "update": {
      const parsed = parseForm(PlanActionSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await updatePlanAction(user, trajectory, plan.id, planAction.id, parsed.data);
      return result.ok ? redirect(back) : planRefusal(result, formData, t);
    }
    case "remove": {
      const parsed = parseForm(PlanVersionOnlySchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await removePlanAction(user, trajectory, plan.id, planAction.id, parsed.data.version);
      return result.ok ? redirect(back) : planRefusal(result, formData, t);
    }
    default:
      return formFailure(formData, {}, t("form.unknownIntent"));
  }
}

type ActionData = FormState & { conflict?: PlanVersionView };

export default function EditPlanAction() {
  const { trajectoryId, plan, action, choices } = useLoaderData<typeof loader>();
  const state = useActionData<ActionData>();
  const { t } = useI18n();
  const conflict = state?.conflict ?? null;
  const version = conflict ? conflict.version : plan.version;
  const newer = conflict?.actions.filter((a) => a.id === action.id) ?? [];
  return (
    <div className="narrow-wide">
      <h1>{t("plan.editAction")}</h1>
      <p>{t("plan.versionNumber", { number: plan.number })}</p>
      {conflict ? (
        <section className="notice" aria-labelledby="conflict-title">
          <h2 id="conflict-title">{t("plan.conflictShown")}</h2>
          {newer.length ? <PlanActionsTable actions={newer} caption={t("plan.newerAction")} /> : <p>{t("plan.actionGone")}</p>}
        </section>
      ) : null}
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state?.values?.intent === "update" ? state : undefined}>
          <input type="hidden" name="intent" value="update" />
          <input type="hidden" name="version" value={version} />
          <PlanActionFields choices={choices} defaults={action} state={state?.values?.intent === "update" ? state : undefined} />
          <SubmitButton>{t("plan.saveAction")}</SubmitButton>
        </FormErrors>
      </Form>
      <h2>{t("plan.removeAction")}</h2>
      <Form method="post">
        <FormErrors state={state?.values?.intent === "remove" ? state : undefined}>
          <input type="hidden" name="intent" value="remove" />
          <input type="hidden" name="version" value={version} />
          <SubmitButton variant="secondary">{t("plan.removeAction")}</SubmitButton>
        </FormErrors>
      </Form>
      <p>
        <Link to={`/trajecten/${trajectoryId}/verbeterplan/${plan.id}`}>{t("plan.backToVersion")}</Link>
      </p>
    </div>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
