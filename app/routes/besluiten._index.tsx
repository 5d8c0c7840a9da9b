import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { outcomeKey } from "~/components/closure-parts";
import { Pagination } from "~/components/pagination";
import { pageCount, pageRequest } from "~/domain/pagination";
import { formatDate } from "~/i18n";
import { listPublicDecisions } from "~/models/public-decision.server";
import { useI18n } from "~/utils/i18n";
import { managementLinks } from "~/styles/management-links";

export const links = managementLinks;

export const meta: MetaFunction = () => [{ title: "Besluiten verscherpt toezicht – Toezichtspoor" }];

// Public: no sign-in. The model selects only the published summary fields.
export async function loader({ request }: LoaderFunctionArgs) {
  const page = pageRequest(new URL(request.url).searchParams, 20);
  const { decisions, total } = await listPublicDecisions(page);
  return { decisions, page: page.page, pages: pageCount(total, page.pageSize) };
}

export default function PublicDecisions() {
  const { decisions, page, pages } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("publicDecision.title")}</h1>
      <p>{t("publicDecision.intro")}</p>
      {decisions.length === 0 ? (
        <p>{t("publicDecision.none")}</p>
      ) : (
        <ol className="public-decisions">
          {decisions.map((d) => (
            <li key={d.id}>
              <h2>
                <Link to={`/besluiten/${d.id}`}>{t("publicDecision.itemTitle", { organisation: d.organisation, outcome: t(outcomeKey(d.outcome)) })}</Link>
              </h2>
              <p className="muted">{t("publicDecision.decidedOn", { date: formatDate(d.decisionDate, locale) })}</p>
              <p className="prose">{d.summary}</p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pages={pages} />
    </>
  );
}
