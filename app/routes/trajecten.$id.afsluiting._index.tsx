import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ArchiveForm, DecisionForm, FollowUpTable, AdminMeasureTable, DeadlineChangeTable } from "~/components/closure-forms";
import { DecisionList, NormSummaryTable, ProposalDetails, outcomeKey } from "~/components/closure-parts";
import type { FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { canArchive } from "~/domain/closure";
import { ArchiveSchema, DecisionSchema, FollowUpMetSchema } from "~/domain/closure-forms";
import { todayIso } from "~/domain/dates";
import { can, canDecideOn, mayOnTrajectory } from "~/domain/permissions";
import { formatDateTime } from "~/i18n";
import { deadlineReasonText } from "~/i18n/system-texts";
import { closureFacts, listProposals } from "~/models/closure.server";
import { archiveTrajectory, decideProposal } from "~/models/closure-decision.server";
import { confirmFollowUpMet } from "~/models/follow-up.server";
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

const DONE = ["proposed", "approved", "returned", "met", "archived", "published", "saved"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "closure:read");
  const { t, locale } = await getTranslator(request);
  const [proposals, facts] = await Promise.all([listProposals(trajectory.id), closureFacts(trajectory.id)]);
  const pending = proposals.find((p) => p.status === "PENDING") ?? null;
  const openFollowUps = facts.followUps.filter((f) => f.status === "OPEN").length;
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

function DoneMessage() {
  const [params] = useSearchParams();
  const { t } = useI18n();
  const done = params.get("gedaan");
  if (!done || !(DONE as readonly string[]).includes(done)) return null;
  return (
    <p role="status" className="notice">
      {t(`closure.done.${done as (typeof DONE)[number]}`)}
    </p>
  );
}

export default function ClosurePage() {
  const { trajectoryId, status, today, pending, history, decider, canPropose, revising, canPublish, canMarkMet, canArchive, facts } =
    useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t, locale } = useI18n();
  const intent = state?.values?.intent;
  return (
    <>
      <h1>{t("closure.title")}</h1>
      <DoneMessage />
      {state?.formError && intent !== "decide" ? (
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
        {canArchive ? <ArchiveForm version={facts.version} /> : null}
      </section>

      {facts.adminMeasures.length > 0 ? (
        <section aria-labelledby="measures-title">
          <h2 id="measures-title">{t("management.adminMeasures.title")}</h2>
          <AdminMeasureTable measures={facts.adminMeasures} />
        </section>
      ) : null}

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
