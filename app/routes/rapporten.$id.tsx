import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { fileSize } from "~/components/progress-report-parts";
import { StatusError } from "~/components/status-error";
import { formatDate } from "~/i18n";
import { getPublicReport } from "~/models/document.server";
import { useI18n } from "~/utils/i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.report.title} – Toezichtspoor` : "Toezichtspoor" }];

// Public: no sign-in. A report that is not published (or no report at all) is simply not found.
export async function loader({ params }: LoaderFunctionArgs) {
  const report = await getPublicReport(params.id ?? "");
  if (!report) throw new Response("Not found", { status: 404 });
  return { report };
}

export default function PublicReport() {
  const { report } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <article className="narrow-wide">
      <h1>{t("document.public.title", { title: report.title })}</h1>
      <dl className="facts">
        <div>
          <dt>{t("document.public.organisation")}</dt>
          <dd>
            {report.trajectory.organisation.name} ({report.trajectory.organisation.location})
          </dd>
        </div>
        <div>
          <dt>{t("document.public.date")}</dt>
          <dd>{formatDate(report.date, locale)}</dd>
        </div>
        <div>
          <dt>{t("document.public.published")}</dt>
          <dd>{report.publishedOn ? formatDate(report.publishedOn, locale) : "—"}</dd>
        </div>
      </dl>
      {report.fileName ? (
        <p>
          <a href={`/documenten/${report.id}`} download>
            {t("document.download", { name: report.fileName })} ({fileSize(report.size ?? 0, locale)})
          </a>
        </p>
      ) : (
        <p>{t("document.public.none")}</p>
      )}
      {report.url ? (
        <p>
          <a href={report.url} rel="noopener noreferrer">
            {t("document.link")}
          </a>
        </p>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
