import { Form } from "@remix-run/react";
import { RadioGroupInput } from "~/components/choice-fields";
import { FormErrors, SubmitButton, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { useI18n } from "~/utils/i18n";

/**
 * The inspector's review of a submitted report or plan version: one outcome, a comment, and
 * for a report sent back a new due date. Carries the version it started from.
 */
export function ReviewForm({
  title,
  outcomes,
  version,
  withDueDate,
  state,
}: {
  title: string;
  outcomes: { value: string; label: string }[];
  version: number;
  withDueDate: boolean;
  state: FormState | undefined;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">{title}</h2>
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          <input type="hidden" name="intent" value="review" />
          <input type="hidden" name="version" value={version} />
          <RadioGroupInput name="outcome" label={t("progressReport.review.outcome")} options={outcomes} state={state} isRequired />
          <TextAreaInput name="comment" label={t("progressReport.review.comment")} description={t("progressReport.review.commentHint")} rows={4} state={state} />
          {withDueDate ? (
            <TextInput name="newDueDate" type="date" label={t("progressReport.review.newDueDate")} description={t("progressReport.review.newDueDateHint")} state={state} />
          ) : null}
          <SubmitButton>{t("progressReport.review.save")}</SubmitButton>
        </FormErrors>
      </Form>
    </section>
  );
}
