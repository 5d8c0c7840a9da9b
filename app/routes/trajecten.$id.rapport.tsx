import { roundTitleText } from "~/domain/round-title";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { RatingBadge, StatusBadge } from "~/components/badges";
import { DecisionList, ProposalDetails, outcomeKey } from "~/components/closure-parts";
import { EnforcementMeasureTable, DeadlineChangeTable, FollowUpTable } from "~/components/closure-forms";
import { NormByRoundTable, roundKindKey } from "~/components/norm-matrix";
import { KeyFacts } from "~/components/page-shells";
import { PrintButton } from "~/components/print-button";
import { StatusError } from "~/components/status-error";
import { isRequiredMeasureStatus } from "~/domain/assessment";
import { todayIso } from "~/domain/dates";
import { formatDate, formatDateTime } from "~/i18n";
import { requireTrajectoryAccess } from "~/models/access.server";
import { trajectoryReasonText } from "~/i18n/system-texts";
import { getTrajectoryReport } from "~/models/trajectory-report.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireUser } from "~/utils/session.server";
import { managementLinks } from "~/styles/management-links";
import { DataTable } from "~/components/data-table";
import { pageTitleMeta } from "~/utils/meta";

export const links = managementLinks;

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // The report holds internal findings of every round: the inspectorate's own roles only.
  const trajectory = await requireTrajectoryAccess(user, params.id, "trajectory-report:read");
  const { t } = await getTranslator(request);
  const report = await getTrajectoryReport(trajectory.id);
  // A reason the system gave is a code: the sentence is made here, in the reader's language.
  const { reasonCode: _code, ...facts } = report.trajectory;
  return {
    pageTitle: `${t("trajectoryReport.title")} ${trajectory.reference}`,
    generatedAt: new Date().toISOString(),
    today: todayIso(),
    ...report,
    trajectory: { ...facts, reason: trajectoryReasonText(report.trajectory, t) },
  };
}

const PROGRESS_REPORT_STATUSES = ["REQUESTED", "SUBMITTED", "MORE_INFO_NEEDED", "ACCEPTED"] as const;
const reportStatusKey = (s: string) =>
  `trajectoryReport.progressReportStatus.${(PROGRESS_REPORT_STATUSES as readonly string[]).includes(s) ? (s as (typeof PROGRESS_REPORT_STATUSES)[number]) : "REQUESTED"}` as const;

export default function TrajectoryReport() {
  const { trajectory, rounds, measures, reports, proposals, facts, generatedAt, today } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const norms = trajectory.frameworkVersion.norms;
  return (
    <article className="report">
      <h1>
        {t("trajectoryReport.title")}: {trajectory.organisation.name} ({trajectory.reference})
      </h1>
      <p className="muted">{t("trajectoryReport.generated", { date: formatDateTime(generatedAt, locale) })}</p>
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
        <h2 id="r-ratings">{t("trajectoryReport.ratings")}</h2>
        {rounds.length === 0 ? (
          <p>{t("closure.summary.none")}</p>
        ) : (
          <NormByRoundTable
            caption={t("trajectoryReport.ratingsCaption")}
            norms={norms}
            rounds={rounds}
            roundHeading={(round) => (
              <>
                {roundTitleText(round, t, locale)} <span className="matrix__round-meta">{formatDate(round.date, locale)}</span>
              </>
            )}
            cell={(norm, round) => <RatingBadge rating={round.assessments.find((a) => a.normId === norm.id)?.rating ?? null} />}
          />
        )}
      </section>

      <section aria-labelledby="r-findings">
        <h2 id="r-findings">{t("trajectoryReport.findings")}</h2>
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
        <h2 id="r-measures">{t("trajectoryReport.measures")}</h2>
        {measures.length === 0 ? (
          <p>{t("trajectoryReport.noMeasures")}</p>
        ) : (
          <DataTable caption={t("trajectoryReport.measures")}>
            <thead>
              <tr>
                <th scope="col">{t("trajectory.norm")}</th>
                <th scope="col">{t("trajectoryReport.measure")}</th>
                <th scope="col">{t("requiredMeasure.dueDate")}</th>
                <th scope="col">{t("requiredMeasure.status")}</th>
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
                  <td>{isRequiredMeasureStatus(m.status) ? t(`requiredMeasure.statuses.${m.status}`) : m.status}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <section aria-labelledby="r-reports">
        <h2 id="r-reports">{t("trajectoryReport.reports")}</h2>
        {reports.length === 0 ? (
          <p>{t("trajectoryReport.noReports")}</p>
        ) : (
          <DataTable caption={t("trajectoryReport.reports")}>
            <thead>
              <tr>
                <th scope="col">{t("progressReport.title")}</th>
                <th scope="col">{t("progressReport.dueDate")}</th>
                <th scope="col">{t("progressReport.statusLabel")}</th>
                <th scope="col">{t("trajectoryReport.submissions")}</th>
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
        <h2 id="r-decisions">{t("trajectoryReport.decisions")}</h2>
        {proposals.length === 0 ? <p>{t("trajectoryReport.noProposals")}</p> : null}
        {proposals.map((proposal) => (
          <section key={proposal.id} aria-labelledby={`r-proposal-${proposal.id}`}>
            <h3 id={`r-proposal-${proposal.id}`}>
              {t("closure.history.item", { outcome: t(outcomeKey(proposal.outcome)), date: formatDateTime(proposal.createdAt, locale) })}
            </h3>
            <ProposalDetails proposal={proposal} headingLevel={4} />
            <DecisionList trajectoryId={trajectory.id} decisions={proposal.decisions} canPublish={false} />
          </section>
        ))}
        {facts.enforcementMeasures.length > 0 ? <EnforcementMeasureTable measures={facts.enforcementMeasures} /> : null}
        {facts.deadlineChanges.length > 0 ? <DeadlineChangeTable changes={facts.deadlineChanges} current={facts.deadline} /> : null}
        <h3>{t("followUp.list.title")}</h3>
        <FollowUpTable followUps={facts.followUps} canMarkMet={false} today={today} />
      </section>
    </article>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
