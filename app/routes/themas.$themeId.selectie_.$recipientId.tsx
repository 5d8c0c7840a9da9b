import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { NewTrajectoryFields } from "~/components/trajectory-fields";
import { todayIso } from "~/domain/dates";
import { CreateTrajectorySchema, teamFromForm } from "~/domain/trajectory-forms";
import { creationOptions } from "~/models/trajectory-create.server";
import { selectionContext, startTrajectoryFromSelection } from "~/models/theme-selection.server";
import { getThemeDetails, requireThemeAccess } from "~/models/theme.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Traject starten vanuit de selectie – Toezichtspoor" }];

// Starting enhanced supervision for an organisation the theme's selection picked: the ordinary
// trajectory (same rules as a new trajectory) with its origin recorded. The organisation is
// fixed by the selection; the reason starts from the theme.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const visible = await requireThemeAccess(user, params.themeId, "write");
  const [theme, context, options] = await Promise.all([getThemeDetails(visible.id), selectionContext(visible, params.recipientId ?? ""), creationOptions()]);
  if (!theme) throw new Response("Not found", { status: 404 });
  return { theme: { id: theme.id, title: theme.title, legalBasis: theme.legalBasis, frameworkVersionId: theme.frameworkVersionId }, context, options, me: user.id, today: todayIso() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const theme = await requireThemeAccess(user, params.themeId, "write");
  const context = await selectionContext(theme, params.recipientId ?? "");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  formData.set("organisationId", context.organisation.id);
  const parsed = parseForm(CreateTrajectorySchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await startTrajectoryFromSelection(user, theme, context.id, parsed.data, teamFromForm(formData));
  if (result.ok) return redirect(`/trajecten/${result.id}`);
  if ("reason" in result) return formFailure(formData, {}, t(result.reason === "exists" ? "themes.selection.exists" : "themes.selection.notSelected"), 409);
  return formFailure(formData, { [result.field]: [t(result.message, { name: result.name ?? "" })] });
}

export default function StartFromSelection() {
  const { theme, context, options, me, today } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t } = useI18n();
  return (
    <div className="narrow-wide">
      <h1>{t("themes.selection.startTitle", { organisation: context.organisation.name })}</h1>
      <p>{t("themes.selection.startIntro", { title: theme.title })}</p>
      {context.existingTrajectoryId ? (
        <p className="notice">
          <Link to={`/trajecten/${context.existingTrajectoryId}`}>{t("themes.selection.exists")}</Link>
        </p>
      ) : !context.selected ? (
        <p className="notice">{t("themes.selection.notSelected")}</p>
      ) : (
        <Form method="post" className="stack" noValidate>
          <FormErrors state={state}>
            <NewTrajectoryFields
              versions={options.versions}
              inspectors={options.inspectors}
              me={me}
              today={today}
              defaults={{ frameworkVersionId: theme.frameworkVersionId, reason: t("themes.selection.reasonDefault", { title: theme.title }), legalBasis: theme.legalBasis }}
              state={state}
            />
            <SubmitButton>{t("themes.selection.startButton")}</SubmitButton>
          </FormErrors>
        </Form>
      )}
      <p>
        <Link to={`/themas/${theme.id}/selectie`}>{t("themes.selection.back")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
