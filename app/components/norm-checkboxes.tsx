import { useContext, useId } from "react";
import { FormValidationContext } from "react-aria-components";

/** Native checkboxes, one per norm (work without JavaScript), with the server's error for the group. */
export function NormCheckboxes({
  name,
  legend,
  norms,
  checked,
}: {
  name: string;
  legend: string;
  norms: { id: string; code: string; title: string }[];
  checked: readonly string[];
}) {
  const id = useId();
  const errors = useContext(FormValidationContext)[name];
  const message = Array.isArray(errors) ? errors.join(" ") : errors;
  return (
    <fieldset className="fieldset" aria-describedby={message ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {norms.map((norm) => (
        <label key={norm.id} className="choice__option">
          <input type="checkbox" name={name} value={norm.id} defaultChecked={checked.includes(norm.id)} aria-invalid={message ? true : undefined} /> {norm.code}{" "}
          {norm.title}
        </label>
      ))}
      {message ? (
        <span id={`${id}-error`} className="field__error">
          {message}
        </span>
      ) : null}
    </fieldset>
  );
}
