import { FieldErrorText, useFieldError } from "./form";
import { ACCEPT_ATTRIBUTE } from "~/domain/file-types";
import { formatDateTime, formatNumber } from "~/i18n";
import { useI18n } from "~/utils/i18n";

/** A native file input (works without JavaScript) that shows the server's verdict on the file. */
export function FileInput({ name, label, description }: { name: string; label: string; description: string }) {
  const { message, anchorId: id } = useFieldError(name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-desc`} className="field__description">
        {description}
      </span>
      <input
        id={id}
        type="file"
        name={name}
        accept={ACCEPT_ATTRIBUTE}
        className="field__input"
        aria-describedby={message ? `${id}-desc ${id}-error` : `${id}-desc`}
        aria-invalid={message ? true : undefined}
      />
      <FieldErrorText id={id} message={message} />
    </div>
  );
}

export interface AttachmentView {
  id: string;
  fileName: string;
  size: number;
}

export function fileSize(bytes: number, locale: "nl" | "en"): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} kB`;
  return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, locale)} MB`;
}

/** Attachments as download links; the download route checks access again. */
export function AttachmentList({ attachments }: { attachments: AttachmentView[] }) {
  const { t, locale } = useI18n();
  if (attachments.length === 0) return <p className="muted">{t("progressReport.attachments.none")}</p>;
  return (
    <ul>
      {attachments.map((a) => (
        <li key={a.id}>
          {/* A plain link: the browser downloads it (Content-Disposition: attachment). */}
          <a href={`/bijlagen/${a.id}`} download>
            {a.fileName}
          </a>{" "}
          <span className="muted">({fileSize(a.size, locale)})</span>
        </li>
      ))}
    </ul>
  );
}

export interface SubmissionView {
  id: string;
  number: number;
  summary: string;
  submittedAt: string | Date | null;
  reviewOutcome: string | null;
  reviewComment: string | null;
  reviewedAt: string | Date | null;
  entries: { normId: string; progress: string }[];
  attachments: AttachmentView[];
}

/**
 * One submission as the record shows it: progress per norm, attachments, review. With a
 * `heading` it shows someone else's newer draft after a refused save (no review part).
 */
export function SubmissionRecord({
  submission,
  norms,
  heading,
}: {
  submission: SubmissionView;
  norms: { id: string; code: string; title: string }[];
  heading?: string;
}) {
  const { t, locale } = useI18n();
  const progress = new Map(submission.entries.map((e) => [e.normId, e.progress]));
  const headingId = `submission-${submission.id}`;
  return (
    <section className="record" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {heading ?? t("progressReport.submission", { number: submission.number })}
        {submission.submittedAt ? ` – ${t("progressReport.submittedOn", { when: formatDateTime(submission.submittedAt, locale) })}` : ""}
      </h3>
      <h4>{t("progressReport.summary")}</h4>
      <p className="prose">{submission.summary || "—"}</p>
      <dl className="progress-list">
        {norms.map((norm) => (
          <div key={norm.id}>
            <dt>
              {norm.code} {norm.title}
            </dt>
            <dd className="prose">{progress.get(norm.id) || "—"}</dd>
          </div>
        ))}
      </dl>
      <h4>{t("progressReport.attachments.title")}</h4>
      <AttachmentList attachments={submission.attachments} />
      {heading ? null : submission.reviewOutcome ? (
        <div className="notice">
          <p>
            <strong>{t(submission.reviewOutcome === "ACCEPTED" ? "progressReport.outcome.ACCEPTED" : "progressReport.outcome.MORE_INFO_NEEDED")}</strong>
            {submission.reviewedAt ? ` (${formatDateTime(submission.reviewedAt, locale)})` : ""}
          </p>
          {submission.reviewComment ? <p className="prose">{submission.reviewComment}</p> : null}
        </div>
      ) : (
        <p className="muted">{t("progressReport.awaitingReview")}</p>
      )}
    </section>
  );
}
