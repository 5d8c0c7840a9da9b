import { useId } from "react";
import { FieldDescription, FieldErrorText, type FormState, SelectInput, TextAreaInput, TextInput, useFieldError } from "~/components/form";
import { measureTypeName, type MeasureTypeName } from "~/components/closure-parts";
import { FOLLOW_UP_KINDS, FOLLOW_UP_ROWS, followUpField, type FollowUpPlan } from "~/domain/closure";
import { useI18n } from "~/utils/i18n";

/**
 * Native checkboxes sharing one name (works without JavaScript). After a failed submit the
 * action sends the ticked values back comma-joined, so every ticked box stays ticked.
 */
export function CheckboxList({
  name,
  label,
  description,
  options,
  defaultValues,
  state,
}: {
  name: string;
  label: string;
  description?: string;
  options: { value: string; label: string }[];
  defaultValues: readonly string[];
  state?: FormState;
}) {
  const id = useId();
  const { message, anchorId } = useFieldError(name);
  const submitted = state?.values?.[name];
  const checked = submitted !== undefined ? submitted.split(",") : defaultValues;
  const describedBy = [description ? `${id}-desc` : null, message ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset id={anchorId} className="field choice" aria-describedby={describedBy || undefined}>
      <legend>{label}</legend>
      <FieldDescription id={id} text={description} />
      {options.map((option) => (
        <label key={option.value} className="choice__option">
          <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} /> {option.label}
        </label>
      ))}
      <FieldErrorText id={id} message={message} />
    </fieldset>
  );
}

/** A fixed number of optional rows for obligations after closure: an empty row is ignored. */
export function FollowUpRows({ defaults, state }: { defaults: readonly FollowUpPlan[]; state?: FormState }) {
  const { t } = useI18n();
  return (
    <>
      {Array.from({ length: FOLLOW_UP_ROWS }, (_, i) => {
        const row = defaults[i];
        return (
          <fieldset key={i} className="follow-up-row">
            <legend>{t("followUp.row", { number: i + 1 })}</legend>
            <TextInput name={followUpField(i, "title")} label={t("followUp.title")} defaultValue={row?.title} state={state} />
            <SelectInput
              name={followUpField(i, "kind")}
              label={t("followUp.kind")}
              placeholder={t("followUp.chooseKind")}
              options={FOLLOW_UP_KINDS.map((kind) => ({ value: kind, label: t(`followUp.kinds.${kind}`) }))}
              defaultValue={row?.kind}
              state={state}
            />
            <TextInput name={followUpField(i, "dueDate")} type="date" label={t("followUp.dueDate")} defaultValue={row?.dueDate} state={state} />
          </fieldset>
        );
      })}
    </>
  );
}

/**
 * Which enforcement measure, from the administrator's list of types, and what it asks: for a
 * closure proposal that escalates, and for the ladder's next step. The field names differ per
 * form (`names`), the meaning does not.
 */
export function MeasureTypeFields({
  names,
  labels,
  types,
  defaults = {},
  detailRows,
  state,
}: {
  names: { type: string; details: string };
  labels: { type: string; placeholder: string; details: string };
  types: (MeasureTypeName & { id: string })[];
  defaults?: { typeId?: string; details?: string };
  detailRows: number;
  state: FormState | undefined;
}) {
  const { locale } = useI18n();
  return (
    <>
      <SelectInput
        name={names.type}
        label={labels.type}
        placeholder={labels.placeholder}
        options={types.map((type) => ({ value: type.id, label: measureTypeName(type, locale) }))}
        defaultValue={defaults.typeId}
        state={state}
      />
      <TextAreaInput name={names.details} label={labels.details} defaultValue={defaults.details} rows={detailRows} state={state} />
    </>
  );
}
