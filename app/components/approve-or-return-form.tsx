import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { FormErrors, SubmitButton, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { useI18n } from "~/utils/i18n";

/**
 * A manager's decision on a proposal: approve or return, with the decision date and a comment
 * (a closure proposal, an enforcement check). Two submit buttons carry the choice, so the form
 * works without JavaScript; the hidden version makes a second, simultaneous decision fail
 * instead of overwrite. `children` are the proposal's own fields, between date and comment.
 */
export function ApproveOrReturnForm({
  hidden,
  approveLabel,
  commentRows,
  today,
  state,
  children,
}: {
  hidden: Record<string, string | number>;
  approveLabel: string;
  commentRows: number;
  today: string;
  state: FormState | undefined;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Form method="post" className="stack" noValidate>
      <FormErrors state={state}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <TextInput name="decisionDate" type="date" label={t("closure.decision.date")} defaultValue={today} isRequired state={state} />
        {children}
        <TextAreaInput name="comment" label={t("closure.decision.comment")} description={t("closure.decision.commentHint")} rows={commentRows} state={state} />
        <div className="button-row">
          <SubmitButton name="decision" value="APPROVED">
            {approveLabel}
          </SubmitButton>
          <SubmitButton name="decision" value="RETURNED" variant="secondary">
            {t("closure.decision.return")}
          </SubmitButton>
        </div>
      </FormErrors>
    </Form>
  );
}
