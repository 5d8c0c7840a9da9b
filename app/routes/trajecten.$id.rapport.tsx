import { roundTitleText } from "~/domain/round-title";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { RatingBadge, StatusBadge } from "~/components/badges";
import { DecisionList, ProposalDetails, outcomeKey } from "~/components/closure-parts";
import { AdminMeasureTable, DeadlineChangeTable, FollowUpTable } from "~/components/closure-forms";
import { roundKindKey } from "~/components/norm-matrix";
import { KeyFacts } from "~/components/page-shells";
import { PrintButton } from "~/components/print-button";
import { StatusError } from "~/components/status-error";
import { isMeasureStatus } from "~/domain/assessment";
import { formatDate, formatDateTime } from "~/i18n";
import { requireTrajectoryAccess } from "~/models/access.server";
import { getTrajectoryReport } from "~/models/trajectory-report.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireUser } from "~/utils/session.server";
import { managementLinks } from "~/styles/management-links";
import { DataTable } from "~/components/data-table";

export const links = managementLinks;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.pageTitle} – Toezichtspoor` : "Toezichtspoor" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // The report holds internal findings of every round: the inspectorate's own roles only.
  const trajectory = await requireTrajectoryAccess(user, params.id, "trajectory:report");
  const { t } = await getTranslator(request);
  const report = await getTrajectoryReport(trajectory.id);
  return { pageTitle: `${t("management.report.title")} ${trajectory.reference}`, generatedAt: new Date().toISOString(), ...report };
}

const REPORT_STATUSES = ["REQUESTED", "SUBMITTED", "MORE_INFO_NEEDED", "ACCEPTED"] as const;
const reportStatusKey = (s: string) =>
  `management.reportStatus.${(REPORT_STATUSES as readonly string[]).includes(s) ? (s as (typeof REPORT_STATUSES)[number]) : "REQUESTED"}` as const;

export default function TrajectoryReport() {
  const { trajectory, rounds, measures, reports, proposals, facts, generatedAt } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const norms = trajectory.frameworkVersion.norms;
  return (
    <article className="report">
      <h1>
        {t("management.report.title")}: {trajectory.organisation.name} ({trajectory.reference})
      </h1>
      <p className="muted">{t("management.report.generated", { date: formatDateTime(generatedAt, locale) })}</p>
      <PrintButton />

      <KeyFacts
        id="r-facts"
        trajectory={trajectory}
        facts={[
          { label: t("trajectory.status"), value: <StatusBadge status={trajectory.status} /> },
          { label: t("trajectory.start"), value: formatDate(trajectory.startDate, locale) },
          { label: t("trajectory.deadline"), value: formatDate(trajectory.deadline, locale) },
        ]}
      >
        {trajectory.frameworkVersion.illustrative ? <p className="notice">{t("trajectory.illustrative")}</p> : null}
      </KeyFacts>

      <section aria-labelledby="r-ratings">
        <h2 id="r-ratings">{t("management.report.ratings")}</h2>
        {rounds.length === 0 ? (
          <p>{t("management.summary.none")}</p>
        ) : (
          <DataTable caption={t("management.report.ratingsCaption")}>
            <thead>
              <tr>
                <th scope="col">{t("trajectory.norm")}</th>
                {rounds.map((round) => (
                  <th scope="col" key={round.id}>
                    {roundTitleText(round, t, locale)} <span className="matrix__round-meta">{formatDate(round.date, locale)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {norms.map((norm) => (
                <tr key={norm.id}>
                  <th scope="row">
                    <strong>{norm.code}</strong> {norm.title}
                  </th>
                  {rounds.map((round) => (
                    <td key={round.id}>
                      <RatingBadge rating={round.assessments.find((a) => a.normId === norm.id)?.rating ?? null} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <section aria-labelledby="r-findings">
        <h2 id="r-findings">{t("management.report.findings")}</h2>
        {rounds.map((round) => (
          <section key={round.id} aria-labelledby={`r-round-${round.id}`} className="report__round">
            <h3 id={`r-round-${round.id}`}>
              {roundTitleText(round, t, locale)} ({t(roundKindKey(round.kind))}, {formatDate(round.date, locale)})
            </h3>
            <dl className="report__findings">
              {norms
                .map((norm) => ({ norm, a: round.assessments.find((x) => x.normId === norm.id) }))
                .filter((x) => x.a)
                .map(({ norm, a }) => (
                  <div key={norm.id}>
                    <dt>
                      <strong>{norm.code}</strong> {norm.title} – <RatingBadge rating={a!.rating} />
                    </dt>
                    <dd className="prose">{a!.findings}</dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </section>

      <section aria-labelledby="r-measures">
        <h2 id="r-measures">{t("management.report.measures")}</h2>
        {measures.length === 0 ? (
          <p>{t("management.report.noMeasures")}</p>
        ) : (
          <DataTable caption={t("management.report.measures")}>
            <thead>
              <tr>
                <th scope="col">{t("trajectory.norm")}</th>
                <th scope="col">{t("management.report.measure")}</th>
                <th scope="col">{t("management.followUp.dueDate")}</th>
                <th scope="col">{t("management.followUp.status")}</th>
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <tr key={m.id}>
                  <td>{m.norm.code}</td>
                  <th scope="row" className="prose">
                    {m.description}
                  </th>
                  <td>{formatDate(m.dueDate, locale)}</td>
                  <td>{isMeasureStatus(m.status) ? t(`assessment.measureStatus.${m.status}`) : m.status}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <section aria-labelledby="r-reports">
        <h2 id="r-reports">{t("management.report.reports")}</h2>
        {reports.length === 0 ? (
          <p>{t("management.report.noReports")}</p>
        ) : (
          <DataTable caption={t("management.report.reports")}>
            <thead>
              <tr>
                <th scope="col">{t("management.followUp.title")}</th>
                <th scope="col">{t("management.followUp.dueDate")}</th>
                <th scope="col">{t("management.followUp.status")}</th>
                <th scope="col">{t("management.report.submissions")}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.title}</th>
                  <td>{formatDate(r.dueDate, locale)}</td>
                  <td>{t(reportStatusKey(r.status))}</td>
                  <td>{r._count.submissions}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <section aria-labelledby="r-decisions">
        <h2 id="r-decisions">{t("management.report.decisions")}</h2>
        {proposals.length === 0 ? <p>{t("management.report.noProposals")}</p> : null}
        {proposals.map((proposal) => (
          <section key={proposal.id} aria-labelledby={`r-proposal-${proposal.id}`}>
            <h3 id={`r-proposal-${proposal.id}`}>
              {t("management.history.item", { outcome: t(outcomeKey(proposal.outcome)), date: formatDateTime(proposal.createdAt, locale) })}
            </h3>
            <ProposalDetails proposal={proposal} headingLevel={4} />
            <DecisionList trajectoryId={trajectory.id} decisions={proposal.decisions} canPublish={false} />
          </section>
        ))}
        {facts.adminMeasures.length > 0 ? <AdminMeasureTable measures={facts.adminMeasures} /> : null}
        {facts.deadlineChanges.length > 0 ? <DeadlineChangeTable changes={facts.deadlineChanges} current={facts.deadline} /> : null}
        <h3>{t("management.followUps.title")}</h3>
        <FollowUpTable followUps={facts.followUps} canMarkMet={false} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
