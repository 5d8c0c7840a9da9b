import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/components/badges";
import { RatingComparisonChart } from "~/components/charts";
import { outcomeKey } from "~/components/closure-parts";
import { DueList } from "~/components/due-list";
import { Pagination } from "~/components/pagination";
import { StatusError } from "~/components/status-error";
import { todayIso } from "~/domain/dates";
import { pageCount, pageRequest } from "~/domain/pagination";
import { cachedAggregate } from "~/utils/aggregate-cache.server";
import { formatDate, formatDateTime, formatNumber } from "~/i18n";
import { NEAR_DEADLINE_DAYS } from "~/domain/portfolio";
import {
  nearDeadline,
  overdueEnforcementMeasures,
  checksAwaitingDecision,
  overdueSubmissions,
  pendingProposals,
  portfolioTotals,
  ratingDistribution,
  workload,
} from "~/models/portfolio.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";
import { managementLinks } from "~/styles/management-links";
import { DataTable } from "~/components/data-table";

export const links = managementLinks;

// Workload and the rating chart span the whole portfolio: computed at most once a minute.
const AGGREGATE_TTL_MS = 60_000;

export const meta: MetaFunction = () => [{ title: "Portefeuille – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "portfolio:read");
  const page = pageRequest(new URL(request.url).searchParams, 20);
  const today = todayIso();
  const [totals, near, overdue, overdueMeasures, proposals, checks, inspectors, ratings] = await Promise.all([
    portfolioTotals(today),
    nearDeadline(today),
    overdueSubmissions(page, today),
    overdueEnforcementMeasures(today),
    pendingProposals(),
    checksAwaitingDecision(),
    cachedAggregate("portfolio:workload", AGGREGATE_TTL_MS, () => workload()),
    cachedAggregate("portfolio:ratings", AGGREGATE_TTL_MS, ratingDistribution),
  ]);
  return {
    byStatus: totals.byStatus,
    near: { rows: near, total: totals.nearDeadline },
    overdue,
    overdueMeasures: { rows: overdueMeasures, total: totals.overdueEnforcement },
    proposals: { rows: proposals, total: totals.pendingProposals },
    checks: { rows: checks, total: totals.checksAwaiting },
    inspectors: inspectors.value,
    ratings: ratings.value,
    aggregatesAt: ratings.computedAt.toISOString(),
    page: page.page,
    pages: pageCount(overdue.total, page.pageSize),
  };
}

function More({ shown, total }: { shown: number; total: number }) {
  const { t, locale } = useI18n();
  if (total <= shown) return null;
  return <p className="muted">{t("portfolio.more", { shown: formatNumber(shown, locale), total: formatNumber(total, locale) })}</p>;
}

export default function Portfolio() {
  const { byStatus, near, overdue, overdueMeasures, proposals, checks, inspectors, ratings, aggregatesAt, page, pages } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("portfolio.title")}</h1>
      <p>
        {t("portfolio.intro")} <a href="/portefeuille.csv">{t("portfolio.export")}</a>
      </p>
      {/* One note for the whole page: the counts, workload and ratings are all read at most once a minute. */}
      <p className="muted">{t("portfolio.asOf", { time: formatDateTime(aggregatesAt, locale) })}</p>

      <section aria-labelledby="by-status">
        <h2 id="by-status">{t("home.byStatus")}</h2>
        <DataTable caption={t("home.byStatus")} className="table table--compact" captionClassName="visually-hidden">
          <thead>
            <tr>
              <th scope="col">{t("trajectory.status")}</th>
              <th scope="col">{t("portfolio.count")}</th>
            </tr>
          </thead>
          <tbody>
            {byStatus.map((row) => (
              <tr key={row.status}>
                <th scope="row">
                  <Link to={`/trajecten?status=${row.status}`}>
                    <StatusBadge status={row.status} />
                  </Link>
                </th>
                <td>{formatNumber(row.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>

      <section aria-labelledby="proposals">
        <h2 id="proposals">{t("portfolio.proposals")}</h2>
        {proposals.rows.length === 0 ? (
          <p>{t("portfolio.noProposals")}</p>
        ) : (
          <DataTable caption={t("portfolio.proposalsCaption")}>
            <thead>
              <tr>
                <th scope="col">{t("portfolio.proposedOn")}</th>
                <th scope="col">{t("trajectory.reference")}</th>
                <th scope="col">{t("closure.proposal.outcome")}</th>
                <th scope="col">{t("closure.proposal.proposedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.rows.map((p) => (
                <tr key={p.id}>
                  <td>{formatDateTime(p.createdAt, locale)}</td>
                  <th scope="row">
                    <Link to={`/trajecten/${p.trajectory.id}/afsluiting`}>
                      {p.trajectory.reference} – {p.trajectory.organisation.name}
                    </Link>
                  </th>
                  <td>{t(outcomeKey(p.outcome))}</td>
                  <td>{p.proposedBy.name}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        <More shown={proposals.rows.length} total={proposals.total} />
      </section>

      <section aria-labelledby="checks-awaiting">
        <h2 id="checks-awaiting">{t("portfolio.checksAwaiting")}</h2>
        {checks.rows.length === 0 ? (
          <p>{t("portfolio.noChecksAwaiting")}</p>
        ) : (
          <DataTable caption={t("portfolio.checksAwaiting")}>
            <thead>
              <tr>
                <th scope="col">{t("enforcement.check.date")}</th>
                <th scope="col">{t("closure.proposal.measureType")}</th>
                <th scope="col">{t("enforcement.check.finding")}</th>
                <th scope="col">{t("trajectory.reference")}</th>
              </tr>
            </thead>
            <tbody>
              {checks.rows.map((c) => (
                <tr key={c.id}>
                  <td>{formatDate(c.checkDate, locale)}</td>
                  <td>{locale === "nl" ? c.measure.type.nameNl : c.measure.type.nameEn}</td>
                  <td>{c.finding === "COMPLIED" || c.finding === "NOT_COMPLIED" ? t(`enforcement.finding.${c.finding}`) : "—"}</td>
                  <th scope="row">
                    <Link to={`/trajecten/${c.trajectory.id}/handhaving`}>
                      {c.trajectory.reference} – {c.trajectory.organisation.name}
                    </Link>
                  </th>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        <More shown={checks.rows.length} total={checks.total} />
      </section>

      <section aria-labelledby="near-deadline">
        <h2 id="near-deadline">{t("portfolio.nearDeadline", { days: NEAR_DEADLINE_DAYS })}</h2>
        {near.rows.length === 0 ? (
          <p>{t("portfolio.noneNear")}</p>
        ) : (
          <DataTable caption={t("portfolio.nearDeadline", { days: NEAR_DEADLINE_DAYS })}>
            <thead>
              <tr>
                <th scope="col">{t("trajectory.deadline")}</th>
                <th scope="col">{t("trajectory.reference")}</th>
                <th scope="col">{t("trajectory.status")}</th>
                <th scope="col">{t("trajectory.lead")}</th>
              </tr>
            </thead>
            <tbody>
              {near.rows.map((row) => (
                <tr key={row.id} className={row.overdue ? "is-overdue" : undefined}>
                  <td>
                    {formatDate(row.deadline, locale)}
                    {row.overdue ? <strong className="overdue-flag"> ({t("due.overdue")})</strong> : null}
                  </td>
                  <th scope="row">
                    <Link to={`/trajecten/${row.id}`}>
                      {row.reference} – {row.organisation.name}
                    </Link>
                  </th>
                  <td>
                    <StatusBadge status={row.status} />
                  </td>
                  <td>{row.leadInspector.name}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        <More shown={near.rows.length} total={near.total} />
      </section>

      <section aria-labelledby="overdue">
        <h2 id="overdue">{t("portfolio.overdue")}</h2>
        <DueList items={overdue.items} caption={t("portfolio.overdueCaption", { total: formatNumber(overdue.total, locale) })} />
        <Pagination page={page} pages={pages} />
        {overdueMeasures.rows.length > 0 ? (
          <DataTable caption={t("portfolio.overdueMeasures")}>
            <thead>
              <tr>
                <th scope="col">{t("enforcement.measure.dueDate")}</th>
                <th scope="col">{t("closure.proposal.measureType")}</th>
                <th scope="col">{t("trajectory.reference")}</th>
              </tr>
            </thead>
            <tbody>
              {overdueMeasures.rows.map((m) => (
                <tr key={m.id} className="is-overdue">
                  <td>
                    {m.dueDate ? formatDate(m.dueDate, locale) : "—"} <strong className="overdue-flag">({t("due.overdue")})</strong>
                  </td>
                  <td>{locale === "nl" ? m.type.nameNl : m.type.nameEn}</td>
                  <th scope="row">
                    <Link to={`/trajecten/${m.trajectory.id}/handhaving`}>
                      {m.trajectory.reference} – {m.trajectory.organisation.name}
                    </Link>
                  </th>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p>{t("portfolio.noOverdueMeasures")}</p>
        )}
        <More shown={overdueMeasures.rows.length} total={overdueMeasures.total} />
      </section>

      <section aria-labelledby="workload">
        <h2 id="workload">{t("portfolio.workload")}</h2>
        <DataTable caption={t("portfolio.workloadCaption")}>
          <thead>
            <tr>
              <th scope="col">{t("portfolio.inspector")}</th>
              <th scope="col">{t("portfolio.asLead")}</th>
              <th scope="col">{t("portfolio.asTeam")}</th>
              <th scope="col">{t("portfolio.total")}</th>
            </tr>
          </thead>
          <tbody>
            {inspectors.rows.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.name}</th>
                <td>{formatNumber(i.lead, locale)}</td>
                <td>{formatNumber(i.team, locale)}</td>
                <td>{formatNumber(i.lead + i.team, locale)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <More shown={inspectors.rows.length} total={inspectors.total} />
      </section>

      <section aria-labelledby="ratings">
        <h2 id="ratings">{t("portfolio.ratings")}</h2>
        <p>{t("portfolio.ratingsIntro")}</p>
        <RatingComparisonChart
          title={t("portfolio.ratingsChart")}
          series={[
            { label: t("closure.summary.baseline"), tally: ratings.baseline },
            { label: t("closure.summary.latest"), tally: ratings.latest },
          ]}
        />
      </section>
    </>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
