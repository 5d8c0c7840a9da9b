import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { measureTypeName } from "~/components/closure-parts";
import { CheckDecisionForm, CheckTable, FindingForm, PlanCheckForm, measureStatusKey, type MeasureView } from "~/components/enforcement-parts";
import type { FormState } from "~/components/form";
import { DoneMessage } from "~/components/done-message";
import { StatusError } from "~/components/status-error";
import { todayIso } from "~/domain/dates";
import { canDecideOn, mayOnTrajectory } from "~/domain/permissions";
import { CheckDecisionSchema, FindingSchema, PlanCheckSchema } from "~/domain/enforcement-forms";
import { formatDate, type MessageKey } from "~/i18n";
import { assertMayOnTrajectory, notFound, requireTrajectoryAccess } from "~/models/access.server";
import { decideComplianceCheck, listEnforcement, planComplianceCheck, recordComplianceFinding, type LadderResult } from "~/models/enforcement.server";
import { listMeasureTypes } from "~/models/measure-type.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { managementLinks } from "~/styles/management-links";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { requireActionUser, requireUser } from "~/utils/session.server";

// The enforcement ladder of one trajectory (handhaving): each measure, its compliance checks,
// and what the user may do next: the team plans a check and records the finding with the
// consequence it proposes; a manager who did not record it decides.

export const links = managementLinks;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.pageTitle} – Toezichtspoor` : "Toezichtspoor" }];

const DONE = ["planned", "recorded", "approved", "returned"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "closure:read");
  const { t } = await getTranslator(request);
  const canCheck = mayOnTrajectory(user, trajectory, "enforcement:check");
  const isDecider = mayOnTrajectory(user, trajectory, "enforcement:decide");
  const [measures, types] = await Promise.all([listEnforcement(trajectory.id), canCheck ? listMeasureTypes() : Promise.resolve([])]);
  return {
    pageTitle: `${t("enforcement.title")} ${trajectory.reference}`,
    today: todayIso(),
    types,
    measures: measures.map((measure) => {
      const open = measure.checks.find((c) => c.status === "PLANNED" || c.status === "PROPOSED") ?? null;
      const inForce = measure.status === "IN_FORCE";
      const proposed = open?.status === "PROPOSED" ? open : null;
      return {
        measure,
        planned: open?.status === "PLANNED" ? open : null,
        proposed,
        mayCheck: canCheck && inForce && !proposed,
        mayPlan: canCheck && inForce && !open,
        mayDecide: Boolean(isDecider && inForce && proposed && canDecideOn(user, { proposedById: proposed.recordedById })),
        // Only a manager is told why they may not decide on this one (four eyes).
        ownFinding: isDecider && proposed?.recordedById === user.id,
      };
    }),
  };
}

// A refused step (409) must show the step that won, so reload after it too.
export const shouldRevalidate = revalidateAfterConflict;

const REFUSAL: Record<Exclude<LadderResult, { ok: true }>["reason"], { key: MessageKey; status: number }> = {
  notFound: { key: "enforcement.refused.notFound", status: 404 },
  notInForce: { key: "enforcement.refused.notInForce", status: 409 },
  openCheck: { key: "enforcement.refused.openCheck", status: 409 },
  noProposedCheck: { key: "enforcement.refused.noProposedCheck", status: 409 },
  unknownType: { key: "enforcement.refused.unknownType", status: 400 },
  conflict: { key: "enforcement.refused.conflict", status: 409 },
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "closure:read");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const answer = (result: LadderResult, done: (typeof DONE)[number]) => {
    if (result.ok) return redirect(`/trajecten/${trajectory.id}/handhaving?gedaan=${done}`);
    if (result.reason === "notFound") throw notFound();
    const refusal = REFUSAL[result.reason];
    return formFailure(formData, {}, t(refusal.key), refusal.status);
  };

  switch (formData.get("intent")) {
    case "planCheck": {
      assertMayOnTrajectory(user, trajectory, "enforcement:check");
      const parsed = parseForm(PlanCheckSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      return answer(await planComplianceCheck(user, trajectory.id, parsed.data), "planned");
    }
    case "finding": {
      assertMayOnTrajectory(user, trajectory, "enforcement:check");
      const parsed = parseForm(FindingSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      return answer(await recordComplianceFinding(user, trajectory.id, parsed.data), "recorded");
    }
    case "decideCheck": {
      assertMayOnTrajectory(user, trajectory, "enforcement:decide");
      const parsed = parseForm(CheckDecisionSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await decideComplianceCheck(user, trajectory.id, parsed.data);
      return answer(result, parsed.data.decision === "APPROVED" ? "approved" : "returned");
    }
    default:
      return data({ ok: false, errors: {}, values: {}, formError: t("closure.unknownAction") }, { status: 400 });
  }
}


export default function EnforcementPage() {
  const { measures, types, today } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t, locale } = useI18n();
  // The action's answer belongs to the form of one measure and one intent.
  const stateFor = (measureId: string, intent: string) =>
    state?.values?.measureId === measureId && state.values.intent === intent ? state : undefined;
  const byId = new Map(measures.map((m) => [m.measure.id, m.measure]));
  // A refusal whose form is no longer offered (the measure moved on meanwhile) is shown on top.
  const formShown = (measureId: string | undefined, intent: string | undefined) => {
    const entry = measures.find((m) => m.measure.id === measureId);
    if (!entry) return false;
    return (intent === "planCheck" && entry.mayPlan) || (intent === "finding" && entry.mayCheck) || (intent === "decideCheck" && entry.mayDecide);
  };
  return (
    <>
      <h1>{t("enforcement.title")}</h1>
      <p>{t("enforcement.intro")}</p>
      <DoneMessage known={DONE} prefix="enforcement.done." />
      {state?.formError && !formShown(state.values?.measureId, state.values?.intent) ? (
        <p role="alert" className="error-summary">
          {state.formError}
        </p>
      ) : null}
      {measures.length === 0 ? <p>{t("enforcement.none")}</p> : null}
      {measures.map(({ measure, planned, proposed, mayCheck, mayPlan, mayDecide, ownFinding }) => {
        const view = measure as MeasureView;
        const predecessor = measure.predecessorId ? byId.get(measure.predecessorId) : null;
        const successor = measures.find((m) => m.measure.predecessorId === measure.id)?.measure;
        const headingId = `measure-${measure.id}`;
        return (
          <article key={measure.id} className="proposal-card" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {t("enforcement.measure.heading", { type: measureTypeName(measure.type, locale), date: formatDate(measure.imposedOn, locale) })}
            </h2>
            <dl className="facts">
              <div>
                <dt>{t("enforcement.measure.status")}</dt>
                <dd>
                  {t(measureStatusKey(measure.status))}
                  {measure.closedOn ? ` (${formatDate(measure.closedOn, locale)})` : null}
                </dd>
              </div>
              <div>
                <dt>{t("enforcement.measure.dueDate")}</dt>
                <dd>{measure.dueDate ? formatDate(measure.dueDate, locale) : "—"}</dd>
              </div>
              {predecessor ? (
                <div>
                  <dt>{t("enforcement.measure.follows")}</dt>
                  <dd>
                    <a href={`#measure-${predecessor.id}`}>{measureTypeName(predecessor.type, locale)}</a>
                  </dd>
                </div>
              ) : null}
              {successor ? (
                <div>
                  <dt>{t("enforcement.measure.followedBy")}</dt>
                  <dd>
                    <a href={`#measure-${successor.id}`}>{measureTypeName(successor.type, locale)}</a>
                  </dd>
                </div>
              ) : null}
            </dl>
            <p className="prose">{measure.description}</p>
            <h3>{t("enforcement.checks.title")}</h3>
            <CheckTable measure={view} />
            {proposed ? (
              <>
                <h3>{t("enforcement.decide.title")}</h3>
                {mayDecide ? (
                  <CheckDecisionForm measure={view} check={proposed} today={today} state={stateFor(measure.id, "decideCheck")} />
                ) : (
                  <p className="notice">{t(ownFinding ? "enforcement.decide.fourEyes" : "enforcement.decide.awaiting")}</p>
                )}
              </>
            ) : null}
            {mayPlan ? (
              <>
                <h3>{t("enforcement.plan.title")}</h3>
                <PlanCheckForm measure={view} state={stateFor(measure.id, "planCheck")} />
              </>
            ) : null}
            {mayCheck ? (
              <>
                <h3>{t("enforcement.finding.title")}</h3>
                <FindingForm measure={view} plannedDate={planned?.checkDate} types={types} today={today} state={stateFor(measure.id, "finding")} />
              </>
            ) : null}
          </article>
        );
      })}
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
