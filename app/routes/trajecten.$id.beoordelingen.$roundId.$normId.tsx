import { roundTitleText } from "~/domain/round-title";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { BaselineComparison, NormMeasures, RevisionHistory } from "~/components/assessment-panels";
import { RatingBadge } from "~/components/badges";
import { roundKindKey } from "~/components/norm-matrix";
import { FormErrors, SelectInput, SubmitButton, TextAreaInput, type FormState } from "~/components/form";
import { Pagination } from "~/components/pagination";
import { StatusError } from "~/components/status-error";
import { AssessmentSchema } from "~/domain/assessment-forms";
import { pageCount, pageRequest } from "~/domain/pagination";
import { RATINGS, type Rating } from "~/domain/rating";
import { formatDate, formatDateTime } from "~/i18n";
import { getNormAssessmentPage, requireRoundAndNorm, saveAssessment } from "~/models/assessment.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { formFailure, parseForm, submittedValues } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { mayOnTrajectory, seesInternalRecords } from "~/domain/permissions";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

const HISTORY_PAGE_SIZE = 20;

/** The head of a norm assessment as the page shows it. */
interface AssessmentHead {
  version: number;
  rating: Rating;
  findings: string;
  evidence: string;
  authorName: string;
  savedAt: Date | string;
}

/** A refused save (409) carries the newer head besides the usual field errors and values. */
type ActionData = FormState & { conflict?: AssessmentHead | null };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const page = pageRequest(new URL(request.url).searchParams, HISTORY_PAGE_SIZE);
  const { round, norm, current, history, comparison, measures } = await getNormAssessmentPage(
    user,
    trajectory,
    params.roundId ?? "",
    params.normId ?? "",
    page,
  );
  // Revisions are the inspectors' working history; the organisation sees the published result.
  const showHistory = seesInternalRecords(user);
  const { t, locale } = await getTranslator(request);
  return {
    pageTitle: `${norm.code} ${norm.title} – ${roundTitleText(round, t, locale)} – ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    canWrite: mayOnTrajectory(user, trajectory, "assess"),
    round,
    norm,
    current,
    comparison,
    measures,
    history: showHistory ? { revisions: history.revisions, page: page.page, pages: pageCount(history.total, page.pageSize) } : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const { round, norm } = await requireRoundAndNorm(user, trajectory, params.roundId ?? "", params.normId ?? "");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(AssessmentSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await saveAssessment(user, { trajectoryId: trajectory.id, roundId: round.id, normId: norm.id }, parsed.data);
  if (result.ok) return redirect(`/trajecten/${trajectory.id}/beoordelingen/${round.id}/${norm.id}?opgeslagen=${result.version}`);
  if (result.reason === "unchanged") return formFailure(formData, {}, t("assessment.unchanged"));
  // Someone saved first: show their version and give the user's own text back untouched.
  return data(
    { ok: false as const, errors: {}, values: submittedValues(formData), formError: t("assessment.conflict.message"), conflict: result.current },
    { status: 409 },
  );
}

function ConflictPanel({ current }: { current: AssessmentHead }) {
  const { t, locale } = useI18n();
  return (
    <section className="notice" aria-labelledby="conflict-title">
      <h3 id="conflict-title">
        {t("assessment.conflict.title", { revision: current.version, author: current.authorName, time: formatDateTime(current.savedAt, locale) })}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t("assessment.rating")}</dt>
          <dd>
            <RatingBadge rating={current.rating} />
          </dd>
        </div>
      </dl>
      <h4>{t("assessment.findings")}</h4>
      <p className="prose">{current.findings}</p>
      {current.evidence ? (
        <>
          <h4>{t("assessment.evidence")}</h4>
          <p className="prose">{current.evidence}</p>
        </>
      ) : null}
      <p>{t("assessment.conflict.help")}</p>
    </section>
  );
}

function CurrentView({ current }: { current: AssessmentHead | null }) {
  const { t, locale } = useI18n();
  if (!current) return <p>{t("assessment.notYetAssessed")}</p>;
  return (
    <>
      <p>
        <RatingBadge rating={current.rating} />
      </p>
      <h3>{t("assessment.findings")}</h3>
      <p className="prose">{current.findings}</p>
      {current.evidence ? (
        <>
          <h3>{t("assessment.evidence")}</h3>
          <p className="prose">{current.evidence}</p>
        </>
      ) : null}
      <p className="muted">
        {t("assessment.savedBy", { revision: current.version, author: current.authorName, time: formatDateTime(current.savedAt, locale) })}
      </p>
    </>
  );
}

export default function NormAssessmentPage() {
  const { trajectoryId, canWrite, round, norm, current, comparison, measures, history } = useLoaderData<typeof loader>();
  const state = useActionData<ActionData>();
  const [params] = useSearchParams();
  const { t, locale } = useI18n();
  const conflict = state?.conflict ?? null;
  // After a refusal the form continues from the newer version, so saving again applies on top of it.
  const version = conflict ? conflict.version : (current?.version ?? 0);
  const saved = params.get("opgeslagen");
  const criteria = norm.criteria.split("\n").filter((line) => line.trim());
  return (
    <>
      <p className="eyebrow">
        <Link to={`/trajecten/${trajectoryId}/beoordelingen`}>{t("assessment.backToMatrix")}</Link>
      </p>
      <h1>
        {norm.code} {norm.title}
      </h1>
      <p>
        {t("assessment.inRound", { round: roundTitleText(round, t, locale), kind: t(roundKindKey(round.kind)), date: formatDate(round.date, locale) })}
      </p>
      {saved && !state ? (
        <p role="status" className="notice">
          {t("assessment.saved", { revision: saved })}
        </p>
      ) : null}

      <details className="norm-details">
        <summary>{t("assessment.normDetails")}</summary>
        <p className="prose">{norm.description}</p>
        {criteria.length > 0 ? (
          <>
            <h2>{t("assessment.criteria")}</h2>
            <ul>
              {criteria.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
      </details>

      <section aria-labelledby="assessment-title">
        <h2 id="assessment-title">{t("assessment.thisRound")}</h2>
        {canWrite ? (
          <>
            {current ? (
              <p className="muted">
                {t("assessment.savedBy", { revision: current.version, author: current.authorName, time: formatDateTime(current.savedAt, locale) })}
              </p>
            ) : (
              <p>{t("assessment.notYetAssessed")}</p>
            )}
            <Form method="post" className="stack" noValidate>
              <FormErrors state={state}>
                {conflict ? <ConflictPanel current={conflict} /> : null}
                <input type="hidden" name="version" value={version} />
                <SelectInput
                  name="rating"
                  label={t("assessment.rating")}
                  options={RATINGS.map((rating) => ({ value: rating, label: t(`rating.${rating}`) }))}
                  placeholder={t("assessment.chooseRating")}
                  defaultValue={current?.rating}
                  isRequired
                  state={state}
                />
                <TextAreaInput name="findings" label={t("assessment.findings")} defaultValue={current?.findings} rows={8} isRequired state={state} />
                <TextAreaInput
                  name="evidence"
                  label={t("assessment.evidence")}
                  description={t("assessment.evidenceHint")}
                  defaultValue={current?.evidence}
                  rows={3}
                  state={state}
                />
                <SubmitButton>{t("assessment.save")}</SubmitButton>
              </FormErrors>
            </Form>
          </>
        ) : (
          <CurrentView current={current} />
        )}
      </section>

      <section aria-labelledby="compare-title">
        <h2 id="compare-title">{t("assessment.compare.title")}</h2>
        <BaselineComparison trajectoryId={trajectoryId} normId={norm.id} {...comparison} />
      </section>

      <section aria-labelledby="measures-title">
        <h2 id="measures-title">{t("requiredMeasure.list.forNorm")}</h2>
        <NormMeasures trajectoryId={trajectoryId} measures={measures} />
        {canWrite ? (
          <p>
            <Link to={`/trajecten/${trajectoryId}/maatregelen/nieuw?norm=${encodeURIComponent(norm.id)}`}>{t("requiredMeasure.list.addForNorm")}</Link>
          </p>
        ) : null}
      </section>

      {history ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t("assessment.history.title")}</h2>
          <RevisionHistory revisions={history.revisions} />
          <Pagination page={history.page} pages={history.pages} />
        </section>
      ) : null}
    </>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;

export const shouldRevalidate = revalidateAfterConflict;
