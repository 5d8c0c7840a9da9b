import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { pageCount, pageRequest } from "~/domain/pagination";
import { formatDate } from "~/i18n";
import { listPublishedThemes } from "~/models/theme-report.server";
import { useI18n } from "~/utils/i18n";

export const meta: MetaFunction = () => [{ title: "Sectorrapporten thematisch toezicht – Toezichtspoor" }];

// Public: no sign-in. Only published reports, with their publication date.
export async function loader({ request }: LoaderFunctionArgs) {
  const page = pageRequest(new URL(request.url).searchParams, 20);
  const { themes, total } = await listPublishedThemes(page);
  return { themes, page: page.page, pages: pageCount(total, page.pageSize) };
}

export default function PublicThemeReports() {
  const { themes, page, pages } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("themes.public.title")}</h1>
      <p>{t("themes.public.intro")}</p>
      {themes.length === 0 ? (
        <p>{t("themes.public.none")}</p>
      ) : (
        <ol className="public-decisions">
          {themes.map((theme) => (
            <li key={theme.id}>
              <h2>
                <Link to={`/themarapporten/${theme.id}`}>{theme.title}</Link>
              </h2>
              <p className="muted">{t("themes.public.publishedOn", { date: formatDate(theme.publishedOn ?? "", locale), sector: theme.sector })}</p>
              <p className="prose">{theme.reportSummary}</p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pages={pages} />
    </>
  );
}
