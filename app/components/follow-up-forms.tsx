import { Form } from "@remix-run/react";
import { RadioGroupInput } from "~/components/choice-fields";
import { FormErrors, SelectInput, SubmitButton, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { FOLLOW_UP_DECISIONS, FOLLOW_UP_OUTCOMES } from "~/domain/follow-up";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/utils/i18n";

// Recording a follow-up obligation's outcome, and a manager's decision on what follows one that
// was not (fully) met. Plain forms: they work without JavaScript.

export const followUpOutcomeKey = (outcome: string): MessageKey =>
  (FOLLOW_UP_OUTCOMES as readonly string[]).includes(outcome) ? (`followUp.outcome.${outcome}` as MessageKey) : "followUp.outcome.unknown";
export const followUpDecisionKey = (decision: string): MessageKey =>
  (FOLLOW_UP_DECISIONS as readonly string[]).includes(decision) ? (`followUp.decision.${decision}` as MessageKey) : "followUp.decision.unknown";

export function FollowUpOutcomeForm({ open, state }: { open: { id: string; title: string }[]; state: FormState | undefined }) {
  const { t } = useI18n();
  return (
    <Form method="post" className="stack" noValidate>
      <FormErrors state={state}>
        <input type="hidden" name="intent" value="followUpOutcome" />
        <SelectInput
          name="followUpId"
          label={t("followUp.title")}
          options={open.map((f) => ({ value: f.id, label: f.title }))}
          isRequired
          state={state}
        />
        <RadioGroupInput
          name="outcome"
          label={t("followUp.outcome.field")}
          options={FOLLOW_UP_OUTCOMES.map((o) => ({ value: o, label: t(followUpOutcomeKey(o)) }))}
          isRequired
          state={state}
        />
        <TextAreaInput name="judgement" label={t("followUp.outcome.judgement")} rows={4} isRequired state={state} />
        <SubmitButton>{t("followUp.outcome.submit")}</SubmitButton>
      </FormErrors>
    </Form>
  );
}

export function FollowUpDecisionForm({
  outcome,
  title,
  today,
  state,
}: {
  outcome: { id: string; version: number };
  title: string;
  today: string;
  state: FormState | undefined;
}) {
  const { t } = useI18n();
  return (
    <Form method="post" className="stack" noValidate aria-label={`${t("followUp.decision.title")}: ${title}`}>
      <FormErrors state={state}>
        <input type="hidden" name="intent" value="followUpDecide" />
        <input type="hidden" name="outcomeId" value={outcome.id} />
        <input type="hidden" name="version" value={outcome.version} />
        <RadioGroupInput
          name="decision"
          label={t("followUp.decision.field")}
          options={FOLLOW_UP_DECISIONS.map((d) => ({ value: d, label: t(followUpDecisionKey(d)) }))}
          isRequired
          state={state}
        />
        <TextInput name="decisionDate" type="date" label={t("closure.decision.date")} defaultValue={today} isRequired state={state} />
        <TextInput name="newDeadline" type="date" label={t("followUp.decision.newDeadline")} description={t("followUp.decision.newDeadlineHint")} state={state} />
        <TextInput name="durationMonths" type="number" label={t("followUp.decision.durationMonths")} description={t("followUp.decision.durationHint")} state={state} />
        <TextAreaInput name="comment" label={t("followUp.decision.comment")} rows={3} state={state} />
        <SubmitButton>{t("followUp.decision.submit")}</SubmitButton>
      </FormErrors>
    </Form>
  );
}
