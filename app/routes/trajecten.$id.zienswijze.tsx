import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { IntentForm, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { DraftReportResponseSchema, DraftReportShareSchema } from "~/domain/draft-report-forms";
import { formatDate, formatDateTime } from "~/i18n";
import { listDraftReports, respondToDraftReport, shareDraftReport } from "~/models/draft-report.server";
import { assertMayOnTrajectory, requireTrajectoryAccess } from "~/models/access.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { mayOnTrajectory } from "~/domain/permissions";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const { t } = await getTranslator(request);
  return {
    pageTitle: `${t("draftReport.title")} ${trajectory.reference}`,
    drafts: await listDraftReports(trajectory.id),
    canShare: mayOnTrajectory(user, trajectory, "draft-report:share"),
    canRespond: mayOnTrajectory(user, trajectory, "draft-report:respond"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const here = `/trajecten/${trajectory.id}/zienswijze`;
  switch (formData.get("intent")) {
    case "share": {
      assertMayOnTrajectory(user, trajectory, "draft-report:share");
      const parsed = parseForm(DraftReportShareSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      await shareDraftReport(user, trajectory, parsed.data);
      return redirect(here);
    }
    case "respond": {
      assertMayOnTrajectory(user, trajectory, "draft-report:respond");
      const parsed = parseForm(DraftReportResponseSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const outcome = await respondToDraftReport(user, trajectory, parsed.data.draftReportId, parsed.data.response);
      if (outcome === "already") return formFailure(formData, {}, t("draftReport.already"), 409);
      return redirect(`${here}#draft-${parsed.data.draftReportId}`);
    }
    default:
      return formFailure(formData, {}, t("form.unknownIntent"));
  }
}

function ResponseForm({ draftId, state }: { draftId: string; state: FormState | undefined }) {
  const { t } = useI18n();
  const mine = state?.values?.draftReportId === draftId ? state : undefined;
  return (
    <IntentForm intent="respond" state={mine} submit={t("draftReport.submit")}>
      <input type="hidden" name="draftReportId" value={draftId} />
      <TextAreaInput name="response" label={t("draftReport.yourResponse")} description={t("draftReport.once")} rows={8} isRequired state={mine} />
    </IntentForm>
  );
}

export default function DraftReports() {
  const { drafts, canShare, canRespond } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t, locale } = useI18n();
  const shareState = state?.values?.intent === "share" ? state : undefined;
  return (
    <>
      <h1>{t("draftReport.title")}</h1>
      <p>{t("draftReport.intro")}</p>
      {drafts.length === 0 ? <p>{t("draftReport.none")}</p> : null}
      {drafts.map((d) => (
        <article key={d.id} id={`draft-${d.id}`} className="draft-report" aria-labelledby={`draft-title-${d.id}`}>
          <h2 id={`draft-title-${d.id}`}>{d.title}</h2>
          <p className="muted">
            {t("draftReport.sharedOn", { when: formatDateTime(d.sharedAt, locale) })} · {t("draftReport.dueDate")}: {formatDate(d.responseDueDate, locale)}
            {d.overdue ? <strong className="overdue-flag"> ({t("due.overdue")})</strong> : null}
          </p>
          <div className="side-by-side">
            <section aria-labelledby={`findings-${d.id}`}>
              <h3 id={`findings-${d.id}`}>{t("draftReport.findings")}</h3>
              <p className="prose">{d.findings}</p>
            </section>
            <section aria-labelledby={`response-${d.id}`}>
              <h3 id={`response-${d.id}`}>{t("draftReport.response")}</h3>
              {d.response !== null ? (
                <>
                  <p className="prose">{d.response}</p>
                  {d.respondedAt ? <p className="muted">{t("draftReport.respondedOn", { when: formatDateTime(d.respondedAt, locale) })}</p> : null}
                </>
              ) : canRespond ? (
                <ResponseForm draftId={d.id} state={state} />
              ) : (
                <p>{t("draftReport.notYet")}</p>
              )}
            </section>
          </div>
        </article>
      ))}
      {canShare ? (
        <section aria-labelledby="share-title" className="narrow-wide">
          <h2 id="share-title">{t("draftReport.share")}</h2>
          <IntentForm intent="share" state={shareState} submit={t("draftReport.shareButton")}>
            <TextInput name="title" label={t("draftReport.draftTitle")} isRequired state={shareState} />
            <TextAreaInput name="findings" label={t("draftReport.findings")} rows={8} isRequired state={shareState} />
            <TextInput name="responseDueDate" type="date" label={t("draftReport.dueDate")} isRequired state={shareState} />
          </IntentForm>
        </section>
      ) : null}
    </>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;

export const shouldRevalidate = revalidateAfterConflict;
