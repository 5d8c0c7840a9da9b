import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ArchiveForm, DecisionForm, FollowUpTable, EnforcementMeasureTable, DeadlineChangeTable } from "~/components/closure-forms";
import { DecisionList, NormSummaryTable, ProposalDetails, outcomeKey } from "~/components/closure-parts";
import type { FormState } from "~/components/form";
import { DoneMessage } from "~/components/done-message";
import { StatusError } from "~/components/status-error";
import { canArchive } from "~/domain/closure";
import { ArchiveSchema, DecisionSchema, FollowUpMetSchema } from "~/domain/closure-forms";
import { todayIso } from "~/domain/dates";
import { can, canDecideOn, mayOnTrajectory } from "~/domain/permissions";
import { formatDateTime } from "~/i18n";
import { deadlineReasonText } from "~/i18n/system-texts";
import { closureFacts, listProposals } from "~/models/closure.server";
import { archiveTrajectory, decideProposal } from "~/models/closure-decision.server";
import { confirmFollowUpMet, decideFollowUpOutcome, recordFollowUpOutcome } from "~/models/follow-up.server";
import { listSuspensions, suspendTerm } from "~/models/suspension.server";
import { FollowUpDecisionForm, FollowUpOutcomeForm } from "~/components/follow-up-forms";
import { SuspensionForm, SuspensionTable } from "~/components/suspension-parts";
import { blocksArchive, needsDecision } from "~/domain/follow-up";
import { FollowUpDecisionSchema, FollowUpOutcomeSchema } from "~/domain/follow-up-forms";
import { canSuspend } from "~/domain/suspension";
import { SuspensionSchema } from "~/domain/suspension-forms";
import { assertMayOnTrajectory, notFound, requireTrajectoryAccess } from "~/models/access.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { managementLinks } from "~/styles/management-links";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { pageTitleMeta } from "~/utils/meta";

export const links = managementLinks;

export const meta = pageTitleMeta;

const DONE = ["proposed", "approved", "returned", "met", "archived", "published", "saved", "outcome", "followUpDecided", "suspended"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "closure:read");
  const { t, locale } = await getTranslator(request);
  const [proposals, facts, suspensions] = await Promise.all([listProposals(trajectory.id), closureFacts(trajectory.id), listSuspensions(trajectory.id)]);
  const pending = proposals.find((p) => p.status === "PENDING") ?? null;
  const openFollowUps = facts.followUps.filter(blocksArchive).length;
  const isManager = mayOnTrajectory(user, trajectory, "follow-up:decide");
  // Outcomes that wait for a manager's decision on what follows, and whether this user may take it.
  const awaiting = facts.followUps.flatMap((f) =>
    f.outcome && needsDecision(f.outcome.outcome) && f.outcome.decision === null
      ? [{ id: f.outcome.id, version: f.outcome.version, title: f.title, mayDecide: isManager && canDecideOn(user, { proposedById: f.outcome.recordedById }), own: isManager && f.outcome.recordedById === user.id }]
      : [],
  );
  return {
    pageTitle: `${t("closure.title")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    status: trajectory.status,
    today: todayIso(),
    pending,
    history: proposals.filter((p) => p !== pending),
    decider: pending
      ? {
          canDecide: canDecideOn(user, pending),
          involved: pending.proposedById === user.id || pending.coAuthorIds.includes(user.id),
          isManager: can(user.role, "decision:make"),
        }
      : null,
    canPropose: mayOnTrajectory(user, trajectory, "proposal:create"),
    revising: proposals[0]?.status === "RETURNED",
    canPublish: can(user.role, "decision:publish"),
    canMarkMet: mayOnTrajectory(user, trajectory, "follow-up:mark-met"),
    canArchive: can(user.role, "decision:make") && canArchive(trajectory.status, openFollowUps),
    canRecordOutcome: mayOnTrajectory(user, trajectory, "follow-up:record-outcome"),
    awaiting,
    suspensions,
    canSuspendNow: mayOnTrajectory(user, trajectory, "deadline:suspend") && canSuspend(trajectory.status),
    trajectoryVersion: trajectory.version,
    // A coded reason becomes a sentence in the reader's language, not the decider's.
    facts: { ...facts, deadlineChanges: facts.deadlineChanges.map(({ reasonCode, reasonParams, ...change }) => ({ ...change, reason: deadlineReasonText({ ...change, reasonCode, reasonParams }, t, locale) })) },
  };
}

// A refused decision (409) must show the decision that won, so reload after it too.
export const shouldRevalidate = revalidateAfterConflict;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "closure:read");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const back = (done: (typeof DONE)[number]) => redirect(`/trajecten/${trajectory.id}/afsluiting?gedaan=${done}`);

  switch (formData.get("intent")) {
    case "decide": {
      assertMayOnTrajectory(user, trajectory, "decision:make");
      const parsed = parseForm(DecisionSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await decideProposal(user, trajectory.id, parsed.data);
      if (!result.ok) return formFailure(formData, {}, t("closure.decision.conflict"), 409);
      return back(parsed.data.decision === "APPROVED" ? "approved" : "returned");
    }
    case "followUpMet": {
      assertMayOnTrajectory(user, trajectory, "follow-up:mark-met");
      const parsed = parseForm(FollowUpMetSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await confirmFollowUpMet(user, trajectory.id, parsed.data.followUpId);
      if (result === "notFound") throw notFound();
      return back("met");
    }
    case "followUpOutcome": {
      assertMayOnTrajectory(user, trajectory, "follow-up:record-outcome");
      const parsed = parseForm(FollowUpOutcomeSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await recordFollowUpOutcome(user, trajectory.id, parsed.data);
      if (!result.ok && result.reason === "notFound") throw notFound();
      if (!result.ok) return formFailure(formData, {}, t("followUp.refused.notOpen"), 409);
      return back("outcome");
    }
    case "followUpDecide": {
      assertMayOnTrajectory(user, trajectory, "follow-up:decide");
      const parsed = parseForm(FollowUpDecisionSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await decideFollowUpOutcome(user, trajectory.id, parsed.data);
      if (!result.ok) return formFailure(formData, {}, t(`followUp.refused.${result.reason}`), 409);
      return back("followUpDecided");
    }
    case "suspend": {
      assertMayOnTrajectory(user, trajectory, "deadline:suspend");
      const parsed = parseForm(SuspensionSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await suspendTerm(user, trajectory.id, parsed.data);
      if (!result.ok && result.reason === "field") return formFailure(formData, { [result.field]: [t(result.message)] });
      if (!result.ok) return formFailure(formData, {}, t(`suspension.refused.${result.reason}`), result.reason === "conflict" ? 409 : 400);
      return back("suspended");
    }
    case "archive": {
      assertMayOnTrajectory(user, trajectory, "decision:make");
      const parsed = parseForm(ArchiveSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await archiveTrajectory(user, trajectory.id, parsed.data.version);
      if (result === "openFollowUps") return formFailure(formData, {}, t("closure.archive.openFollowUps"), 400);
      if (result === "conflict") return formFailure(formData, {}, t("closure.archive.conflict"), 409);
      return back("archived");
    }
    default:
      return data({ ok: false, errors: {}, values: {}, formError: t("closure.unknownAction") }, { status: 400 });
  }
}


export default function ClosurePage() {
  const {
    trajectoryId,
    status,
    today,
    pending,
    history,
    decider,
    canPropose,
    revising,
    canPublish,
    canMarkMet,
    canArchive,
    canRecordOutcome,
    awaiting,
    suspensions,
    canSuspendNow,
    trajectoryVersion,
    facts,
  } = useLoaderData<typeof loader>();
  const openObligations = facts.followUps.filter((f) => f.status === "OPEN");
  // Intents whose own form shows the action's answer; others show it on top.
  const OWN_FORM = ["decide", "followUpOutcome", "followUpDecide", "suspend"];
  const state = useActionData<FormState>();
  const { t, locale } = useI18n();
  const intent = state?.values?.intent;
  return (
    <>
      <h1>{t("closure.title")}</h1>
      <DoneMessage known={DONE} prefix="closure.done." />
      {state?.formError && !OWN_FORM.includes(intent ?? "") ? (
        <p role="alert" className="error-summary">
          {state.formError}
        </p>
      ) : null}

      {pending ? (
        <section aria-labelledby="pending-title">
          <h2 id="pending-title">{t("closure.pending.title")}</h2>
          <ProposalDetails proposal={pending} />
          <NormSummaryTable summary={pending.normSummary} caption={t("closure.summary.caption")} />
          <h3>{t("closure.decision.title")}</h3>
          {decider?.canDecide ? (
            <DecisionForm proposal={pending} today={today} state={intent === "decide" ? state : undefined} />
          ) : (
            <p className="notice">{t(decider?.involved ? "closure.decision.fourEyes" : "closure.decision.managersOnly")}</p>
          )}
        </section>
      ) : (
        <>
          {state?.formError && intent === "decide" ? (
            <p role="alert" className="error-summary">
              {state.formError}
            </p>
          ) : null}
          <p>{t(status === "CLOSURE_PROPOSED" ? "closure.pending.none" : "closure.intro")}</p>
        </>
      )}

      {canPropose ? (
        <p>
          <Link className="button button--primary" to={`/trajecten/${trajectoryId}/afsluiting/voorstel`}>
            {t(revising ? "closure.proposal.revise" : "closure.proposal.new")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="followups-title">
        <h2 id="followups-title">{t("followUp.list.title")}</h2>
        <FollowUpTable followUps={facts.followUps} canMarkMet={canMarkMet} today={today} />
        {canRecordOutcome && openObligations.length > 0 ? (
          <>
            <h3>{t("followUp.outcome.title")}</h3>
            <FollowUpOutcomeForm open={openObligations} state={intent === "followUpOutcome" ? state : undefined} />
          </>
        ) : null}
        {awaiting.map((a) => (
          <div key={a.id}>
            <h3>
              {t("followUp.decision.title")}: {a.title}
            </h3>
            {a.mayDecide ? (
              <FollowUpDecisionForm
                outcome={a}
                title={a.title}
                today={today}
                state={intent === "followUpDecide" && state?.values?.outcomeId === a.id ? state : undefined}
              />
            ) : (
              <p className="notice">{t(a.own ? "followUp.decision.fourEyes" : "followUp.decision.awaiting")}</p>
            )}
          </div>
        ))}
        {intent === "followUpDecide" && state?.formError && !awaiting.some((a) => a.mayDecide && a.id === state.values?.outcomeId) ? (
          <p role="alert" className="error-summary">
            {state.formError}
          </p>
        ) : null}
        {canArchive ? <ArchiveForm version={facts.version} /> : null}
      </section>

      {facts.enforcementMeasures.length > 0 ? (
        <section aria-labelledby="measures-title">
          <h2 id="measures-title">{t("enforcement.measures.title")}</h2>
          <EnforcementMeasureTable measures={facts.enforcementMeasures} />
        </section>
      ) : null}

      <section aria-labelledby="suspensions-title">
        <h2 id="suspensions-title">{t("suspension.title")}</h2>
        <SuspensionTable suspensions={suspensions} />
        {canSuspendNow ? (
          <>
            <h3>{t("suspension.form.title")}</h3>
            <SuspensionForm version={trajectoryVersion} state={intent === "suspend" ? state : undefined} />
          </>
        ) : intent === "suspend" && state?.formError ? (
          <p role="alert" className="error-summary">
            {state.formError}
          </p>
        ) : null}
      </section>

      {facts.deadlineChanges.length > 0 ? (
        <section aria-labelledby="deadlines-title">
          <h2 id="deadlines-title">{t("closure.deadlineChanges.title")}</h2>
          <DeadlineChangeTable changes={facts.deadlineChanges} current={facts.deadline} />
        </section>
      ) : null}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("closure.history.title")}</h2>
        {history.length === 0 ? <p>{t("closure.history.none")}</p> : null}
        {history.map((proposal) => (
          <article key={proposal.id} className="proposal-card" aria-labelledby={`proposal-${proposal.id}`}>
            <h3 id={`proposal-${proposal.id}`}>
              {t("closure.history.item", { outcome: t(outcomeKey(proposal.outcome)), date: formatDateTime(proposal.createdAt, locale) })}
            </h3>
            <ProposalDetails proposal={proposal} headingLevel={4} />
            <DecisionList trajectoryId={trajectoryId} decisions={proposal.decisions} canPublish={canPublish} />
          </article>
        ))}
      </section>
    </>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
