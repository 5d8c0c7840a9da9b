import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RatingBadge } from "~/components/badges";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { RequiredMeasureFields } from "~/components/required-measure-parts";
import { StatusError } from "~/components/status-error";
import { isRequiredMeasureOverdue, type RequiredMeasureStatus } from "~/domain/assessment";
import { RequiredMeasureEditSchema } from "~/domain/assessment-forms";
import { formatDate } from "~/i18n";
import { latestRatings, normsOf } from "~/models/assessment.server";
import { requireRequiredMeasure, updateRequiredMeasure } from "~/models/required-measure.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { formFailure, parseForm, submittedValues } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { mayOnTrajectory } from "~/domain/permissions";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const { t } = await getTranslator(request);
  const measure = await requireRequiredMeasure(trajectory.id, params.measureId ?? "");
  const canWrite = mayOnTrajectory(user, trajectory, "assess");
  const [norms, ratings] = await Promise.all([normsOf(trajectory), latestRatings(user, trajectory.id, [measure.norm.id])]);
  return {
    pageTitle: `${t("requiredMeasure.title")} ${measure.norm.code} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    canWrite,
    measure: { ...measure, overdue: isRequiredMeasureOverdue(measure) },
    latestRating: ratings.get(measure.norm.id)?.rating ?? null,
    norms,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const measure = await requireRequiredMeasure(trajectory.id, params.measureId ?? "");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(RequiredMeasureEditSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await updateRequiredMeasure(user, trajectory, measure.id, parsed.data);
  if (result.ok) return redirect(`/trajecten/${trajectory.id}/maatregelen`);
  if (result.reason === "unknownNorm") return formFailure(formData, { normId: [t("assessment.field.choose")] });
  // Someone saved first: show their version and give the user's own input back untouched.
  return data(
    { ok: false as const, errors: {}, values: submittedValues(formData), formError: t("requiredMeasure.conflict"), conflict: result.current },
    { status: 409 },
  );
}

interface MeasureContent {
  version: number;
  description: string;
  dueDate: string;
  status: RequiredMeasureStatus;
  norm: { id: string; code: string; title: string };
}

/** A refused save (409) carries the newer measure besides the usual field errors and values. */
type ActionData = FormState & { conflict?: MeasureContent };

function MeasureFacts({ measure }: { measure: MeasureContent }) {
  const { t, locale } = useI18n();
  return (
    <dl className="facts">
      <div>
        <dt>{t("assessment.norm")}</dt>
        <dd>
          {measure.norm.code} {measure.norm.title}
        </dd>
      </div>
      <div>
        <dt>{t("requiredMeasure.description")}</dt>
        <dd className="prose">{measure.description}</dd>
      </div>
      <div>
        <dt>{t("requiredMeasure.dueDate")}</dt>
        <dd>{formatDate(measure.dueDate, locale)}</dd>
      </div>
      <div>
        <dt>{t("requiredMeasure.status")}</dt>
        <dd>{t(`requiredMeasure.statuses.${measure.status}`)}</dd>
      </div>
    </dl>
  );
}

export default function MeasurePage() {
  const { trajectoryId, canWrite, measure, latestRating, norms } = useLoaderData<typeof loader>();
  const state = useActionData<ActionData>();
  const { t } = useI18n();
  const conflict = state?.conflict ?? null;
  // After a refusal the form continues from the newer version, so saving again applies on top of it.
  const version = conflict ? conflict.version : measure.version;
  return (
    <div className="narrow">
      <h1>
        {t("requiredMeasure.title")} {measure.norm.code}
      </h1>
      <p>
        {t("requiredMeasure.list.latestRating")}: <RatingBadge rating={latestRating} />
        {measure.overdue ? <strong className="overdue-flag"> ({t("due.overdue")})</strong> : null}
      </p>
      {canWrite ? (
        <Form method="post" className="stack" noValidate>
          <FormErrors state={state}>
            {conflict ? (
              <section className="notice" aria-labelledby="conflict-title">
                <h2 id="conflict-title">{t("requiredMeasure.conflictTitle")}</h2>
                <MeasureFacts measure={conflict} />
              </section>
            ) : null}
            <input type="hidden" name="version" value={version} />
            <RequiredMeasureFields
              norms={norms}
              defaults={{ normId: measure.norm.id, description: measure.description, dueDate: measure.dueDate, status: measure.status }}
              state={state}
            />
            <SubmitButton>{t("requiredMeasure.save")}</SubmitButton>
          </FormErrors>
        </Form>
      ) : (
        <MeasureFacts measure={measure} />
      )}
      <p>
        <Link to={`/trajecten/${trajectoryId}/maatregelen`}>{t("requiredMeasure.list.back")}</Link>
      </p>
    </div>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;

export const shouldRevalidate = revalidateAfterConflict;
