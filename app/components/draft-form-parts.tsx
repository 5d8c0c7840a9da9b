import { Form } from "@remix-run/react";
import { SubmitButton } from "~/components/form";
import { fileSize } from "~/components/progress-report-parts";
import { useI18n } from "~/utils/i18n";

// Parts of the organisation's forms that are saved as a draft before being submitted (a
// progress report, a theme's answers). Plain forms: they work without JavaScript.

/**
 * The draft's attachments as download links, each with its own small form to remove it (forms
 * cannot nest, so these stand before the draft's form). The version keeps a removal from
 * overwriting a save made meanwhile.
 */
export function RemovableAttachments({
  attachments,
  href,
  version,
  showSize = false,
}: {
  attachments: { id: string; fileName: string; size: number }[];
  href: (id: string) => string;
  version: number;
  showSize?: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <ul className="attachment-actions">
      {attachments.map((a) => (
        <li key={a.id}>
          <a href={href(a.id)} download>
            {a.fileName}
          </a>{" "}
          {showSize ? (
            <>
              <span className="muted">({fileSize(a.size, locale)})</span>{" "}
            </>
          ) : null}
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="removeAttachment" />
            <input type="hidden" name="attachmentId" value={a.id} />
            <input type="hidden" name="version" value={version} />
            <button type="submit" className="link-button">
              {t("progressReport.attachments.remove", { name: a.fileName })}
            </button>
          </Form>
        </li>
      ))}
    </ul>
  );
}

/** "Save as draft" and "submit" (intent save / submit), with what submitting means. */
export function SaveOrSubmitButtons({ save, submit, hint }: { save: string; submit: string; hint: string }) {
  return (
    <>
      <div className="button-row">
        <SubmitButton name="intent" value="save" variant="secondary">
          {save}
        </SubmitButton>
        <SubmitButton name="intent" value="submit">
          {submit}
        </SubmitButton>
      </div>
      <p className="field__description">{hint}</p>
    </>
  );
}
