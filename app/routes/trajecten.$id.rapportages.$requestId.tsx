import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { FormState } from "~/components/form";
import { SubmissionRecord } from "~/components/progress-report-parts";
import { ProgressReportSubmissionForm, type DraftContent } from "~/components/progress-report-submission-form";
import { ReviewForm } from "~/components/review-form";
import { StatusError } from "~/components/status-error";
import { awaitsOrganisation } from "~/domain/progress-report";
import { RemoveAttachmentSchema, ProgressReportReviewSchema, progressField, submissionSchema } from "~/domain/progress-report-forms";
import { formatDate } from "~/i18n";
import { removeDraftAttachment, requireProgressReportRequest, reviewSubmission, saveSubmission, type ProgressReportRequestView, type ProgressReportResult } from "~/models/progress-report.server";
import { assertMayOnTrajectory, requireTrajectoryAccess } from "~/models/access.server";
import { env } from "~/utils/env.server";
import { discardStaged, maxUploadBytes, readUploadForm } from "~/utils/files.server";
import { conflictResponse } from "~/utils/conflict.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { instructionsText } from "~/i18n/system-texts";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { mayOnTrajectory } from "~/domain/permissions";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const report = await requireProgressReportRequest(user, trajectory.id, params.requestId ?? "");
  const { t } = await getTranslator(request);
  return {
    pageTitle: `${report.title} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    // Standard instructions (a code) in the reader's language.
    report: { ...report, instructions: instructionsText(report, t) },
    canSubmit: mayOnTrajectory(user, trajectory, "progress-report:submit") && awaitsOrganisation(report.status),
    canReview: mayOnTrajectory(user, trajectory, "progress-report:review") && report.status === "SUBMITTED",
    maxUploadMb: env.MAX_UPLOAD_MB,
    statusLabel: t(`progressReport.status.${report.status}`),
  };
}

/** The answer to a refused write: 409 with the newer content, or 409 because it is frozen now. */
function refusal(result: Exclude<ProgressReportResult, { ok: true }>, formData: FormData, t: Awaited<ReturnType<typeof getTranslator>>["t"]) {
  if (result.reason === "frozen") return formFailure(formData, {}, t("progressReport.frozen"), 409);
  return conflictResponse(formData, t("form.conflict"), result.current);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const report = await requireProgressReportRequest(user, trajectory.id, params.requestId ?? "");
  const { t } = await getTranslator(request);
  const here = `/trajecten/${trajectory.id}/rapportages/${report.id}`;
  const maySubmit = mayOnTrajectory(user, trajectory, "progress-report:submit");
  // Only the organisation may upload: for anyone else the limit is zero bytes, so no file of
  // theirs is ever staged. Files are type-checked from their content while they stream in.
  const { formData, files, problems } = await readUploadForm(request, maySubmit ? maxUploadBytes() : 0);
  try {
    // An oversized file stops the parse where it is, so the submit button's intent (after the
    // file in the form) may not have arrived: a refused file is answered whatever the intent.
    const problem = Object.values(problems)[0];
    if (problem && maySubmit) return formFailure(formData, { attachment: [t(`progressReport.upload.${problem}`, { max: env.MAX_UPLOAD_MB })] });
    const intent = formData.get("intent");
    switch (intent) {
      case "save":
      case "submit": {
        assertMayOnTrajectory(user, trajectory, "progress-report:submit");
        const submit = intent === "submit";
        const parsed = parseForm(submissionSchema(report.norms.map((n) => n.id), submit), formData, t);
        if (!parsed.ok) return files.length ? formFailure(formData, parsed.response.data.errors, t("progressReport.attachments.notKept")) : parsed.response;
        const values: Record<string, unknown> = parsed.data;
        const progress = Object.fromEntries(report.norms.map((n) => [n.id, String(values[progressField(n.id)] ?? "")]));
        const result = await saveSubmission(user, trajectory, report.id, { summary: parsed.data.summary, version: parsed.data.version, progress, submit }, files);
        if (!result.ok) return refusal(result, formData, t);
        return redirect(`${here}?${submit ? "ingediend" : "opgeslagen"}=1`);
      }
      case "removeAttachment": {
        assertMayOnTrajectory(user, trajectory, "progress-report:submit");
        const parsed = parseForm(RemoveAttachmentSchema, formData, t);
        if (!parsed.ok) return parsed.response;
        const result = await removeDraftAttachment(user, trajectory, report.id, parsed.data.attachmentId, parsed.data.version);
        return result.ok ? redirect(here) : refusal(result, formData, t);
      }
      case "review": {
        assertMayOnTrajectory(user, trajectory, "progress-report:review");
        const parsed = parseForm(ProgressReportReviewSchema, formData, t);
        if (!parsed.ok) return parsed.response;
        const result = await reviewSubmission(user, trajectory, report.id, parsed.data);
        return result.ok ? redirect(`${here}?beoordeeld=1`) : refusal(result, formData, t);
      }
      default:
        if (!maySubmit) assertMayOnTrajectory(user, trajectory, "progress-report:review");
        return formFailure(formData, {}, t("form.unknownIntent"));
    }
  } finally {
    // Whatever was not committed to storage goes: a refused upload leaves no file behind.
    await discardStaged(files);
  }
}

type ActionData = FormState & { conflict?: ProgressReportRequestView };

function draftOf(report: ProgressReportRequestView): DraftContent {
  const draft = report.submissions.find((s) => s.status === "DRAFT");
  if (draft) return { ...draft, isDraft: true };
  const previous = report.submissions.at(-1);
  return {
    version: 0,
    number: (previous?.number ?? 0) + 1,
    summary: previous?.summary ?? "",
    entries: previous?.entries ?? [],
    attachments: previous?.attachments ?? [],
    isDraft: false,
  };
}

/** After a refused save: what the draft holds now, beside the user's own input in the form. */
function NewerDraft({ report }: { report: ProgressReportRequestView }) {
  const { t } = useI18n();
  const draft = report.submissions.find((s) => s.status === "DRAFT");
  return (
    <section className="notice" aria-labelledby="newer-draft">
      <h2 id="newer-draft">{t("progressReport.conflictShown")}</h2>
      {draft ? <SubmissionRecord submission={draft} norms={report.norms} heading={t("progressReport.draftTitle", { number: draft.number })} /> : null}
    </section>
  );
}

function Confirmation() {
  const [params] = useSearchParams();
  const { t } = useI18n();
  const key = params.has("ingediend")
    ? "progressReport.submittedNotice"
    : params.has("opgeslagen")
      ? "progressReport.savedNotice"
      : params.has("beoordeeld")
        ? "progressReport.reviewedNotice"
        : null;
  return key ? (
    <p role="status" className="notice">
      {t(key)}
    </p>
  ) : null;
}

export default function ReportRequestPage() {
  const { trajectoryId, report, canSubmit, canReview, maxUploadMb, statusLabel } = useLoaderData<typeof loader>();
  const state = useActionData<ActionData>();
  const { t, locale } = useI18n();
  // After a refused save the form continues from the newer content, so saving again applies on top of it.
  const shown = state?.conflict ?? report;
  const submitted = shown.submissions.filter((s) => s.status === "SUBMITTED").reverse();
  return (
    <>
      <h1>{report.title}</h1>
      <Confirmation />
      <dl className="facts">
        <div>
          <dt>{t("progressReport.dueDate")}</dt>
          <dd>
            {formatDate(shown.dueDate, locale)}
            {report.overdue ? <strong className="overdue-flag"> ({t("due.overdue")})</strong> : null}
          </dd>
        </div>
        <div>
          <dt>{t("progressReport.statusLabel")}</dt>
          <dd>{statusLabel}</dd>
        </div>
      </dl>
      <h2>{t("progressReport.instructions")}</h2>
      <p className="prose">{report.instructions || "—"}</p>
      <h2>{t("progressReport.normsInScope")}</h2>
      <ul>
        {report.norms.map((n) => (
          <li key={n.id}>
            {n.code} {n.title}
          </li>
        ))}
      </ul>
      {state?.conflict ? <NewerDraft report={state.conflict} /> : null}
      {canSubmit ? <ProgressReportSubmissionForm key={draftOf(shown).version} norms={report.norms} draft={draftOf(shown)} state={state} maxUploadMb={maxUploadMb} /> : null}
      {canReview ? (
        <ReviewForm
          title={t("progressReport.reviewTitle")}
          outcomes={[
            { value: "ACCEPTED", label: t("progressReport.outcome.ACCEPTED") },
            { value: "MORE_INFO_NEEDED", label: t("progressReport.outcome.MORE_INFO_NEEDED") },
          ]}
          version={shown.version}
          withDueDate
          state={state}
        />
      ) : null}
      <h2>{t("progressReport.submissions")}</h2>
      {submitted.length === 0 ? <p>{t("progressReport.noSubmissions")}</p> : submitted.map((s) => <SubmissionRecord key={s.id} submission={s} norms={report.norms} />)}
      <p>
        <Link to={`/trajecten/${trajectoryId}/rapportages`}>{t("progressReport.back")}</Link>
      </p>
    </>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;

export const shouldRevalidate = revalidateAfterConflict;
