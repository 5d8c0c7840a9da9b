import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { ThemeVisits } from "~/components/theme-visit-parts";
import { StatusError } from "~/components/status-error";
import { NewTrajectoryFields } from "~/components/trajectory-fields";
import { todayIso } from "~/domain/dates";
import { CreateTrajectorySchema, teamFromForm } from "~/domain/trajectory-forms";
import { ThemeVisitSchema, themeVisitHeldSchema } from "~/domain/theme-forms";
import { creationOptions } from "~/models/trajectory-create.server";
import { selectionContext, startTrajectoryFromSelection } from "~/models/theme-selection.server";
import { getThemeDetails, requireThemeAccess } from "~/models/theme.server";
import { listThemeVisits, planThemeVisit, recordThemeVisitHeld, type ThemeVisitResult } from "~/models/theme-visit.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Vervolg vanuit de selectie – Toezichtspoor" }];

// What follows for an organisation the theme's selection picked: a visit planned as part of the
// thematic supervision (decision 019; planned or held, an unannounced one hidden from the
// organisation until held), and starting enhanced supervision: the ordinary trajectory (same
// rules as a new trajectory) with its origin recorded. The organisation is fixed by the
// selection; the reason starts from the theme.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const visible = await requireThemeAccess(user, params.themeId, "write");
  const [theme, context, options] = await Promise.all([getThemeDetails(visible.id), selectionContext(visible, params.recipientId ?? ""), creationOptions()]);
  if (!theme) throw new Response("Not found", { status: 404 });
  const visits = await listThemeVisits(user, context.id);
  return { theme: { id: theme.id, title: theme.title, legalBasis: theme.legalBasis, frameworkVersionId: theme.frameworkVersionId }, context, options, visits, me: user.id, today: todayIso() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const theme = await requireThemeAccess(user, params.themeId, "write");
  const context = await selectionContext(theme, params.recipientId ?? "");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "planVisit" || intent === "visitHeld") {
    const back = (result: ThemeVisitResult, done: string) => {
      if (result.ok) return redirect(`/themas/${theme.id}/selectie/${context.id}?gedaan=${done}#bezoeken`);
      return formFailure(formData, {}, t(result.reason === "notSelected" ? "themes.selection.notSelected" : "themes.visit.conflict"), 409);
    };
    if (intent === "planVisit") {
      const parsed = parseForm(ThemeVisitSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      return back(await planThemeVisit(user, theme, context.id, parsed.data), "visitPlanned");
    }
    const parsed = parseForm(themeVisitHeldSchema(todayIso()), formData, t);
    if (!parsed.ok) return parsed.response;
    return back(await recordThemeVisitHeld(user, theme, context.id, parsed.data), "visitHeld");
  }
  formData.set("organisationId", context.organisation.id);
  const parsed = parseForm(CreateTrajectorySchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await startTrajectoryFromSelection(user, theme, context.id, parsed.data, teamFromForm(formData));
  if (result.ok) return redirect(`/trajecten/${result.id}`);
  if ("reason" in result) return formFailure(formData, {}, t(result.reason === "exists" ? "themes.selection.exists" : "themes.selection.notSelected"), 409);
  return formFailure(formData, { [result.field]: [t(result.message, { name: result.name ?? "" })] });
}

export default function StartFromSelection() {
  const { theme, context, options, visits, me, today } = useLoaderData<typeof loader>();
  const submitted = useActionData<FormState>();
  const { t } = useI18n();
  // Each form on the page shows only its own answer (they share field names such as "date").
  const intent = submitted?.values?.intent;
  const state = intent === "planVisit" || intent === "visitHeld" ? undefined : submitted;
  return (
    <div className="narrow-wide">
      <h1>{t("themes.selection.followTitle", { organisation: context.organisation.name })}</h1>
      <ThemeVisits visits={visits} selected={context.selected} submitted={intent === "planVisit" || intent === "visitHeld" ? submitted : undefined} today={today} />
      <h2>{t("themes.selection.startTitle", { organisation: context.organisation.name })}</h2>
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
