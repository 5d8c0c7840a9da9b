import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CheckboxInput } from "~/components/choice-fields";
import { FormErrors, IntentForm, SubmitButton, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { PrintButton } from "~/components/print-button";
import { StatusError } from "~/components/status-error";
import { Notice, ThemeStatusBadge, ThemeTabs } from "~/components/theme-parts";
import { ThemeReportBody } from "~/components/theme-report";
import { todayIso } from "~/domain/dates";
import { PublishSchema, ReportSchema } from "~/domain/theme-forms";
import { formatDate } from "~/i18n";
import { publishReport, saveReport, sectorReport } from "~/models/theme-report.server";
import { mayWriteTheme, requireThemeAccess } from "~/models/theme.server";
import { managementLinks } from "~/styles/management-links";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { requireActionUser, requireUser } from "~/utils/session.server";

export const links = managementLinks;
export const meta: MetaFunction = () => [{ title: "Sectorrapport – Toezichtspoor" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const theme = await requireThemeAccess(user, params.themeId);
  const report = await sectorReport(theme.id, todayIso());
  const mayWrite = mayWriteTheme(user, theme);
  return {
    report,
    mayEdit: mayWrite && ["REQUEST_SENT", "ANSWERS_CLOSED", "SELECTION_MADE"].includes(theme.status),
    mayPublish: mayWrite && theme.status === "SELECTION_MADE",
    today: todayIso(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const theme = await requireThemeAccess(user, params.themeId, "write");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const here = `/themas/${theme.id}/rapport`;
  const refused = (reason: "conflict" | "frozen" | "noSummary") =>
    reason === "noSummary" ? formFailure(formData, { publishedOn: [t("themes.report.noSummary")] }) : formFailure(formData, {}, t(reason === "conflict" ? "themes.conflict" : "themes.frozen"), 409);
  if (formData.get("intent") === "publish") {
    const parsed = parseForm(PublishSchema, formData, t);
    if (!parsed.ok) return parsed.response;
    const result = await publishReport(user.id, theme, parsed.data);
    return result.ok ? redirect(`${here}?gepubliceerd=1`) : refused(result.reason);
  }
  const parsed = parseForm(ReportSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await saveReport(user.id, theme, { reportSummary: parsed.data.reportSummary, publishNames: parsed.data.publishNames === "on", version: parsed.data.version });
  return result.ok ? redirect(`${here}?opgeslagen=1`) : refused(result.reason);
}

export default function ThemeReport() {
  const { report, mayEdit, mayPublish, today } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const [params] = useSearchParams();
  const { t, locale } = useI18n();
  const { theme } = report;
  const publishState = state?.values?.intent === "publish" ? state : undefined;
  return (
    <article className="report">
      <h1>{t("themes.report.title", { title: theme.title })}</h1>
      <ThemeTabs themeId={theme.id} />
      {params.has("opgeslagen") ? <Notice>{t("themes.report.saved")}</Notice> : null}
      {params.has("gepubliceerd") ? <Notice>{t("themes.report.publishedNotice")}</Notice> : null}
      <PrintButton />
      <p>
        <a href={`/themas/${theme.id}/rapport.csv`} className="no-print">
          {t("themes.report.csv")}
        </a>
      </p>
      <dl className="facts">
        <div>
          <dt>{t("themes.field.status")}</dt>
          <dd>
            <ThemeStatusBadge status={theme.status} />
          </dd>
        </div>
        <div>
          <dt>{t("themes.field.sector")}</dt>
          <dd>{theme.sector}</dd>
        </div>
        <div>
          <dt>{t("themes.field.published")}</dt>
          <dd>{theme.publishedOn ? formatDate(theme.publishedOn, locale) : t("themes.report.notPublished")}</dd>
        </div>
        <div>
          <dt>{t("themes.report.names")}</dt>
          <dd>{theme.publishNames ? t("themes.report.namesPublished") : t("themes.report.namesHidden")}</dd>
        </div>
      </dl>
      <h2>{t("themes.report.summary")}</h2>
      <p className="prose">{theme.reportSummary || "—"}</p>
      <ThemeReportBody report={report} />
      {mayEdit ? (
        <section aria-labelledby="edit-report" className="narrow no-print">
          <h2 id="edit-report">{t("themes.report.edit")}</h2>
          <Form method="post" className="stack" noValidate>
            <FormErrors state={publishState ? undefined : state}>
              <input type="hidden" name="version" value={theme.version} />
              <TextAreaInput name="reportSummary" label={t("themes.report.summary")} defaultValue={theme.reportSummary} rows={6} isRequired state={state} />
              <CheckboxInput name="publishNames" label={t("themes.report.publishNames")} description={t("themes.report.publishNamesHelp")} defaultChecked={theme.publishNames} state={state} />
              <SubmitButton variant="secondary">{t("themes.save")}</SubmitButton>
            </FormErrors>
          </Form>
        </section>
      ) : null}
      {mayPublish ? (
        <section aria-labelledby="publish-report" className="narrow no-print">
          <h2 id="publish-report">{t("themes.report.publish")}</h2>
          <p>{t("themes.report.publishHelp")}</p>
          <IntentForm intent="publish" state={publishState} submit={t("themes.report.publishButton")}>
            <input type="hidden" name="version" value={theme.version} />
            <TextInput name="publishedOn" type="date" label={t("themes.report.publishedOn")} defaultValue={today} isRequired state={publishState} />
          </IntentForm>
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}

export const shouldRevalidate = revalidateAfterConflict;
