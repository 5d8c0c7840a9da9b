import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { outcomeKey } from "~/components/closure-parts";
import { StatusError } from "~/components/status-error";
import { formatDate, formatDateTime } from "~/i18n";
import { getPublicDecision } from "~/models/public-decision.server";
import { useI18n } from "~/utils/i18n";
import { managementLinks } from "~/styles/management-links";

export const links = managementLinks;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.decision.organisation} – Besluiten verscherpt toezicht – Toezichtspoor` : "Toezichtspoor" },
];

// Public: no sign-in. A decision that is not published is simply not found.
export async function loader({ params }: LoaderFunctionArgs) {
  const decision = await getPublicDecision(params.id ?? "");
  if (!decision) throw new Response("Not found", { status: 404 });
  return { decision };
}

export default function PublicDecision() {
  const { decision } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <article className="narrow-wide">
      <h1>{t("publicDecision.itemTitle", { organisation: decision.organisation, outcome: t(outcomeKey(decision.outcome)) })}</h1>
      <dl className="facts">
        <div>
          <dt>{t("trajectory.organisation")}</dt>
          <dd>{decision.organisation}</dd>
        </div>
        <div>
          <dt>{t("publicDecision.period")}</dt>
          <dd>{t("publicDecision.periodValue", { start: formatDate(decision.startDate, locale), end: formatDate(decision.decisionDate, locale) })}</dd>
        </div>
        <div>
          <dt>{t("closure.proposal.outcome")}</dt>
          <dd>{t(outcomeKey(decision.outcome))}</dd>
        </div>
        <div>
          <dt>{t("closure.decision.date")}</dt>
          <dd>{formatDate(decision.decisionDate, locale)}</dd>
        </div>
        <div>
          <dt>{t("publicDecision.publishedAt")}</dt>
          <dd>{formatDateTime(decision.publishedAt, locale)}</dd>
        </div>
      </dl>
      <h2>{t("publicDecision.summary")}</h2>
      <p className="prose">{decision.summary}</p>
      <p>
        <Link to="/besluiten">{t("publicDecision.back")}</Link>
      </p>
    </article>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
