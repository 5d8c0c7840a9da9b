import { Form } from "@remix-run/react";
import { FormErrors, SubmitButton, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { RadioGroupInput } from "~/components/choice-fields";
import { ApproveOrReturnForm } from "~/components/approve-or-return-form";
import { measureTypeName, type MeasureTypeName } from "~/components/closure-parts";
import { MeasureTypeFields } from "~/components/proposal-fields";
import { CHECK_STATUSES, CONSEQUENCES, FINDINGS, ENFORCEMENT_MEASURE_STATUSES } from "~/domain/enforcement";
import { formatDate, type MessageKey } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

// The enforcement ladder's page parts: each measure with its checks, and the three forms
// (plan a check, record the finding, decide on it). All forms work without JavaScript.

/** A stored code's message key, or the "unknown" key for a value the ladder does not know. */
function codeKey<T extends string>(prefix: string, known: readonly T[], value: string | null): MessageKey {
  return `${prefix}${value && (known as readonly string[]).includes(value) ? value : "unknown"}` as MessageKey;
}
export const measureStatusKey = (status: string) => codeKey("enforcement.status.", ENFORCEMENT_MEASURE_STATUSES, status);
const checkStatusKey = (status: string) => codeKey("enforcement.checkStatus.", CHECK_STATUSES, status);
const findingKey = (finding: string | null) => codeKey("enforcement.finding.", FINDINGS, finding);
const consequenceKey = (consequence: string | null) => codeKey("enforcement.consequence.", CONSEQUENCES, consequence);

export interface CheckView {
  id: string;
  checkDate: string;
  status: string;
  finding: string | null;
  evidence: string;
  consequence: string | null;
  nextDetails: string | null;
  nextDueDate: string | null;
  nextType: MeasureTypeName | null;
  recordedById: string | null;
  decisionDate: string | null;
  decisionComment: string | null;
}

export interface MeasureView {
  id: string;
  description: string;
  imposedOn: string;
  dueDate: string | null;
  status: string;
  closedOn: string | null;
  version: number;
  predecessorId: string | null;
  type: MeasureTypeName & { code: string };
  checks: CheckView[];
}

export function CheckTable({ measure }: { measure: MeasureView }) {
  const { t, locale } = useI18n();
  if (measure.checks.length === 0) return <p>{t("enforcement.checks.none")}</p>;
  return (
    <DataTable caption={t("enforcement.checks.caption", { measure: measureTypeName(measure.type, locale) })}>
      <thead>
        <tr>
          <th scope="col">{t("enforcement.check.date")}</th>
          <th scope="col">{t("enforcement.check.finding")}</th>
          <th scope="col">{t("enforcement.check.evidence")}</th>
          <th scope="col">{t("enforcement.check.consequence")}</th>
          <th scope="col">{t("enforcement.check.status")}</th>
        </tr>
      </thead>
      <tbody>
        {measure.checks.map((c) => (
          <tr key={c.id}>
            <th scope="row">{formatDate(c.checkDate, locale)}</th>
            <td>{c.finding ? t(findingKey(c.finding)) : t("enforcement.finding.pending")}</td>
            <td className="prose">{c.evidence || "—"}</td>
            <td>
              {c.consequence ? t(consequenceKey(c.consequence)) : "—"}
              {c.consequence === "NEXT" && c.nextType ? (
                <>
                  {": "}
                  {measureTypeName(c.nextType, locale)}
                  {c.nextDueDate ? ` (${t("enforcement.measure.dueDate").toLowerCase()} ${formatDate(c.nextDueDate, locale)})` : null}
                </>
              ) : null}
            </td>
            <td>
              {t(checkStatusKey(c.status))}
              {c.decisionDate ? ` (${formatDate(c.decisionDate, locale)})` : null}
              {c.decisionComment ? <span className="muted"> — {c.decisionComment}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function Hidden({ intent, measure }: { intent: string; measure: MeasureView }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="measureId" value={measure.id} />
      <input type="hidden" name="version" value={measure.version} />
    </>
  );
}

export function PlanCheckForm({ measure, state }: { measure: MeasureView; state: FormState | undefined }) {
  const { t } = useI18n();
  return (
    <Form method="post" className="stack" noValidate>
      <FormErrors state={state}>
        <Hidden intent="planCheck" measure={measure} />
        <TextInput name="checkDate" type="date" label={t("enforcement.plan.date")} defaultValue={measure.dueDate ?? undefined} isRequired state={state} />
        <SubmitButton variant="secondary">{t("enforcement.plan.submit")}</SubmitButton>
      </FormErrors>
    </Form>
  );
}

export function FindingForm({
  measure,
  plannedDate,
  types,
  today,
  state,
}: {
  measure: MeasureView;
  plannedDate: string | undefined;
  types: { id: string; nameNl: string; nameEn: string }[];
  today: string;
  state: FormState | undefined;
}) {
  const { t } = useI18n();
  return (
    <Form method="post" className="stack" noValidate>
      <FormErrors state={state}>
        <Hidden intent="finding" measure={measure} />
        <TextInput name="checkDate" type="date" label={t("enforcement.check.date")} defaultValue={plannedDate && plannedDate <= today ? plannedDate : today} isRequired state={state} />
        <RadioGroupInput
          name="finding"
          label={t("enforcement.check.finding")}
          options={FINDINGS.map((f) => ({ value: f, label: t(findingKey(f)) }))}
          state={state}
          isRequired
        />
        <TextAreaInput name="evidence" label={t("enforcement.check.evidence")} description={t("enforcement.check.evidenceHint")} rows={4} isRequired state={state} />
        <RadioGroupInput
          name="consequence"
          label={t("enforcement.check.proposedConsequence")}
          options={CONSEQUENCES.map((c) => ({ value: c, label: t(consequenceKey(c)) }))}
          state={state}
          isRequired
        />
        <fieldset className="stack">
          <legend>{t("enforcement.next.legend")}</legend>
          <MeasureTypeFields
            names={{ type: "nextTypeId", details: "nextDetails" }}
            labels={{ type: t("enforcement.next.type"), placeholder: t("enforcement.next.typePlaceholder"), details: t("enforcement.next.details") }}
            types={types}
            detailRows={3}
            state={state}
          />
          <TextInput name="nextDueDate" type="date" label={t("enforcement.next.dueDate")} state={state} />
        </fieldset>
        <SubmitButton>{t("enforcement.finding.submit")}</SubmitButton>
      </FormErrors>
    </Form>
  );
}

export function CheckDecisionForm({ measure, check, today, state }: { measure: MeasureView; check: CheckView; today: string; state: FormState | undefined }) {
  const { t } = useI18n();
  return (
    <ApproveOrReturnForm
      hidden={{ intent: "decideCheck", measureId: measure.id, version: measure.version, checkId: check.id }}
      approveLabel={t("enforcement.decide.approve")}
      commentRows={3}
      today={today}
      state={state}
    />
  );
}
