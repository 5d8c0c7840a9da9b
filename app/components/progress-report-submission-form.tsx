import { Form } from "@remix-run/react";
import { RemovableAttachments, SaveOrSubmitButtons } from "~/components/draft-form-parts";
import { FormErrors, TextAreaInput, type FormState } from "~/components/form";
import { AttachmentList, FileInput, type AttachmentView } from "~/components/progress-report-parts";
import { formatNumber } from "~/i18n";
import { useI18n } from "~/utils/i18n";

export interface DraftContent {
  version: number;
  number: number;
  summary: string;
  entries: { normId: string; progress: string }[];
  attachments: AttachmentView[];
  /** False while there is no draft yet: the content shown is the previous submission's. */
  isDraft: boolean;
}

/** Attachments of the draft, each with its own small form to remove it (forms cannot nest). */
function DraftAttachments({ draft }: { draft: DraftContent }) {
  const { t } = useI18n();
  if (!draft.isDraft) return <AttachmentList attachments={draft.attachments} />;
  if (draft.attachments.length === 0) return <p className="muted">{t("progressReport.attachments.none")}</p>;
  return <RemovableAttachments attachments={draft.attachments} href={(id) => `/bijlagen/${id}`} version={draft.version} showSize />;
}

/**
 * The organisation's draft of a submission: a summary, progress per norm in scope and a new
 * attachment, saved as a draft or submitted. multipart/form-data so the file goes along
 * without JavaScript.
 */
export function ProgressReportSubmissionForm({
  norms,
  draft,
  state,
  maxUploadMb,
}: {
  norms: { id: string; code: string; title: string }[];
  draft: DraftContent;
  state: FormState | undefined;
  maxUploadMb: number;
}) {
  const { t, locale } = useI18n();
  const progress = new Map(draft.entries.map((e) => [e.normId, e.progress]));
  return (
    <section aria-labelledby="draft-title" className="stack">
      <h2 id="draft-title">{t("progressReport.draftTitle", { number: draft.number })}</h2>
      <p>
        {t(
          draft.isDraft
            ? "progressReport.draftIntro"
            : draft.number === 1
              ? "progressReport.firstDraftIntro" // nothing was submitted before: no word about additions
              : "progressReport.newDraftIntro",
        )}
      </p>
      <h3>{t("progressReport.attachments.title")}</h3>
      <DraftAttachments draft={draft} />
      <Form method="post" encType="multipart/form-data" className="stack" noValidate>
        <FormErrors state={state}>
          <input type="hidden" name="version" value={draft.isDraft ? draft.version : 0} />
          <TextAreaInput name="summary" label={t("progressReport.summary")} defaultValue={draft.summary} rows={4} isRequired state={state} />
          <fieldset className="fieldset">
            <legend>{t("progressReport.progressLegend")}</legend>
            {norms.map((norm) => (
              <TextAreaInput
                key={norm.id}
                name={`progress-${norm.id}`}
                label={t("progressReport.progressFor", { norm: `${norm.code} ${norm.title}` })}
                defaultValue={progress.get(norm.id) ?? ""}
                rows={4}
                isRequired
                state={state}
              />
            ))}
          </fieldset>
          <FileInput
            name="attachment"
            label={t("progressReport.attachments.add")}
            description={t("progressReport.attachments.hint", { max: formatNumber(maxUploadMb, locale) })}
          />
          <SaveOrSubmitButtons save={t("progressReport.saveDraft")} submit={t("progressReport.submit")} hint={t("progressReport.submitHint")} />
        </FormErrors>
      </Form>
    </section>
  );
}
