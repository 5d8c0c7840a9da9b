import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RadioGroupInput } from "~/components/choice-fields";
import { NormSummaryTable } from "~/components/closure-parts";
import { CheckboxList, FollowUpRows, MeasureTypeFields } from "~/components/proposal-fields";
import { FormErrors, SubmitButton, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { CLOSURE_OUTCOMES } from "~/domain/closure";
import { ProposalSchema } from "~/domain/closure-forms";
import { formatDate } from "~/i18n";
import { createProposal, currentNormSummary, listProposals, proposalFormOptions } from "~/models/closure.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { formFailure, parseForm, submittedValues } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { managementLinks } from "~/styles/management-links";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { pageTitleMeta } from "~/utils/meta";

export const links = managementLinks;

export const meta = pageTitleMeta;

/** 404 for a trajectory the user cannot see; 403 unless they lead it and it may get a proposal now. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "proposal:create");
  const { t } = await getTranslator(request);
  const [options, summary, proposals] = await Promise.all([proposalFormOptions(trajectory), currentNormSummary(trajectory), listProposals(trajectory.id)]);
  // A returned proposal is revised: the new one starts from it, and the return comment is in view.
  const returned = proposals[0]?.status === "RETURNED" ? proposals[0] : null;
  return {
    pageTitle: `${t(returned ? "closure.proposal.revise" : "closure.proposal.new")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    options,
    summary,
    returned: returned
      ? {
          outcome: returned.outcome,
          rationale: returned.rationale,
          newDeadline: returned.newDeadline,
          measureTypeId: returned.measureType?.id ?? "",
          measureDetails: returned.measureDetails ?? "",
          followUps: returned.followUps,
          coAuthorIds: returned.coAuthorIds,
          comment: returned.decisions.at(-1)?.comment ?? "",
          returnedBy: returned.decisions.at(-1)?.decidedBy.name ?? "",
        }
      : null,
  };
}

/** Checkbox lists come back as one comma-joined value, so a failed form keeps every ticked box. */
function withJoinedCoAuthors(formData: FormData): FormData {
  const copy = new FormData();
  for (const [name, value] of formData) if (name !== "coAuthorIds") copy.append(name, value);
  copy.append("coAuthorIds", formData.getAll("coAuthorIds").join(","));
  return copy;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "proposal:create");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(ProposalSchema, formData, t);
  if (!parsed.ok) return formFailure(withJoinedCoAuthors(formData), parsed.response.data.errors);
  const result = await createProposal(user, trajectory, parsed.data);
  if (result.ok) return redirect(`/trajecten/${trajectory.id}/afsluiting?gedaan=proposed`);
  if (result.reason === "invalid") {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [field, [t(key)]]));
    return formFailure(withJoinedCoAuthors(formData), errors);
  }
  return data(
    { ok: false as const, errors: {}, values: submittedValues(withJoinedCoAuthors(formData)), formError: t("closure.proposal.conflict") },
    { status: 409 },
  );
}

export default function ProposalPage() {
  const { trajectoryId, options, summary, returned } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t, locale } = useI18n();
  const defaults = returned ?? { outcome: "", rationale: "", newDeadline: null, measureTypeId: "", measureDetails: "", followUps: [], coAuthorIds: [] };
  return (
    <div className="narrow-wide">
      <h1>{t(returned ? "closure.proposal.revise" : "closure.proposal.new")}</h1>
      <p>{t("closure.proposal.intro")}</p>
      {returned ? (
        <section className="notice" aria-labelledby="returned-title">
          <h2 id="returned-title">{t("closure.proposal.returnedTitle", { name: returned.returnedBy })}</h2>
          <p className="prose">{returned.comment}</p>
        </section>
      ) : null}
      <NormSummaryTable summary={summary} caption={t("closure.summary.preview")} />
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          <input type="hidden" name="version" value={options.version} />
          <RadioGroupInput
            name="outcome"
            label={t("closure.proposal.outcome")}
            options={CLOSURE_OUTCOMES.map((o) => ({ value: o, label: t(`closure.outcome.${o}`) }))}
            defaultValue={defaults.outcome}
            isRequired
            state={state}
          />
          <TextAreaInput
            name="rationale"
            label={t("closure.proposal.rationale")}
            description={t("closure.proposal.rationaleHint")}
            defaultValue={defaults.rationale}
            rows={8}
            isRequired
            state={state}
          />
          {options.team.length > 0 ? (
            <CheckboxList
              name="coAuthorIds"
              label={t("closure.proposal.coAuthors")}
              description={t("closure.proposal.coAuthorsHint")}
              options={options.team.map((u) => ({ value: u.id, label: u.name }))}
              defaultValues={defaults.coAuthorIds}
              state={state}
            />
          ) : null}

          <fieldset className="stack group">
            <legend>{t("closure.proposal.liftGroup")}</legend>
            <p className="field__description">{t("closure.proposal.liftHint")}</p>
            <FollowUpRows defaults={defaults.followUps} state={state} />
          </fieldset>

          <fieldset className="stack group">
            <legend>{t("closure.proposal.extendGroup")}</legend>
            <TextInput
              name="newDeadline"
              type="date"
              label={t("closure.proposal.newDeadline")}
              description={t("closure.proposal.currentDeadline", { date: formatDate(options.deadline, locale) })}
              defaultValue={defaults.newDeadline ?? undefined}
              state={state}
            />
          </fieldset>

          <fieldset className="stack group">
            <legend>{t("closure.proposal.escalateGroup")}</legend>
            <MeasureTypeFields
              names={{ type: "measureTypeId", details: "measureDetails" }}
              labels={{ type: t("closure.proposal.measureType"), placeholder: t("closure.proposal.chooseMeasureType"), details: t("closure.proposal.measureDetails") }}
              types={options.measureTypes}
              defaults={{ typeId: defaults.measureTypeId, details: defaults.measureDetails }}
              detailRows={4}
              state={state}
            />
          </fieldset>

          <SubmitButton>{t("closure.proposal.submit")}</SubmitButton>
        </FormErrors>
      </Form>
      <p>
        <Link to={`/trajecten/${trajectoryId}/afsluiting`}>{t("closure.back")}</Link>
      </p>
    </div>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;

export const shouldRevalidate = revalidateAfterConflict;
