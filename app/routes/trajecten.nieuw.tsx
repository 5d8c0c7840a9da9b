import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, SelectInput, SubmitButton, TextAreaInput, TextInput } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { NewTrajectoryFields } from "~/components/trajectory-fields";
import { todayIso } from "~/domain/dates";
import { ORGANISATION_SEARCH_PARAM } from "~/domain/trajectory-filters";
import { CreateTrajectorySchema, teamFromForm } from "~/domain/trajectory-forms";
import { formatNumber } from "~/i18n";
import { searchOrganisations } from "~/models/organisation.server";
import { createTrajectory, creationOptions } from "~/models/trajectory-create.server";
import { ContactInviteSchema } from "~/domain/account-forms";
import { inviteContactPerson } from "~/models/admin-users.server";
import { listSectors } from "~/models/admin-organisations.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Nieuw traject – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "trajectory:create");
  const search = new URL(request.url).searchParams.get(ORGANISATION_SEARCH_PARAM)?.trim() ?? "";
  const [options, organisations, sectors] = await Promise.all([creationOptions(), searchOrganisations(search), listSectors()]);
  return { ...options, search, organisations, sectors, me: user.id, today: todayIso() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActionUser(request, "trajectory:create");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(CreateTrajectorySchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const contact = parseForm(ContactInviteSchema, formData, t);
  if (!contact.ok) return contact.response;
  let invitation: string | null = null;
  const origin = new URL(request.url).origin;
  const result = await createTrajectory(user.id, parsed.data, teamFromForm(formData), async (tx, organisationId) => {
    if (!contact.data.contactEmail) return null;
    const invited = await inviteContactPerson(tx, user.id, organisationId, { name: contact.data.contactName, email: contact.data.contactEmail }, origin);
    if (!invited.ok) return invited;
    invitation = invited.messageId;
    return null;
  });
  if (!result.ok) return formFailure(formData, { [result.field]: [t(result.message, { name: result.name ?? "" })] });
  return redirect(invitation ? `/berichten/${invitation}?traject=${result.id}` : `/trajecten/${result.id}`);
}

export default function NewTrajectory() {
  const { versions, inspectors, search, organisations, sectors, me, today } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const { t, locale } = useI18n();
  // The team is a group of checkboxes, not one field: its error is shown on the group.
  return (
    <div className="narrow-wide">
      <h1>{t("trajectories.new")}</h1>
      <p>{t("trajectories.newIntro")}</p>
      {/* A GET form of its own (forms cannot nest): it reloads this page with the matches. */}
      <Form method="get" className="filters" role="search" aria-label={t("trajectories.organisationSearchLandmark")}>
        <TextInput
          name={ORGANISATION_SEARCH_PARAM}
          type="search"
          label={t("trajectories.organisationSearch")}
          description={t("trajectories.organisationSearchHelp")}
          defaultValue={search}
        />
        <SubmitButton variant="secondary">{t("trajectories.searchButton")}</SubmitButton>
      </Form>
      {search ? (
        <p role="status">
          {organisations.length > 0
            ? t("trajectories.organisationMatches", { count: formatNumber(organisations.length, locale), search })
            : t("trajectories.organisationNoMatch", { search })}
        </p>
      ) : null}
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          <fieldset className="fieldset">
            <legend>{t("trajectory.organisation")}</legend>
            {organisations.length > 0 ? (
              <SelectInput
                name="organisationId"
                label={t("trajectories.existingOrganisation")}
                placeholder={t("trajectories.noExistingOrganisation")}
                defaultValue={organisations.length === 1 ? organisations[0]!.id : ""}
                state={state}
                options={organisations.map((o) => ({ value: o.id, label: t("trajectories.organisationOption", { name: o.name, location: o.location, kvk: o.kvkNumber }) }))}
              />
            ) : null}
            <fieldset className="fieldset">
              <legend>{t("trajectories.newOrganisation")}</legend>
              <TextInput name="kvkNumber" label={t("trajectories.kvk")} description={t("trajectories.kvkHelp")} state={state} />
              <TextInput name="organisationName" label={t("trajectories.organisationName")} state={state} />
              {/* The administrator's managed list (issue 12), not free text. */}
              <SelectInput
                name="sector"
                label={t("trajectories.sector")}
                placeholder={t("admin.choose")}
                state={state}
                options={sectors.map((name) => ({ value: name, label: name }))}
              />
              <TextInput name="location" label={t("trajectories.location")} state={state} />
            </fieldset>
          </fieldset>
          <NewTrajectoryFields versions={versions} inspectors={inspectors} me={me} today={today} state={state} />
          <fieldset className="fieldset">
            <legend>{t("trajectories.override")}</legend>
            <TextInput name="deadlineOverride" type="date" label={t("trajectories.overrideDate")} description={t("trajectories.overrideHelp")} state={state} />
            <TextAreaInput name="deadlineOverrideReason" label={t("trajectories.overrideReason")} rows={3} state={state} />
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t("admin.contact.legend")}</legend>
            <p className="field__description">{t("admin.contact.help")}</p>
            <TextInput name="contactName" label={t("admin.contact.name")} state={state} />
            <TextInput name="contactEmail" type="email" label={t("admin.contact.email")} state={state} />
          </fieldset>
          <SubmitButton>{t("trajectories.create")}</SubmitButton>
        </FormErrors>
      </Form>
      <p>
        <Link to="/trajecten">{t("trajectories.backToList")}</Link>
      </p>
    </div>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
