import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PrintButton } from "~/components/print-button";
import { StatusError } from "~/components/status-error";
import { ThemeReportBody } from "~/components/theme-report";
import { todayIso } from "~/domain/dates";
import { formatDate } from "~/i18n";
import { requirePublishedReport } from "~/models/theme-report.server";
import { managementLinks } from "~/styles/management-links";
import { useI18n } from "~/utils/i18n";

export const links = managementLinks;
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.theme.title} – Toezichtspoor` : "Toezichtspoor" }];

// Public: a published sector report (404 until it is published). Aggregates only; names only
// when the inspectorate decided to publish them.
export async function loader({ params }: LoaderFunctionArgs) {
  const report = await requirePublishedReport(params.themeId, todayIso());
  const { theme, ...body } = report;
  return { theme: { title: theme.title, sector: theme.sector, purpose: theme.purpose, reportSummary: theme.reportSummary, publishedOn: theme.publishedOn ?? "" }, body };
}

export default function PublicThemeReport() {
  const { theme, body } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <article className="report">
      <h1>{theme.title}</h1>
      <p className="muted">{t("themes.public.publishedOn", { date: formatDate(theme.publishedOn, locale), sector: theme.sector })}</p>
      <PrintButton />
      <h2>{t("themes.field.purpose")}</h2>
      <p className="prose">{theme.purpose}</p>
      <h2>{t("themes.report.summary")}</h2>
      <p className="prose">{theme.reportSummary}</p>
      <ThemeReportBody report={body} />
      <p className="no-print">
        <Link to="/themarapporten">{t("themes.public.back")}</Link>
      </p>
    </article>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
