import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxInput } from "~/components/choice-fields";
import { outcomeKey } from "~/components/closure-parts";
import { FormErrors, SubmitButton, TextAreaInput, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { isClosureOutcome, parseNormSummary } from "~/domain/closure";
import { PublicationSchema } from "~/domain/closure-forms";
import { draftPublicSummary } from "~/domain/public-summary";
import { formatDate, formatDateTime } from "~/i18n";
import { requireApprovedDecision, savePublication } from "~/models/public-decision.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { parseForm, submittedValues } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { managementLinks } from "~/styles/management-links";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { pageTitleMeta } from "~/utils/meta";

export const links = managementLinks;

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "decision:publish");
  const { t, locale } = await getTranslator(request);
  const decision = await requireApprovedDecision(trajectory.id, params.decisionId ?? "");
  const { proposal } = decision;
  const outcome = isClosureOutcome(proposal.outcome) ? proposal.outcome : "LIFT";
  const draft = draftPublicSummary(t, locale, {
    organisation: proposal.trajectory.organisation.name,
    sector: proposal.trajectory.organisation.sector,
    location: proposal.trajectory.organisation.location,
    startDate: proposal.trajectory.startDate,
    decisionDate: decision.decisionDate,
    outcome,
    normSummary: parseNormSummary(proposal.normSummary),
    newDeadline: proposal.newDeadline,
    measureTypeName: proposal.measureType ? (locale === "nl" ? proposal.measureType.nameNl : proposal.measureType.nameEn) : null,
  });
  return {
    pageTitle: `${t("publication.title")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    decision: { id: decision.id, decisionDate: decision.decisionDate, outcome, publicSummary: decision.publicSummary, publishedAt: decision.publishedAt },
    draft,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "decision:publish");
  const decision = await requireApprovedDecision(trajectory.id, params.decisionId ?? "");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(PublicationSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await savePublication(user, trajectory.id, decision.id, parsed.data);
  if (result.ok) return redirect(`/trajecten/${trajectory.id}/afsluiting?gedaan=${parsed.data.publish ? "published" : "saved"}`);
  // Someone saved first: show theirs, keep the user's own text in the form, continue from theirs.
  const current = await requireApprovedDecision(trajectory.id, decision.id);
  return data(
    {
      ok: false as const,
      errors: {},
      values: submittedValues(formData),
      formError: t("publication.conflict"),
      conflict: { publicSummary: current.publicSummary, publishedAt: current.publishedAt },
    },
    { status: 409 },
  );
}

type ActionData = FormState & { conflict?: { publicSummary: string | null; publishedAt: string | Date | null } };

export default function PublicationPage() {
  const { trajectoryId, decision, draft } = useLoaderData<typeof loader>();
  const state = useActionData<ActionData>();
  const { t, locale } = useI18n();
  const base = state?.conflict ?? decision;
  const published = Boolean(base.publishedAt);
  return (
    <div className="narrow-wide">
      <h1>{t("publication.title")}</h1>
      <p>
        {t(outcomeKey(decision.outcome))} · {t("closure.decision.on", { date: formatDate(decision.decisionDate, locale) })}
      </p>
      <p>{t("publication.intro")}</p>
      <p>
        {base.publishedAt ? t("publication.publishedOn", { date: formatDateTime(base.publishedAt, locale) }) : t("publication.notPublished")}
      </p>
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          {state?.conflict ? (
            <section className="notice" aria-labelledby="conflict-title">
              <h2 id="conflict-title">{t("publication.conflictTitle")}</h2>
              <p className="prose">{state.conflict.publicSummary ?? "—"}</p>
            </section>
          ) : null}
          <input type="hidden" name="previousSummary" value={base.publicSummary ?? ""} />
          <input type="hidden" name="previousPublishedAt" value={base.publishedAt ? String(base.publishedAt) : ""} />
          <TextAreaInput
            name="publicSummary"
            label={t("publication.summary")}
            description={t("publication.summaryHint")}
            defaultValue={decision.publicSummary ?? draft}
            rows={10}
            isRequired
            state={state}
          />
          <CheckboxInput
            name="publish"
            label={t("publication.publish")}
            description={t("publication.publishHint")}
            state={state ?? { values: published ? { publish: "on" } : {} }}
          />
          <SubmitButton>{t("publication.save")}</SubmitButton>
        </FormErrors>
      </Form>
      <p>
        <Link to={`/trajecten/${trajectoryId}/afsluiting`}>{t("closure.back")}</Link>
        {decision.publishedAt ? (
          <>
            {" · "}
            <Link to={`/besluiten/${decision.id}`}>{t("publication.view")}</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;

export const shouldRevalidate = revalidateAfterConflict;
