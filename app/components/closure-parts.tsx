import { Link } from "@remix-run/react";
import { RatingBadge } from "~/components/badges";
import type { ClosureOutcome, FollowUpPlan, NormSummaryEntry } from "~/domain/closure";
import { formatDate, formatDateTime, type Locale } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

export interface MeasureTypeName {
  nameNl: string;
  nameEn: string;
}

export function measureTypeName(type: MeasureTypeName | null | undefined, locale: Locale): string {
  if (!type) return "—";
  return locale === "nl" ? type.nameNl : type.nameEn;
}

/** Each norm's baseline against its latest rating, as recorded with the proposal. */
export function NormSummaryTable({ summary, caption }: { summary: NormSummaryEntry[]; caption: string }) {
  const { t } = useI18n();
  if (summary.length === 0) return <p>{t("closure.summary.none")}</p>;
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t("trajectory.norm")}</th>
          <th scope="col">{t("closure.summary.baseline")}</th>
          <th scope="col">{t("closure.summary.latest")}</th>
        </tr>
      </thead>
      <tbody>
        {summary.map((entry) => (
          <tr key={entry.code}>
            <th scope="row">
              <strong>{entry.code}</strong> {entry.title}
            </th>
            <td>
              <RatingBadge rating={entry.baseline} />
            </td>
            <td>
              <RatingBadge rating={entry.latest} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export interface ProposalDetailsData {
  id: string;
  outcome: ClosureOutcome | string;
  rationale: string;
  status: string;
  createdAt: string | Date;
  newDeadline: string | null;
  measureDetails: string | null;
  measureType: MeasureTypeName | null;
  followUps: FollowUpPlan[];
  proposedBy: { name: string };
  coAuthorNames: string[];
}

export function outcomeKey(outcome: string) {
  return `closure.outcome.${outcome === "EXTEND" || outcome === "ESCALATE" ? outcome : "LIFT"}` as const;
}

export function proposalStatusKey(status: string) {
  const known = ["PENDING", "RETURNED", "APPROVED", "WITHDRAWN"];
  return `closure.proposalStatus.${known.includes(status) ? status : "PENDING"}` as `closure.proposalStatus.${"PENDING" | "RETURNED" | "APPROVED" | "WITHDRAWN"}`;
}

/** What a proposal asks for: outcome, who proposed it, the rationale and the outcome's particulars. */
export function ProposalDetails({ proposal, headingLevel = 3 }: { proposal: ProposalDetailsData; headingLevel?: 3 | 4 }) {
  const { t, locale } = useI18n();
  const H = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t("closure.proposal.outcome")}</dt>
          <dd>{t(outcomeKey(proposal.outcome))}</dd>
        </div>
        <div>
          <dt>{t("closure.proposal.status")}</dt>
          <dd>{t(proposalStatusKey(proposal.status))}</dd>
        </div>
        <div>
          <dt>{t("closure.proposal.proposedBy")}</dt>
          <dd>
            {proposal.proposedBy.name} ({formatDateTime(proposal.createdAt, locale)})
          </dd>
        </div>
        <div>
          <dt>{t("closure.proposal.coAuthors")}</dt>
          <dd>{proposal.coAuthorNames.join(", ") || "—"}</dd>
        </div>
        {proposal.newDeadline ? (
          <div>
            <dt>{t("closure.proposal.newDeadline")}</dt>
            <dd>{formatDate(proposal.newDeadline, locale)}</dd>
          </div>
        ) : null}
        {proposal.outcome === "ESCALATE" ? (
          <div>
            <dt>{t("closure.proposal.measureType")}</dt>
            <dd>{measureTypeName(proposal.measureType, locale)}</dd>
          </div>
        ) : null}
      </dl>
      <H>{t("closure.proposal.rationale")}</H>
      <p className="prose">{proposal.rationale}</p>
      {proposal.outcome === "ESCALATE" && proposal.measureDetails ? (
        <>
          <H>{t("closure.proposal.measureDetails")}</H>
          <p className="prose">{proposal.measureDetails}</p>
        </>
      ) : null}
      {proposal.outcome === "LIFT" ? <FollowUpPlanList plans={proposal.followUps} /> : null}
    </>
  );
}

function FollowUpPlanList({ plans }: { plans: FollowUpPlan[] }) {
  const { t, locale } = useI18n();
  if (plans.length === 0) return <p>{t("followUp.list.nonePlanned")}</p>;
  return (
    <DataTable caption={t("followUp.list.planned")}>
      <thead>
        <tr>
          <th scope="col">{t("followUp.title")}</th>
          <th scope="col">{t("followUp.kind")}</th>
          <th scope="col">{t("followUp.dueDate")}</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan, index) => (
          <tr key={index}>
            <th scope="row">{plan.title}</th>
            <td>{t(`followUp.kinds.${plan.kind}`)}</td>
            <td>{formatDate(plan.dueDate, locale)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export interface DecisionRow {
  id: string;
  decision: string;
  comment: string;
  decisionDate: string;
  publishedAt: string | Date | null;
  decidedBy: { name: string };
}

/** The decisions on one proposal, with the way to its public summary for those who publish. */
export function DecisionList({ trajectoryId, decisions, canPublish }: { trajectoryId: string; decisions: DecisionRow[]; canPublish: boolean }) {
  const { t, locale } = useI18n();
  if (decisions.length === 0) return null;
  return (
    <ul className="decision-list">
      {decisions.map((d) => (
        <li key={d.id}>
          <p>
            <strong>{t(d.decision === "APPROVED" ? "closure.decision.approvedBy" : "closure.decision.returnedBy", { name: d.decidedBy.name })}</strong>{" "}
            {t("closure.decision.on", { date: formatDate(d.decisionDate, locale) })}
          </p>
          {d.comment ? <p className="prose">{d.comment}</p> : null}
          {d.decision === "APPROVED" ? (
            <p>
              {d.publishedAt ? t("publication.publishedOn", { date: formatDateTime(d.publishedAt, locale) }) : t("publication.notPublished")}
              {canPublish ? (
                <>
                  {" "}
                  <Link to={`/trajecten/${trajectoryId}/afsluiting/besluit/${d.id}`}>{t("publication.edit")}</Link>
                </>
              ) : d.publishedAt ? (
                <>
                  {" "}
                  <Link to={`/besluiten/${d.id}`}>{t("publication.view")}</Link>
                </>
              ) : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
