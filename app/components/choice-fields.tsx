import { useId } from "react";
import { FieldDescription, FieldErrorText, type FormState, useFieldError } from "./form";

// Native radio buttons and checkboxes, which work without JavaScript, reading server errors
// from the same FormValidationContext as the fields in form.tsx.


export function RadioGroupInput({
  name,
  label,
  options,
  defaultValue,
  state,
  isRequired,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  state?: FormState;
  isRequired?: boolean;
}) {
  const id = useId();
  const { message, anchorId } = useFieldError(name);
  const checked = state?.values?.[name] ?? defaultValue;
  return (
    <fieldset
      id={anchorId}
      className="field choice"
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={message ? `${id}-error` : undefined}
      aria-invalid={message ? true : undefined}
      aria-required={isRequired || undefined}
    >
      <legend id={`${id}-legend`}>{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice__option">
          <input type="radio" name={name} value={option.value} defaultChecked={checked === option.value} />{" "}
          {option.label}
        </label>
      ))}
      <FieldErrorText id={id} message={message} />
    </fieldset>
  );
}

export function CheckboxInput({
  name,
  label,
  description,
  state,
  defaultChecked = false,
}: {
  name: string;
  label: string;
  description?: string;
  state?: FormState;
  /** Ticked on first display (an edit form showing what is stored). */
  defaultChecked?: boolean;
}) {
  const id = useId();
  const { message, anchorId } = useFieldError(name);
  // After a failed submit the box stays as the user left it: ticked boxes come back as "on".
  const checked = state?.values ? state.values[name] === "on" : defaultChecked;
  const describedBy = [description ? `${id}-desc` : null, message ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field choice">
      <label className="choice__option">
        <input type="checkbox" id={anchorId} name={name} defaultChecked={checked} aria-describedby={describedBy || undefined} /> {label}
      </label>
      <FieldDescription id={id} text={description} />
      <FieldErrorText id={id} message={message} />
    </div>
  );
}
